#include "navigator/OpenContribution.h"

#include "navigator/NavNode.h"
#include "navigator/ReviewTarget.h"
#include "storage/ReportDocument.h"

#include <QDate>
#include <QLocale>

namespace cpc {

std::optional<OpenContribution> OpenContribution::of(const ReportDocument& doc)
{
    auto request = ContributionRequest::of(doc);
    if (!request) return std::nullopt;
    return OpenContribution{*request, ContributionScope(doc.report(), request->entity)};
}

bool OpenContribution::covers(const NavNode& node) const
{
    switch (node.kind) {
    case NodeKind::Section:
        return scope.sections().contains(node.id);
    case NodeKind::Activity:
        return scope.activities().contains(node.id);
    case NodeKind::Indicator:
        return scope.indicators().contains(node.id);
    default:
        return false;
    }
}

QString OpenContribution::bannerSummary(const Report& report) const
{
    const QLocale locale;
    const QString who = ReviewTarget::entityName(report, request.entity);
    const QDate due = QDate::fromString(request.due, Qt::ISODate);
    const QDateTime at = QDateTime::fromString(request.requestedAt, Qt::ISODate);
    const QString by = request.requestedBy.isEmpty() ? tr("the coordinator") : request.requestedBy;
    QString text = at.isValid()
                       ? tr("Contribution for %1, requested by %2 on %3")
                             .arg(who, by, locale.toString(at.toLocalTime().date(), QLocale::LongFormat))
                       : tr("Contribution for %1, requested by %2").arg(who, by);
    if (due.isValid()) text += tr(", due %1").arg(locale.toString(due, QLocale::LongFormat));
    return text;
}

QString OpenContribution::bannerDetails(const Report& report) const
{
    const QString who = ReviewTarget::entityName(report, request.entity);
    QString text;
    if (!request.note.trimmed().isEmpty()) text = request.note.trimmed() + QLatin1Char('\n');
    text +=
        tr("Only %1's parts can be changed here (%2 sections, %3 activities, %4 indicators); everything else "
           "is shown for context and is read-only. Mark your parts as submitted and send this file back.")
            .arg(who)
            .arg(scope.sections().size())
            .arg(scope.activities().size())
            .arg(scope.indicators().size());
    return text;
}

} // namespace cpc
