// The CSV reader and the indicator import it feeds (the whole path of `import-indicators`, planning
// included).
#include "FuzzSupport.h"
#include "import/IndicatorImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    cpc::IndicatorImport::Options options;
    options.year = 2;
    // Never a zip: those go to the XLSX target.
    const QByteArray bytes = cpc::fuzz::bytesOf(data, size);
    if (bytes.startsWith("PK")) return 0;
    (void)cpc::IndicatorImport::fromBytes(cpc::fuzz::sampleReport(), bytes, QStringLiteral("fuzz.csv"),
                                          options);
    return 0;
}
