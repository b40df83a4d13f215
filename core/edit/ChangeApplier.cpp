#include "edit/ChangeApplier.h"

#include "edit/BreakdownLabelChange.h"
#include "edit/FieldValues.h"
#include "edit/IndicatorChange.h"
#include "edit/OrderChange.h"
#include "edit/ReportInfoChange.h"
#include "edit/TextChange.h"
#include "edit/ValueReader.h"
#include "model/FieldLocks.h"
#include "model/FieldSchema.h"
#include "model/Paths.h"
#include "model/Vocabulary.h"
#include "util/Limits.h"

#include "json/ReportJsonReader.h"
#include <QJsonArray>

namespace cpc {

Status ChangeApplier::apply(const FieldChange& c, qint64 rev)
{
    // The schema says whose field a path names; each owner's applier checks and sets the value.
    const std::optional<FieldMatch> m = FieldSchema::match(c.path);
    if (!m) return c.fail(tr("this is not a part of a report that can be changed"));
    switch (m->spec->owner) {
    case FieldOwner::Report:
        if (m->kind() == FieldKind::IndicatorOrder) return m_lists.indicatorOrder(c);
        if (m->kind() == FieldKind::SectionOrder) return m_lists.sectionOrder(c);
        m_t.info = true;
        return ReportInfoChange::apply(m_r, c, rev);
    case FieldOwner::Entity:
        return applyEntity(c, rev);
    case FieldOwner::Section:
        return applySection(c, rev);
    case FieldOwner::Activity:
        return applyActivity(c, rev);
    case FieldOwner::Indicator:
        return applyIndicator(c, rev);
    case FieldOwner::Glossary:
        return applyGlossary(c, rev);
    case FieldOwner::BreakdownLabels:
        return BreakdownLabelChange::apply(m_r, c, *m, m_t);
    case FieldOwner::Comments:
        return applyComments(c);
    }
    return c.fail(tr("this is not a part of a report that can be changed"));
}

QJsonValue ChangeApplier::value(const FieldPath& path)
{
    const std::optional<FieldMatch> m = FieldSchema::match(path);
    if (!m || m->kind() != FieldKind::IndicatorBreakdownCategory) return FieldValues::get(m_r, path);
    const Indicator* ind = m_r.indicator(path.at(1));
    bool ok = false;
    const int year = path.at(3).toInt(&ok);
    if (!ind || !ok) return QJsonValue(QJsonValue::Undefined);
    const auto dims = ind->disaggregation.constFind(year);
    if (dims == ind->disaggregation.constEnd()) return QJsonValue(QJsonValue::Undefined);
    for (const Disaggregation& d : dims.value()) {
        if (d.dimension != path.at(4)) continue;
        const qsizetype at = m_breakdowns.find(ind->id, year, d, path.at(5));
        return at >= 0 ? QJsonValue(d.categories[at].value) : QJsonValue(QJsonValue::Undefined);
    }
    return QJsonValue(QJsonValue::Undefined);
}

Status ChangeApplier::applyEntity(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    m_t.entities.insert(id);
    if (c.path.size() == 2) return m_lists.entity(c);
    auto it =
        std::find_if(m_r.entities.begin(), m_r.entities.end(), [&](const Entity& e) { return e.id == id; });
    if (it == m_r.entities.end()) return c.fail(tr("there is no entity '%1'").arg(id));
    const QString f = c.path.at(2);
    if (c.path.size() == 4 && f == QLatin1String("acronym"))
        return TextChange::apply(it->acronym, c.path.at(3), c, rev);
    if (c.path.size() == 4 && f == QLatin1String("name"))
        return TextChange::apply(it->name, c.path.at(3), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("kind"))
        return c.assign(it->kind, ValueReader::oneOf(c.value, Vocabulary::entityKinds()));
    return c.fail(tr("this is not a field of an entity"));
}

Status ChangeApplier::applySection(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    m_t.sections.insert(id);
    if (c.path.size() == 2) return m_lists.section(c);
    Section* s = m_r.section(id);
    if (!s) return c.fail(tr("there is no section '%1'").arg(id));
    const QString f = c.path.at(2);
    if (f == QLatin1String("activities") && c.path.size() == 4) return m_lists.activity(*s, c);

    if (FieldLocks::isLocked(m_r, c.path))
        return c.fail(tr("this section is approved and locked; reopen it to change it"));
    if (c.path.size() == 4 && f == QLatin1String("title"))
        return TextChange::apply(s->title, c.path.at(3), c, rev);
    if (c.path.size() == 4 && f == QLatin1String("body"))
        return TextChange::apply(s->body, c.path.at(3), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("activity_order")) {
        for (const Activity& a : s->activities)
            m_t.activities.insert(a.id); // each is written at its new place
        return OrderChange::apply(s->activities, c, [](const Activity& a) { return a.id; });
    }
    if (c.path.size() == 3 && f == QLatin1String("assigned_to"))
        return c.assign(s->assignedTo, ValueReader::entityIds(c.value, m_r));
    if (c.path.size() == 3 && f == QLatin1String("status"))
        return c.assign(s->review.status,
                        ValueReader::choice<ReviewStatus>(c.value, Vocabulary::workflowStatuses()));
    if (c.path.size() == 3 && f == QLatin1String("return_reason"))
        return c.assign(s->review.reason, ValueReader::text(c.value));
    if (c.path.size() == 3 && f == QLatin1String("objective")) {
        if (!s->isObjective()) return c.fail(tr("only an objective section has an objective number"));
        return c.assign(s->objective, ValueReader::integer(c.value, 1, 4));
    }
    return c.fail(tr("this is not a field of a section"));
}

Status ChangeApplier::applyActivity(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    Section* owner = nullptr;
    Activity* a = m_r.activity(id, &owner);
    if (!a) return c.fail(tr("there is no activity '%1'").arg(id));
    m_t.activities.insert(id);
    if (c.path.size() == 2) {
        if (!c.removes())
            return c.fail(tr("an activity is created within its section (sections/ID/activities/ID)"));
        return m_lists.activity(
            *owner, FieldChange{Paths::sectionActivity(owner->id, id), QJsonValue(QJsonValue::Null)});
    }
    const QString f = c.path.at(2);
    if (FieldLocks::isLocked(m_r, c.path))
        return c.fail(tr("this activity is approved and locked; reopen it to change it"));
    if (c.path.size() == 4 && f == QLatin1String("title"))
        return TextChange::apply(a->title, c.path.at(3), c, rev);
    if (c.path.size() == 4 && f == QLatin1String("body"))
        return TextChange::apply(a->body, c.path.at(3), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("responsible"))
        return c.assign(a->responsible, ValueReader::entityIds(c.value, m_r));
    if (c.path.size() == 3 && f == QLatin1String("status"))
        return c.assign(a->status, ValueReader::oneOf(c.value, Vocabulary::activityStatuses(), true));
    if (c.path.size() == 3 && f == QLatin1String("trafficking_types"))
        return c.assign(a->traffickingTypes, ValueReader::listOf(c.value, Vocabulary::traffickingTypes()));
    if (c.path.size() == 3 && f == QLatin1String("review_status")) {
        if (!c.removes())
            return c.assign(a->review.status,
                            ValueReader::choice<ReviewStatus>(c.value, Vocabulary::workflowStatuses()));
        a->review.status = Workflow().status;
        return success();
    }
    if (c.path.size() == 3 && f == QLatin1String("review_reason"))
        return c.assign(a->review.reason, ValueReader::text(c.value));
    return c.fail(tr("this is not a field of an activity"));
}

Status ChangeApplier::applyIndicator(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    m_t.indicators.insert(id);
    if (c.path.size() == 2) {
        m_breakdowns.forget(id);
        return m_lists.indicator(c);
    }
    Indicator* ind = m_r.indicator(id);
    if (!ind) return c.fail(tr("there is no indicator '%1'").arg(id));
    return IndicatorChange::apply(*ind, c, rev, m_r, &m_breakdowns);
}

Status ChangeApplier::applyGlossary(const FieldChange& c, qint64 rev)
{
    const QString term = c.path.at(1);
    m_t.glossary = true;
    if (c.path.size() == 2) return m_lists.glossaryEntry(c);
    const int index = m_r.glossaryIndex(term);
    if (index < 0) return c.fail(tr("there is no glossary term '%1'").arg(term));
    GlossaryEntry& g = m_r.glossary[index];
    const QString f = c.path.at(2);
    if (c.path.size() == 4 && f == QLatin1String("term")) {
        if (c.path.at(3) == QLatin1String("en")) {
            // The English term is the entry's identity: it may change, but not to nothing or to another
            // entry's.
            const QString next = c.value.toString();
            if (next.isEmpty())
                return c.fail(tr("the English term cannot be empty; remove the entry instead"));
            if (next != term && m_r.glossaryIndex(next) >= 0)
                return c.fail(tr("the glossary already has the term '%1'").arg(next));
        }
        return TextChange::apply(g.term, c.path.at(3), c, rev);
    }
    if (c.path.size() == 4 && f == QLatin1String("definition"))
        return TextChange::apply(g.definition, c.path.at(3), c, rev);
    return c.fail(tr("this is not a field of a glossary entry"));
}

Status ChangeApplier::applyComments(const FieldChange& c)
{
    if (c.path.size() != 1 || !c.value.isArray()) return c.fail(tr("expected the whole list of comments"));
    const QJsonArray a = c.value.toArray();
    if (a.size() > Limits::kMaxListLength) return c.fail(tr("the list is too long"));
    QList<Comment> next;
    for (int i = 0; i < a.size(); ++i) {
        Result<Comment> cm = ReportJsonReader::readComment(a[i], QStringLiteral("comments[%1]").arg(i), m_r);
        if (!cm) return cm.error();
        next.append(cm.take());
    }
    m_r.comments = next;
    m_t.comments = true;
    return success();
}

} // namespace cpc
