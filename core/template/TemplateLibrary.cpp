#include "template/TemplateLibrary.h"

#include "template/TemplateReader.h"
#include "util/ResourcePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cpc {

namespace {

bool looksLikePath(const QString& s)
{
    return s.contains(QLatin1Char('/')) || s.contains(QLatin1Char('\\')) ||
           s.endsWith(QLatin1String(".json")) || QFileInfo(s).isFile();
}

QFileInfoList templateFiles(const QString& folder)
{
    return QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
}

} // namespace

QString TemplateLibrary::userFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("templates"));
}

QStringList TemplateLibrary::folders()
{
    QStringList out;
    const QString user = userFolder();
    if (!user.isEmpty()) out << user;
    out << QDir(ResourcePaths::dataDir()).filePath(QStringLiteral("templates"));
    return out;
}

Result<LoadedTemplate> TemplateLibrary::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) return Error{tr("there is no template file here"), path};
    if (info.size() > TemplateReader::kMaxTemplateBytes)
        return Error{tr("the file has %1 bytes; a template has at most %2")
                         .arg(info.size())
                         .arg(TemplateReader::kMaxTemplateBytes),
                     path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the template: %1").arg(file.errorString()), path, Error::Kind::Failed};
    // Read one byte past the limit so that a file that grew after the size check is still refused.
    LoadedTemplate t;
    t.json = file.read(TemplateReader::kMaxTemplateBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read the template: %1").arg(file.errorString()), path, Error::Kind::Failed};
    auto parsed = TemplateReader::read(t.json, path);
    if (!parsed) return parsed.error();
    t.path = info.absoluteFilePath();
    t.tmpl = parsed.take();
    return t;
}

Result<LoadedTemplate> TemplateLibrary::find(const QString& idOrPath)
{
    if (idOrPath.trimmed().isEmpty())
        return Error{tr("expected a template id, e.g. colombia-cpc, or a file path"), QString()};
    if (looksLikePath(idOrPath)) return load(idOrPath);

    // The usual case is one file per template named after its id; a file named otherwise is still
    // found by the id it declares.
    for (const QString& folder : folders()) {
        const QString named = QDir(folder).filePath(idOrPath + QStringLiteral(".json"));
        if (!QFileInfo(named).isFile()) continue;
        auto t = load(named);
        if (!t) return t.error(); // the file meant is broken: say so rather than fall back silently
        if (t->tmpl.id == idOrPath) return t;
    }
    QStringList ids;
    for (const TemplateListing& l : available()) {
        if (l.id == idOrPath) return load(l.path);
        ids << l.id;
    }
    return Error{ids.isEmpty() ? tr("there is no template '%1', and no template is installed (looked in %2)")
                                     .arg(idOrPath, folders().join(QStringLiteral(", ")))
                               : tr("there is no template '%1'; available: %2 (looked in %3)")
                                     .arg(idOrPath, ids.join(QStringLiteral(", ")),
                                          folders().join(QStringLiteral(", "))),
                 idOrPath};
}

QList<TemplateListing> TemplateLibrary::available(QList<Error>* problems)
{
    QList<TemplateListing> out;
    const QString user = userFolder();
    for (const QString& folder : folders()) {
        for (const QFileInfo& file : templateFiles(folder)) {
            auto t = load(file.absoluteFilePath());
            if (!t) {
                if (problems) problems->append(t.error());
                continue;
            }
            const bool shadowed = std::any_of(out.cbegin(), out.cend(),
                                              [&](const TemplateListing& l) { return l.id == t->tmpl.id; });
            if (!shadowed) out.append(TemplateListing{t->tmpl.id, t->tmpl.name, t->path, folder == user});
        }
    }
    return out;
}

} // namespace cpc
