// The JSON import: any bytes given to `new --from-json` are either read into a report that writes back
// and reads again the same, or refused with a message.
#include "FuzzSupport.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    auto report = cpc::ReportJsonReader::read(cpc::fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (!report) {
        if (report.error().message.isEmpty()) std::abort(); // a refusal must say why
        return 0;
    }
    const QByteArray written = cpc::ReportJsonWriter::write(report.value());
    auto again = cpc::ReportJsonReader::read(written, QStringLiteral("again.json"));
    if (!again) std::abort(); // what we write we must read
    if (cpc::ReportJsonWriter::write(again.value()) != written) std::abort();
    return 0;
}
