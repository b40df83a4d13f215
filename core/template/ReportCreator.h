#pragma once

#include "model/Report.h"
#include "template/Template.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>
#include <optional>

namespace cpc {

class ReportDocument;

// What a new report starts from, before it is written to a file: the report and the template it
// follows (raw bytes, kept in the file so that guidance travels with it).
struct ReportStart {
    Report report;
    QByteArray templateJson;
};

// The one way to start a report: from a template, from last year's report (carried forward) or from a
// cpcreport-json/1 document. The window's New Report, the first-run dialog and `cpcreport new` all call
// it, so the same choices make the same report wherever they are made.
class ReportCreator {
    Q_DECLARE_TR_FUNCTIONS(cpc::ReportCreator)
public:
    // `year` 0 stands for "the first reporting year" (1). `idOrPath` as TemplateLibrary::find takes it.
    static Result<ReportStart> fromTemplate(const QString& idOrPath, int year = 0);
    // Next year's report from `previous` (see CarryForward). `year` 0 accepts the next year; another
    // year is refused unless it is the next one.
    static Result<ReportStart> carryForward(const ReportDocument& previous, int year = 0);
    static Result<ReportStart> carryForward(const QString& previousPath, int year = 0);
    // A whole document. Its template is looked up (by `templateRef`, else by the id the document names);
    // a named template that is not found is an error, the document's own id that is not found is not.
    static Result<ReportStart> fromJson(const QByteArray& bytes, const QString& fileName,
                                        const QString& templateRef = QString(), int year = 0);

    // Writes `start` to a new file at `path` (never overwrites).
    static Result<std::unique_ptr<ReportDocument>> create(const QString& path, const ReportStart& start,
                                                          const QString& author);

    // The period year `year` of `tmpl` covers, for showing before the report is made ("", "" when the
    // template has no first period).
    static QPair<QString, QString> period(const Template& tmpl, int year);
};

} // namespace cpc
