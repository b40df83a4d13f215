#include "cli/CliSupport.h"

#include "settings/Identity.h"

#include <QFile>
#include <QFileInfo>

namespace cpc::cli {

namespace {
QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("cpc::cli::CliSupport", s, c, n);
}
} // namespace

int CliSupport::exitCodeFor(const Error& e) { return e.kind == Error::Kind::Failed ? Failed : BadInput; }

int CliSupport::fail(Console& console, const QString& command, const Error& e)
{
    console.err << "cpcreport " << command << ": " << e.toString() << '\n';
    console.err.flush();
    return exitCodeFor(e);
}

Result<QByteArray> CliSupport::readInput(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) return Error{tr("the file does not exist"), path};
    if (!info.isFile()) return Error{tr("this is not a file"), path};
    if (info.size() > maxBytes)
        return Error{tr("the file is too large (%1 MB; at most %2 MB)").arg(info.size() >> 20).arg(maxBytes >> 20), path};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return Error{tr("the file cannot be read (%1)").arg(f.errorString()), path};
    return f.readAll();
}

Result<std::unique_ptr<ReportDocument>> CliSupport::openReport(const QString& path, ReportDocument::Mode mode)
{
    return ReportDocument::open(path, mode);
}

QString CliSupport::author()
{
    // The same person and entity the window records (Preferences).
    const QString author = Identity::current().author();
    // History must name someone: with no name and no account, the record says where the edit came from.
    return author.isEmpty() ? tr("command line") : author;
}

bool CliSupport::expectPositional(const QCommandLineParser& p, int count, Console& console, const QString& command,
                                  const QString& usage)
{
    if (p.positionalArguments().size() == count) return true;
    console.err << "cpcreport " << command << ": " << tr("expected %n argument(s)", nullptr, count) << '\n'
                << tr("Usage: %1").arg(usage) << '\n';
    return false;
}

} // namespace cpc::cli
