// The XLSX reader (zip, XML, shared strings) and the indicator import it feeds.
#include "FuzzSupport.h"
#include "import/IndicatorImport.h"
#include "import/XlsxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    const QByteArray bytes = cpc::fuzz::bytesOf(data, size);
    (void)cpc::XlsxReader::read(bytes, QStringLiteral("fuzz.xlsx"));
    if (!cpc::XlsxReader::looksLikeZip(bytes)) return 0;
    cpc::IndicatorImport::Options options;
    options.year = 2;
    (void)cpc::IndicatorImport::fromBytes(cpc::fuzz::sampleReport(), bytes, QStringLiteral("fuzz.xlsx"),
                                          options);
    return 0;
}
