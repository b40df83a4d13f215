// The template reader: templates can come from outside (--template PATH).
#include "FuzzSupport.h"
#include "template/TemplateReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    auto t = cpc::TemplateReader::read(cpc::fuzz::bytesOf(data, size), QStringLiteral("fuzz-template.json"));
    if (!t && t.error().message.isEmpty()) std::abort();
    return 0;
}
