#include "edit/ChangeApplier.h"

#include "edit/BreakdownLabelChange.h"
#include "edit/FieldValues.h"
#include "edit/IndicatorChange.h"
#include "edit/OrderChange.h"
#include "edit/TextChange.h"
#include "edit/ValueReader.h"
#include "json/ReportJsonReader.h"
#include "model/FieldLocks.h"
#include "model/FieldSchema.h"
#include "model/Paths.h"
#include "model/Vocabulary.h"
#include "util/Limits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cpc {

namespace {

Error at(const FieldChange& c, const QString& message) { return Error{message, c.path.toString()}; }
Error at(const FieldChange& c, const Error& e) { return Error{e.message, c.path.toString()}; }

bool isRemoval(const FieldChange& c) { return c.value.isNull() || c.value.isUndefined(); }

template <typename T> Status assign(T& target, Result<T> value, const FieldChange& c)
{
    if (!value) return at(c, value.error());
    target = value.take();
    return success();
}

// The object a creation brings: as read already (a change document reads it once, in its order), or
// read from its JSON value.
template <typename T, typename Read> Result<T> newObject(const FieldChange& c, Read read)
{
    if (c.created)
        if (const T* object = std::get_if<T>(c.created.get())) return *object;
    return read();
}

// An object read elsewhere names entities of the report it was read against; they must be in this one.
Status knownEntities(const Report& r, const FieldChange& c, const QStringList& ids)
{
    for (const QString& id : ids)
        if (!r.entity(id)) return at(c, ChangeApplier::tr("unknown entity '%1'").arg(id));
    return success();
}

Status knownEntities(const Report& r, const FieldChange& c, const Activity& a) { return knownEntities(r, c, a.responsible); }

} // namespace

