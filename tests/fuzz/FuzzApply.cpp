// `apply`: any change document is either refused whole or applied to a copy of the report in memory.
#include "FuzzSupport.h"
#include "edit/ChangeApplier.h"
#include "edit/ChangeDocumentReader.h"
#include "edit/TouchedObjects.h"

#include "json/ReportJsonWriter.h"
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    const cpc::Report& base = cpc::fuzz::sampleReport();
    auto changes =
        cpc::ChangeDocumentReader::read(cpc::fuzz::bytesOf(data, size), base, QStringLiteral("fuzz.json"));
    if (!changes) {
        if (changes.error().message.isEmpty()) std::abort();
        return 0;
    }
    cpc::Report copy = base;
    cpc::TouchedObjects touched;
    cpc::ChangeApplier applier(copy, touched);
    qint64 rev = 1000;
    for (const cpc::FieldChange& c : changes.value())
        if (!applier.apply(c, ++rev)) break;
    (void)cpc::ReportJsonWriter::write(copy);
    return 0;
}
