#include "cli/CliSupport.h"

#include "settings/Identity.h"
#include "util/InputFile.h"
#include "util/OutputFile.h"
#include "util/SystemError.h"

#include <QFile>
#include <QFileInfo>

namespace cpc::cli {

int CliSupport::exitCodeFor(const Error& e)
{
    return e.kind == Error::Kind::Failed ? Failed : BadInput;
}

int CliSupport::fail(Console& console, const QString& command, const Error& e)
{
    console.err << "cpcreport " << command << ": " << e.toString() << '\n';
    console.err.flush();
    return exitCodeFor(e);
}

QString CliSupport::standardOutputFailed(const QString& command, int errorNumber)
{
    const QString cause = errorNumber ? SystemError::describe(errorNumber)
                                      : CliSupport::tr("the disk is full or the reader stopped");
    return QStringLiteral("cpcreport %1: ").arg(command) +
           CliSupport::tr("standard output: the output could not be written: %1").arg(cause);
}

int CliSupport::finishExport(Console& console, const QString& command, const QString& out,
                             const std::function<Result<QByteArray>()>& render,
                             const std::function<Status()>& toFile)
{
    if (OutputFile::isStandardOutput(out)) {
        auto bytes = render();
        if (!bytes) return fail(console, command, Error{bytes.error().message, out, Error::Kind::Failed});
        console.out.flush();
        fwrite(bytes.value().constData(), 1, size_t(bytes.value().size()), stdout);
        fflush(stdout);
        return Done;
    }
    if (Status s = toFile(); !s) {
        Error e = s.error();
        if (e.where.isEmpty()) e.where = out;
        e.kind = Error::Kind::Failed; // the report was read; only producing the file failed
        return fail(console, command, e);
    }
    return Done;
}

Result<QByteArray> CliSupport::readInput(const QString& path, qint64 maxBytes)
{
    if (Status s = InputFile::check(path); !s) return s.error();
    const QFileInfo info(path);
    if (info.size() > maxBytes)
        return Error{CliSupport::tr("the file is too large (%1 MB; at most %2 MB)")
                         .arg(info.size() >> 20)
                         .arg(maxBytes >> 20),
                     path};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{CliSupport::tr("the file cannot be read (%1)").arg(f.errorString()), path};
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
    return author.isEmpty() ? CliSupport::tr("command line") : author;
}

bool CliSupport::expectPositional(const QCommandLineParser& p, int count, Console& console,
                                  const QString& command, const QString& usage)
{
    if (p.positionalArguments().size() == count) return true;
    console.err << "cpcreport " << command << ": "
                << CliSupport::tr("expected %n argument(s)", nullptr, count) << '\n'
                << CliSupport::tr("Usage: %1").arg(usage) << '\n';
    return false;
}

} // namespace cpc::cli
