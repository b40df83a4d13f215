#include "FuzzSupport.h"

#include "json/ReportJsonReader.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cpc::fuzz {

namespace {
void quiet(QtMsgType, const QMessageLogContext&, const QString&) {}
} // namespace

void init()
{
    static bool done = false;
    if (done) return;
    done = true;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "cpcfuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cpcreport-fuzz"));
    qInstallMessageHandler(quiet);
}

const Report& sampleReport()
{
    static const Report report = [] {
        QFile f(QStringLiteral(CPC_FUZZ_SOURCE_DIR "/resources/samples/sample-report.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the sample report\n");
            std::abort();
        }
        auto r = ReportJsonReader::read(f.readAll(), f.fileName());
        if (!r) {
            std::fprintf(stderr, "the sample report does not parse\n");
            std::abort();
        }
        return r.value();
    }();
    return report;
}

QString scratchDir()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base =
            QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/cpcfuzz-XXXXXX"));
    }();
    return dir->path();
}

QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace cpc::fuzz
