#include "merge/MergePlanner.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include "merge/ContributionScope.h"
#include "merge/ReportFlattener.h"

#include <QJsonArray>

namespace cpc {

namespace {

bool sameComment(const Comment& a, const Comment& b)
{
    return a.targetKind == b.targetKind && a.target == b.target && a.author == b.author && a.at == b.at && a.text == b.text;
}

bool containsComment(const QList<Comment>& list, const Comment& c)
{
    return std::any_of(list.begin(), list.end(), [&](const Comment& x) { return sameComment(x, c); });
}

} // namespace

Result<MergePlan> MergePlanner::plan(const ReportDocument& target, const QString& contributionPath)
{
    auto opened = ReportDocument::open(contributionPath, ReportDocument::Mode::ReadOnly);
    if (!opened) return opened.error();
    const ReportDocument& contribution = *opened.value();

    const auto request = ContributionRequest::of(contribution);
    if (!request) return Error{tr("this file is not a contribution (it answers no request)"), contributionPath};
    if (contribution.reportUuid() != target.reportUuid())
        return Error{tr("this contribution belongs to another report"), contributionPath};
    QByteArray sentJson;
    const auto recorded = ContributionRequest::recorded(target, request->id, &sentJson);
    if (!recorded) return Error{tr("this contribution answers a request that this report did not make"), contributionPath};
    if (recorded->entity != request->entity)
        return Error{tr("this contribution claims to be from %1, but the request was made to %2")
                         .arg(request->entity, recorded->entity),
                     contributionPath};

    // Validate the returned content as a whole document: every value, vocabulary and reference.
    const QByteArray returnedJson = ReportJsonWriter::write(contribution.report());
    auto returned = ReportJsonReader::read(returnedJson, contributionPath);
    if (!returned) return returned.error();
    auto sent = ReportJsonReader::read(sentJson, QStringLiteral("request record"));
    if (!sent) return Error{tr("the record of this request is damaged"), target.path()};

    MergePlan plan;
    plan.request = *recorded;
    const ContributionScope scope(sent.value(), recorded->entity);
    const auto before = ReportFlattener::flatten(sent.value());
    const auto after = ReportFlattener::flatten(returned.value());
    const auto now = ReportFlattener::flatten(target.report());

    QStringList paths = before.keys();
    for (const QString& p : after.keys())
        if (!before.contains(p)) paths << p;
    for (const QString& p : paths) {
        const QJsonValue requested = before.value(p, QJsonValue(QJsonValue::Undefined));
        const QJsonValue back = after.value(p, QJsonValue(QJsonValue::Undefined));
        if (requested == back) continue;
        const QJsonValue current = now.value(p, QJsonValue(QJsonValue::Undefined));
        MergeItem item{MergeItem::Kind::Change, FieldPath::fromString(p), requested, back, current};
        if (!scope.allows(item.path, back)) {
            item.kind = MergeItem::Kind::Refused;
        } else if (current == back) {
            ++plan.alreadyMerged;
            continue;
        } else if (current != requested) {
            item.kind = MergeItem::Kind::Conflict;
        }
        plan.items.append(item);
    }
    for (const Comment& c : returned.value().comments)
        if (!containsComment(sent.value().comments, c) && !containsComment(target.report().comments, c))
            plan.newComments.append(c);
    return plan;
}

Status MergePlanner::apply(ReportDocument& target, const MergePlan& plan, const QSet<int>& rejected,
                           const QSet<int>& takeReturned)
{
    ChangeSet set{{}, plan.request.entity, QStringLiteral("merge")};
    for (int i = 0; i < plan.items.size(); ++i) {
        const MergeItem& item = plan.items[i];
        const bool take = (item.kind == MergeItem::Kind::Change && !rejected.contains(i)) ||
                          (item.kind == MergeItem::Kind::Conflict && takeReturned.contains(i));
        if (!take) continue;
        set.changes.append(FieldChange{item.path, item.returned.isUndefined() ? QJsonValue(QJsonValue::Null) : item.returned});
    }
    if (!plan.newComments.isEmpty()) {
        QJsonArray all;
        for (const Comment& c : target.report().comments) all.append(ReportJsonWriter::toJson(c));
        for (const Comment& c : plan.newComments)
            if (!containsComment(target.report().comments, c)) all.append(ReportJsonWriter::toJson(c));
        set.changes.append(FieldChange{FieldPath{QStringLiteral("comments")}, all});
    }
    return target.apply(set);
}

} // namespace cpc
