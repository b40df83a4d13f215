#include "merge/MergePlanner.h"

#include "edit/TextChange.h"
#include "merge/ContributionAuthors.h"
#include "merge/ContributionFigures.h"
#include "merge/ContributionScope.h"
#include "merge/ReportFlattener.h"
#include "model/BreakdownUse.h"
#include "model/FieldLocks.h"
#include "model/Paths.h"
#include "model/TextSource.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpc {

namespace {

bool containsComment(const QList<Comment>& list, const Comment& c)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const Comment& x) { return ContributionScope::sameRemark(x, c); });
}

const Comment* findComment(const QList<Comment>& list, const Comment& c)
{
    for (const Comment& x : list)
        if (ContributionScope::sameRemark(x, c)) return &x;
    return nullptr;
}

// A contribution cannot create or remove objects: a field whose object is missing on either side is not
// the entity's to write, whatever its path says (removing an activity must not read as clearing its texts).
bool objectInBoth(const FieldPath& p, const Report& sent, const Report& returned)
{
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    if (!m) return false;
    const QString id = m->id();
    switch (m->spec->owner) {
    case FieldOwner::Section:
        return sent.section(id) && returned.section(id);
    case FieldOwner::Activity:
        return sent.activity(id) && returned.activity(id);
    case FieldOwner::Indicator:
        return sent.indicator(id) && returned.indicator(id);
    case FieldOwner::Entity:
        return sent.entity(id) && returned.entity(id);
    // Labels are not objects: a partner labels a code by writing its label's sides.
    case FieldOwner::Report:
    case FieldOwner::BreakdownLabels:
        return true;
    case FieldOwner::Glossary:
    case FieldOwner::Comments:
        return false;
    }
    return false;
}

// A remark on a part the coordinator has removed since the request has no thread to go to.
bool threadExists(const Report& r, const Comment& c)
{
    if (c.targetKind == QLatin1String("section")) return r.section(c.target);
    if (c.targetKind == QLatin1String("activity")) return r.activity(c.target);
    if (c.targetKind == QLatin1String("indicator")) return r.indicator(c.target);
    return false;
}

// Approved content is locked in the report: a returned change to it waits for someone to reopen it and
// choose.
bool lockedNow(const FieldPath& p, const Report& now)
{
    return FieldLocks::isLocked(now, p);
}

// A value the entity cleared is absent from its file; setting null clears it here (QJsonObject drops
// Undefined).
QJsonValue orNull(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QString decidedKey(const QString& requestId)
{
    return QStringLiteral("requests/") + requestId + QStringLiteral("/decided");
}

// The returned values already decided on (taken or rejected) for a request, by path: merging the same
// contribution again does not bring them back, even after the coordinator has changed or restored them.
QJsonObject decided(const ReportDocument& target, const QString& requestId)
{
    return QJsonDocument::fromJson(target.setting(decidedKey(requestId)).toUtf8()).object();
}

// Whether `path` is the translation side of a text (docs/translation-state.md): a partner who changed both
// sides of a text is merged source first, so that the translation the partner brought along arrives in step.
bool isTranslationSide(const Report& r, const FieldPath& path)
{
    const auto lang = languageFromCode(path.last());
    const BiText* found = lang ? TextChange::find(r, path.parent()) : nullptr;
    if (!found) return false;
    BiText text = *found;
    TextSource::settle(text, r.info.sourceLanguage);
    if (const auto src = TextSource::of(text)) return *src != *lang;
    if (text.text(*lang).isEmpty() != text.text(otherLanguage(*lang)).isEmpty())
        return text.text(*lang).isEmpty();
    return *lang != r.info.sourceLanguage;
}

} // namespace