Status ChangeApplier::apply(const FieldChange& c, qint64 rev)
{
    // The schema says whose field a path names; each owner's applier checks and sets the value.
    const std::optional<FieldMatch> m = FieldSchema::match(c.path);
    if (!m) return at(c, tr("this is not a part of a report that can be changed"));
    switch (m->spec->owner) {
    case FieldOwner::Report:
        if (m->kind() == FieldKind::IndicatorOrder) return reorderIndicators(c);
        if (m->kind() == FieldKind::SectionOrder) return reorderSections(c);
        return applyReport(c, rev);
    case FieldOwner::Entity: return applyEntity(c, rev);
    case FieldOwner::Section: return applySection(c, rev);
    case FieldOwner::Activity: return applyActivity(c, rev);
    case FieldOwner::Indicator: return applyIndicator(c, rev);
    case FieldOwner::Glossary: return applyGlossary(c, rev);
    case FieldOwner::BreakdownLabels: return BreakdownLabelChange::apply(m_r, c, m_t);
    case FieldOwner::Comments: return applyComments(c);
    }
    return at(c, tr("this is not a part of a report that can be changed"));
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

Status ChangeApplier::applyReport(const FieldChange& c, qint64 rev)
{
    ReportInfo& i = m_r.info;
    const QString f = c.path.at(1);
    m_t.info = true;
    if (c.path.size() == 3 && f == QLatin1String("partnership")) return TextChange::apply(i.partnership, c.path.at(2), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("title")) return TextChange::apply(i.title, c.path.at(2), c, rev);
    if (c.path.size() == 2 && f == QLatin1String("template")) {
        Result<QString> v = ValueReader::text(c.value);
        if (v && v.value().isEmpty()) return at(c, tr("the template cannot be empty"));
        return assign(i.templateId, std::move(v), c);
    }
    if (c.path.size() == 2 && f == QLatin1String("reporting_year"))
        return assign(i.reportingYear, ValueReader::integer(c.value, 1, Limits::kMaxYear), c);
    if (c.path.size() == 3 && f == QLatin1String("period")) {
        QString& target = c.path.at(2) == QLatin1String("start") ? i.periodStart : i.periodEnd;
        if (c.path.at(2) != QLatin1String("start") && c.path.at(2) != QLatin1String("end"))
            return at(c, tr("a period has a start and an end"));
        Result<QString> d = ValueReader::date(c.value);
        if (!d) return at(c, d.error());
        target = d.value();
        // Checked per change so that a patch setting both dates in either order is judged by its result.
        return success();
    }
    if (c.path.size() == 2 && f == QLatin1String("source_language")) {
        Result<QString> v = ValueReader::oneOf(c.value, {QStringLiteral("en"), QStringLiteral("es")});
        if (!v) return at(c, v.error());
        i.sourceLanguage = *languageFromCode(v.value());
        return success();
    }
    if (c.path.size() == 2 && f == QLatin1String("prepared_by")) {
        Result<QString> v = ValueReader::text(c.value);
        if (v && !v.value().isEmpty() && !m_r.entity(v.value())) return at(c, tr("unknown entity '%1'").arg(v.value()));
        return assign(i.preparedBy, std::move(v), c);
    }
    if (c.path.size() == 3 && f == QLatin1String("small_numbers")) {
        if (c.path.at(2) == QLatin1String("enabled")) return assign(i.smallNumbers.enabled, ValueReader::flag(c.value, true), c);
        if (c.path.at(2) == QLatin1String("threshold")) {
            if (isRemoval(c)) i.smallNumbers.threshold = SmallNumberPolicy().threshold;
            else return assign(i.smallNumbers.threshold, ValueReader::integer(c.value, 1, 1000), c);
            return success();
        }
    }
    return at(c, tr("this is not a field of the report"));
}

Status ChangeApplier::applyEntity(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    m_t.entities.insert(id);
    auto it = std::find_if(m_r.entities.begin(), m_r.entities.end(), [&](const Entity& e) { return e.id == id; });
    if (c.path.size() == 2) {
        if (isRemoval(c)) {
            if (it == m_r.entities.end()) return at(c, tr("there is no entity '%1'").arg(id));
            // Removing an entity that is still named somewhere would leave a dangling reference.
            bool used = m_r.info.preparedBy == id;
            for (const Section& s : m_r.sections) {
                used = used || s.assignedTo.contains(id);
                for (const Activity& a : s.activities) used = used || a.responsible.contains(id);
            }
            for (const Indicator& i : m_r.indicators) used = used || i.responsible.contains(id);
            if (used) return at(c, tr("the entity '%1' is still assigned to parts of the report").arg(id));
            m_r.entities.erase(it);
            return success();
        }
        if (it != m_r.entities.end()) return at(c, tr("there is already an entity '%1'").arg(id));
        Result<Entity> e = newObject<Entity>(c, [&] { return ReportJsonReader::readEntity(c.value, c.path.toString()); });
        if (!e) return e.error();
        if (e->id != id) return at(c, tr("the entity's id does not match its place"));
        if (m_r.entities.size() >= Limits::kMaxListLength) return at(c, tr("the list is too long"));
        m_r.entities.append(e.take());
        return success();
    }
    if (it == m_r.entities.end()) return at(c, tr("there is no entity '%1'").arg(id));
    const QString f = c.path.at(2);
    if (c.path.size() == 4 && f == QLatin1String("acronym")) return TextChange::apply(it->acronym, c.path.at(3), c, rev);
    if (c.path.size() == 4 && f == QLatin1String("name")) return TextChange::apply(it->name, c.path.at(3), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("kind"))
        return assign(it->kind, ValueReader::oneOf(c.value, Vocabulary::entityKinds()), c);
    return at(c, tr("this is not a field of an entity"));
}

Status ChangeApplier::applySection(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    m_t.sections.insert(id);
    Section* s = m_r.section(id);
    if (c.path.size() == 2) {
        if (isRemoval(c)) {
            if (!s) return at(c, tr("there is no section '%1'").arg(id));
            if (s->review.isApproved()) return at(c, tr("this section is approved and locked; reopen it first"));
            for (const Activity& a : s->activities) removeCommentsOn(QStringLiteral("activity"), a.id);
            removeCommentsOn(QStringLiteral("section"), id);
            m_r.sections.removeIf([&](const Section& x) { return x.id == id; });
            return success();
        }
        if (s) return at(c, tr("there is already a section '%1'").arg(id));
        Result<Section> n =
            newObject<Section>(c, [&] { return ReportJsonReader::readSection(c.value, c.path.toString(), m_r); });
        if (!n) return n.error();
        if (Status known = knownEntities(m_r, c, n->assignedTo); !known) return known;
        for (const Activity& a : n->activities)
            if (Status known = knownEntities(m_r, c, a); !known) return known;
        if (n->id != id) return at(c, tr("the section's id does not match its place"));
        for (const Activity& a : n->activities) {
            if (m_r.activity(a.id)) return at(c, tr("there is already an activity '%1'").arg(a.id));
            m_t.activities.insert(a.id);
        }
        if (m_r.sections.size() >= Limits::kMaxListLength) return at(c, tr("the list is too long"));
        m_r.sections.append(n.take());
        return success();
    }
    if (!s) return at(c, tr("there is no section '%1'").arg(id));
    const QString f = c.path.at(2);
    if (f == QLatin1String("activities") && c.path.size() == 4) return createOrRemoveActivity(*s, c);

    if (FieldLocks::isLocked(m_r, c.path))
        return at(c, tr("this section is approved and locked; reopen it to change it"));
    if (c.path.size() == 4 && f == QLatin1String("title")) return TextChange::apply(s->title, c.path.at(3), c, rev);
    if (c.path.size() == 4 && f == QLatin1String("body")) return TextChange::apply(s->body, c.path.at(3), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("activity_order")) {
        for (const Activity& a : s->activities) m_t.activities.insert(a.id); // each is written at its new place
        return OrderChange::apply(s->activities, c, [](const Activity& a) { return a.id; });
    }
    if (c.path.size() == 3 && f == QLatin1String("assigned_to")) return assign(s->assignedTo, ValueReader::entityIds(c.value, m_r), c);
    if (c.path.size() == 3 && f == QLatin1String("status"))
        return assign(s->review.status, ValueReader::oneOf(c.value, Vocabulary::workflowStatuses()), c);
    if (c.path.size() == 3 && f == QLatin1String("return_reason")) return assign(s->review.reason, ValueReader::text(c.value), c);
    if (c.path.size() == 3 && f == QLatin1String("objective")) {
        if (!s->isObjective()) return at(c, tr("only an objective section has an objective number"));
        return assign(s->objective, ValueReader::integer(c.value, 1, 4), c);
    }
    return at(c, tr("this is not a field of a section"));
}

Status ChangeApplier::createOrRemoveActivity(Section& s, const FieldChange& c)
{
    const QString aid = c.path.at(3);
    m_t.activities.insert(aid);
    if (s.review.isApproved()) return at(c, tr("this section is approved and locked; reopen it to change it"));
    if (isRemoval(c)) {
        const auto n = s.activities.removeIf([&](const Activity& a) { return a.id == aid; });
        if (n == 0) return at(c, tr("there is no activity '%1' in this section").arg(aid));
        removeCommentsOn(QStringLiteral("activity"), aid);
        return success();
    }
    if (!s.isObjective()) return at(c, tr("only an objective section has activities"));
    if (m_r.activity(aid)) return at(c, tr("there is already an activity '%1'").arg(aid));
    Result<Activity> a = newObject<Activity>(c, [&] { return ReportJsonReader::readActivity(c.value, c.path.toString(), m_r); });
    if (!a) return a.error();
    if (Status known = knownEntities(m_r, c, a.value()); !known) return known;
    if (a->id != aid) return at(c, tr("the activity's id does not match its place"));
    if (s.activities.size() >= Limits::kMaxListLength) return at(c, tr("the list is too long"));
    // Every sibling is written again with its position: a removal earlier may have left a gap that the
    // new activity's position would otherwise share with an old one.
    for (const Activity& sibling : s.activities) m_t.activities.insert(sibling.id);
    s.activities.append(a.take());
    return success();
}

Status ChangeApplier::applyActivity(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    Section* owner = nullptr;
    Activity* a = m_r.activity(id, &owner);
    if (!a) return at(c, tr("there is no activity '%1'").arg(id));
    m_t.activities.insert(id);
    if (c.path.size() == 2) {
        if (!isRemoval(c)) return at(c, tr("an activity is created within its section (sections/ID/activities/ID)"));
        return createOrRemoveActivity(*owner, FieldChange{Paths::sectionActivity(owner->id, id), QJsonValue(QJsonValue::Null)});
    }
    const QString f = c.path.at(2);
    if (FieldLocks::isLocked(m_r, c.path))
        return at(c, tr("this activity is approved and locked; reopen it to change it"));
    if (c.path.size() == 4 && f == QLatin1String("title")) return TextChange::apply(a->title, c.path.at(3), c, rev);
    if (c.path.size() == 4 && f == QLatin1String("body")) return TextChange::apply(a->body, c.path.at(3), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("responsible")) return assign(a->responsible, ValueReader::entityIds(c.value, m_r), c);
    if (c.path.size() == 3 && f == QLatin1String("status"))
        return assign(a->status, ValueReader::oneOf(c.value, Vocabulary::activityStatuses(), true), c);
    if (c.path.size() == 3 && f == QLatin1String("trafficking_types"))
        return assign(a->traffickingTypes, ValueReader::listOf(c.value, Vocabulary::traffickingTypes()), c);
    if (c.path.size() == 3 && f == QLatin1String("review_status")) {
        if (isRemoval(c)) { a->review.status = Workflow().status; return success(); }
        return assign(a->review.status, ValueReader::oneOf(c.value, Vocabulary::workflowStatuses()), c);
    }
    if (c.path.size() == 3 && f == QLatin1String("review_reason")) return assign(a->review.reason, ValueReader::text(c.value), c);
    return at(c, tr("this is not a field of an activity"));
}

Status ChangeApplier::applyIndicator(const FieldChange& c, qint64 rev)
{
    const QString id = c.path.at(1);
    m_t.indicators.insert(id);
    Indicator* ind = m_r.indicator(id);
    if (c.path.size() == 2) {
        m_breakdowns.forget(id);
        if (isRemoval(c)) {
            if (!ind) return at(c, tr("there is no indicator '%1'").arg(id));
            if (ind->review.isApproved()) return at(c, tr("this indicator is approved and locked; reopen it first"));
            removeCommentsOn(QStringLiteral("indicator"), id);
            m_r.indicators.removeIf([&](const Indicator& x) { return x.id == id; });
            return success();
        }
        if (ind) return at(c, tr("there is already an indicator '%1'").arg(id));
        Result<Indicator> n =
            newObject<Indicator>(c, [&] { return ReportJsonReader::readIndicator(c.value, c.path.toString(), m_r); });
        if (!n) return n.error();
        if (Status known = knownEntities(m_r, c, n->responsible); !known) return known;
        if (n->id != id) return at(c, tr("the indicator's id does not match its place"));
        if (m_r.indicators.size() >= Limits::kMaxListLength) return at(c, tr("the list is too long"));
        for (const Indicator& other : m_r.indicators) m_t.indicators.insert(other.id); // positions, as for activities
        m_r.indicators.append(n.take());
        return success();
    }
    if (!ind) return at(c, tr("there is no indicator '%1'").arg(id));
    return IndicatorChange::apply(*ind, c, rev, m_r, &m_breakdowns);
}

Status ChangeApplier::applyGlossary(const FieldChange& c, qint64 rev)
{
    const QString term = c.path.at(1);
    m_t.glossary = true;
    const int index = m_r.glossaryIndex(term);
    if (c.path.size() == 2) {
        if (isRemoval(c)) {
            if (index < 0) return at(c, tr("there is no glossary term '%1'").arg(term));
            m_r.glossary.removeAt(index);
            return success();
        }
        if (index >= 0) return at(c, tr("the glossary already has the term '%1'").arg(term));
        Result<GlossaryEntry> g =
            newObject<GlossaryEntry>(c, [&] { return ReportJsonReader::readGlossaryEntry(c.value, c.path.toString()); });
        if (!g) return g.error();
        if (g->term.en() != term) return at(c, tr("the term does not match its place"));
        if (m_r.glossary.size() >= Limits::kMaxListLength) return at(c, tr("the list is too long"));
        m_r.glossary.append(g.take());
        return success();
    }
    if (index < 0) return at(c, tr("there is no glossary term '%1'").arg(term));
    GlossaryEntry& g = m_r.glossary[index];
    const QString f = c.path.at(2);
    if (c.path.size() == 4 && f == QLatin1String("term")) {
        if (c.path.at(3) == QLatin1String("en")) {
            // The English term is the entry's identity: it may change, but not to nothing or to another entry's.
            const QString next = c.value.toString();
            if (next.isEmpty()) return at(c, tr("the English term cannot be empty; remove the entry instead"));
            if (next != term && m_r.glossaryIndex(next) >= 0) return at(c, tr("the glossary already has the term '%1'").arg(next));
        }
        return TextChange::apply(g.term, c.path.at(3), c, rev);
    }
    if (c.path.size() == 4 && f == QLatin1String("definition")) return TextChange::apply(g.definition, c.path.at(3), c, rev);
    return at(c, tr("this is not a field of a glossary entry"));
}

Status ChangeApplier::reorderIndicators(const FieldChange& c)
{
    const QList<Indicator> before = m_r.indicators;
    if (Status s = OrderChange::apply(m_r.indicators, c, [](const Indicator& i) { return i.id; }); !s) return s;
    if (const QString moved = OrderChange::movedApproved(before, m_r.indicators); !moved.isEmpty())
        return at(c, tr("the indicator '%1' is approved and locked; reopen it before moving it").arg(moved));
    for (const Indicator& i : m_r.indicators) m_t.indicators.insert(i.id);
    return success();
}

Status ChangeApplier::reorderSections(const FieldChange& c)
{
    const QList<Section> before = m_r.sections;
    if (Status s = OrderChange::apply(m_r.sections, c, [](const Section& x) { return x.id; }); !s) return s;
    if (const QString moved = OrderChange::movedApproved(before, m_r.sections); !moved.isEmpty())
        return at(c, tr("the section '%1' is approved and locked; reopen it before moving it").arg(moved));
    for (const Section& x : m_r.sections) m_t.sections.insert(x.id); // each is written at its new place
    return success();
}

Status ChangeApplier::applyComments(const FieldChange& c)
{
    if (c.path.size() != 1 || !c.value.isArray()) return at(c, tr("expected the whole list of comments"));
    const QJsonArray a = c.value.toArray();
    if (a.size() > Limits::kMaxListLength) return at(c, tr("the list is too long"));
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

void ChangeApplier::removeCommentsOn(const QString& kind, const QString& id)
{
    if (m_r.comments.removeIf([&](const Comment& c) { return c.targetKind == kind && c.target == id; }) > 0)
        m_t.comments = true;
}

} // namespace cpc
