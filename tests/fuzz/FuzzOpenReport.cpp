// Opening arbitrary bytes as a .cpcreport: refused with a message, or opened as a report that can be
// written out as JSON. Opened read-only, as a contribution or a file from outside is.
#include "FuzzSupport.h"
#include "storage/ReportDocument.h"

#include "json/ReportJsonWriter.h"
#include <QFile>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    const QString path = cpc::fuzz::scratchDir() + QStringLiteral("/input.cpcreport");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) std::abort();
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    auto doc = cpc::ReportDocument::open(path, cpc::ReportDocument::Mode::ReadOnly);
    if (!doc) {
        if (doc.error().message.isEmpty()) std::abort();
        return 0;
    }
    (void)cpc::ReportJsonWriter::write(doc.value()->report());
    (void)doc.value()->history();
    (void)doc.value()->templateJson();
    return 0;
}