Result<MergePlan> MergePlanner::plan(const ReportDocument& target, const QString& contributionPath)
{
    auto opened = ReportDocument::open(contributionPath, ReportDocument::Mode::ReadOnly);
    if (!opened) return opened.error();
    ReportDocument& contribution = *opened.value();

    const auto request = ContributionRequest::of(contribution);
    if (!request)
        return Error{tr("this file is not a contribution (it answers no request)"), contributionPath};
    if (contribution.reportUuid() != target.reportUuid())
        return Error{tr("this contribution belongs to another report"), contributionPath};
    QByteArray sentJson;
    const auto recorded = ContributionRequest::recorded(target, request->id, &sentJson);
    if (!recorded)
        return Error{tr("this contribution answers a request that this report did not make"),
                     contributionPath};
    if (recorded->entity != request->entity)
        return Error{tr("this contribution claims to be from %1, but the request was made to %2")
                         .arg(request->entity, recorded->entity),
                     contributionPath};

    // Figures stored as text, blobs or infinities would be read as 0 or "not reported": refuse them first.
    if (Status s = ContributionFigures::checkStored(contribution); !s) return s.error();
    // Validate the returned content as a whole document: every value, vocabulary and reference.
    const QByteArray returnedJson = ReportJsonWriter::write(contribution.report());
    auto returned = ReportJsonReader::read(returnedJson, contributionPath);
    if (!returned) return returned.error();
    auto sent = ReportJsonReader::read(sentJson, QStringLiteral("request record"));
    if (!sent) return Error{tr("the record of this request is damaged"), target.path()};

    MergePlan plan;
    plan.request = *recorded;
    const ContributionAuthors authors(contribution, *recorded);
    plan.contributors = authors.all(recorded->entity);
    const ContributionScope scope(sent.value(), recorded->entity);
    const auto before = ReportFlattener::flatten(sent.value());
    const auto after = ReportFlattener::flatten(returned.value());
    const auto now = ReportFlattener::flatten(target.report());

    const QJsonObject done = decided(target, recorded->id);

    QStringList paths = before.keys();
    for (const QString& p : after.keys())
        if (!before.contains(p)) paths << p;
    for (const QString& p : paths) {
        const QJsonValue requested = before.value(p, QJsonValue(QJsonValue::Undefined));
        const QJsonValue back = after.value(p, QJsonValue(QJsonValue::Undefined));
        if (requested == back) continue;
        const QJsonValue current = now.value(p, QJsonValue(QJsonValue::Undefined));
        MergeItem item{MergeItem::Kind::Change, FieldPath::fromString(p), requested, back, current, {}};
        item.author = authors.of(item.path);
        if (!objectInBoth(item.path, sent.value(), returned.value()) || !scope.allows(item.path, back)) {
            item.kind = MergeItem::Kind::Refused;
        } else if (current == back || (done.contains(p) && done.value(p) == orNull(back))) {
            ++plan.alreadyMerged;
            continue;
        } else if ((current != requested && !(done.contains(p) && orNull(current) == done.value(p))) ||
                   lockedNow(item.path, target.report())) {
            // Changed here since the request (and not by merging this entity's earlier answer), or locked.
            item.kind = MergeItem::Kind::Conflict;
        }
        plan.items.append(item);
    }

    // Comments: new remarks of the entity are appended; a thread it resolved (or reopened) takes its flag,
    // unless the coordinator changed that flag since the request. Removed or reworded comments are ignored.
    const QList<Comment>& sentComments = sent.value().comments;
    const QList<Comment>& nowComments = target.report().comments;
    for (const Comment& c : returned.value().comments) {
        const Comment* old = findComment(sentComments, c);
        if (!old) {
            if (c.author != recorded->entity || !threadExists(target.report(), c))
                plan.refusedComments.append(c);
            else if (!containsComment(nowComments, c))
                plan.newComments.append(c);
            continue;
        }
        if (old->resolved == c.resolved) continue;
        if (!scope.covers(c)) {
            plan.refusedComments.append(c);
            continue;
        }
        const Comment* mine = findComment(nowComments, c);
        if (mine && mine->resolved == old->resolved)
            plan.resolvedComments.append(c);
        else if (mine && mine->resolved == c.resolved)
            ++plan.alreadyMerged;
    }
    if (Status s = ContributionFigures::checkChanged(plan, sent.value(), contributionPath); !s)
        return s.error();
    return plan;
}

Status MergePlanner::apply(ReportDocument& target, const MergePlan& plan, const QSet<int>& rejected,
                           const QSet<int>& takeReturned, const QHash<int, QJsonValue>& combined)
{
    ChangeSet set{{}, plan.contributors, ChangeOrigin::Merge};
    QJsonObject decidedNow = decided(target, plan.request.id);
    for (int i = 0; i < plan.items.size(); ++i) {
        const MergeItem& item = plan.items[i];
        const bool take = (item.kind == MergeItem::Kind::Change && !rejected.contains(i)) ||
                          (item.kind == MergeItem::Kind::Conflict && takeReturned.contains(i));
        if (item.kind == MergeItem::Kind::Change)
            decidedNow.insert(item.path.toString(), orNull(item.returned));
        if (!item.author.isEmpty() && item.kind != MergeItem::Kind::Refused)
            set.authors.insert(item.path.toString(), item.author);
        if (item.kind == MergeItem::Kind::Conflict && combined.contains(i)) {
            // Decided as what came back, so that merging the same file again does not ask again.
            decidedNow.insert(item.path.toString(), orNull(item.returned));
            set.changes.append(FieldChange{item.path, orNull(combined.value(i))});
            continue;
        }
        if (!take) continue;
        if (item.kind == MergeItem::Kind::Conflict)
            decidedNow.insert(item.path.toString(), orNull(item.returned));
        set.changes.append(FieldChange{item.path, orNull(item.returned)});
    }
    if (!plan.newComments.isEmpty() || !plan.resolvedComments.isEmpty()) {
        QList<Comment> all = target.report().comments;
        for (Comment& c : all)
            if (const Comment* back = findComment(plan.resolvedComments, c)) c.resolved = back->resolved;
        for (const Comment& c : plan.newComments)
            if (!containsComment(all, c)) all.append(c);
        QJsonArray list;
        for (const Comment& c : all)
            list.append(ReportJsonWriter::toJson(c));
        if (all != target.report().comments) set.changes.append(FieldChange{Paths::comments(), list});
    }
    std::stable_sort(set.changes.begin(), set.changes.end(), [&](const FieldChange& a, const FieldChange& b) {
        return !isTranslationSide(target.report(), a.path) && isTranslationSide(target.report(), b.path);
    });
    // The changes and the record of what was decided are saved together: a merge that fails leaves no trace.
    QList<QPair<QString, QString>> record;
    if (decidedNow != decided(target, plan.request.id))
        record.append({decidedKey(plan.request.id),
                       QString::fromUtf8(QJsonDocument(decidedNow).toJson(QJsonDocument::Compact))});
    return target.apply(set, record);
}

} // namespace cpc
