#include "template/ReportCreator.h"

#include "storage/ReportDocument.h"
#include "template/CarryForward.h"
#include "template/SkeletonBuilder.h"
#include "template/TemplateLibrary.h"

#include "json/ReportJsonReader.h"

namespace cpc {

Result<ReportStart> ReportCreator::fromTemplate(const QString& idOrPath, int year)
{
    auto t = TemplateLibrary::find(idOrPath);
    if (!t) return t.error();
    return ReportStart{SkeletonBuilder::build(t->tmpl, year > 0 ? year : 1), t->json};
}

Result<ReportStart> ReportCreator::carryForward(const ReportDocument& previous, int year)
{
    ReportStart start{CarryForward::next(previous.report()), previous.templateJson()};
    if (year && year != start.report.info.reportingYear)
        return Error{
            tr("carried forward, this report becomes reporting year %1").arg(start.report.info.reportingYear),
            previous.path()};
    return start;
}

Result<ReportStart> ReportCreator::carryForward(const QString& previousPath, int year)
{
    auto previous = ReportDocument::open(previousPath, ReportDocument::Mode::ReadOnly);
    if (!previous) return previous.error();
    return carryForward(*previous.value(), year);
}

Result<ReportStart> ReportCreator::fromJson(const QByteArray& bytes, const QString& fileName,
                                            const QString& templateRef, int year)
{
    auto report = ReportJsonReader::read(bytes, fileName);
    if (!report) return report.error();
    ReportStart start{report.take(), QByteArray()};
    if (year && year != start.report.info.reportingYear)
        return Error{tr("the document is for reporting year %1").arg(start.report.info.reportingYear),
                     fileName};
    // The template travels with the file when it is installed; a document may name one that is not.
    if (auto t = TemplateLibrary::find(templateRef.isEmpty() ? start.report.info.templateId : templateRef)) {
        start.templateJson = t->json;
        // The template's agreed words for breakdown codes the document does not label itself.
        start.report.breakdownLabels.addMissing(t->tmpl.breakdownLabels);
    } else if (!templateRef.isEmpty())
        return t.error();
    return start;
}

Result<std::unique_ptr<ReportDocument>> ReportCreator::create(const QString& path, const ReportStart& start,
                                                              const QString& author)
{
    return ReportDocument::create(path, start.report, start.templateJson, author);
}

QPair<QString, QString> ReportCreator::period(const Template& tmpl, int year)
{
    return SkeletonBuilder::period(tmpl.firstPeriodStart, year > 0 ? year : 1);
}

} // namespace cpc
