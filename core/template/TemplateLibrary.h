#pragma once

#include "template/Template.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace cpc {

// A template read from a file, with its bytes: a new report keeps a copy of them so that the guidance
// travels with the file even where the template is not installed.
struct LoadedTemplate {
    QString path;
    QByteArray json;
    Template tmpl;
};

// One template found in the template folders.
struct TemplateListing {
    QString id;
    BiText name;
    QString path;
    bool user = false; // installed by the user rather than shipped with the program
};

// Finds templates by id in the user's template folder (QStandardPaths::AppDataLocation/templates), then
// in the program's (ResourcePaths::dataDir()/templates), or by file path. The user's folder comes first
// so that a coordinator can install next year's version of a shipped template without touching the
// program.
class TemplateLibrary {
    Q_DECLARE_TR_FUNCTIONS(cpc::TemplateLibrary)
public:
    // `idOrPath` is a path when it names an existing file, ends in ".json" or contains a slash;
    // otherwise an id.
    static Result<LoadedTemplate> find(const QString& idOrPath);
    static Result<LoadedTemplate> load(const QString& path);
    // Every valid template of the folders, the user's first; an id found in both is listed once (the
    // user's). Files that are not valid templates are left out and, if `problems` is given, reported.
    static QList<TemplateListing> available(QList<Error>* problems = nullptr);
    // The folders searched, in order (the user's folder even when it does not exist yet).
    static QStringList folders();
    static QString userFolder();
};

} // namespace cpc
