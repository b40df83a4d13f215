#include "edit/ObjectListChange.h"

#include "edit/ChangeApplier.h"
#include "edit/OrderChange.h"
#include "util/Limits.h"

#include "json/ReportJsonReader.h"
#include <algorithm>
#include <type_traits>

namespace cpc {

namespace {

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
        if (!r.entity(id)) return c.fail(ChangeApplier::tr("unknown entity '%1'").arg(id));
    return success();
}

// Whether a created object fits the report: the entities it names are there and, for a section, the ids
// of its activities are new.
Status fits(const Report&, const FieldChange&, const Entity&)
{
    return success();
}
Status fits(const Report&, const FieldChange&, const GlossaryEntry&)
{
    return success();
}
Status fits(const Report& r, const FieldChange& c, const Activity& a)
{
    return knownEntities(r, c, a.responsible);
}
Status fits(const Report& r, const FieldChange& c, const Indicator& i)
{
    return knownEntities(r, c, i.responsible);
}
Status fits(const Report& r, const FieldChange& c, const Section& s)
{
    if (Status known = knownEntities(r, c, s.assignedTo); !known) return known;
    for (const Activity& a : s.activities)
        if (Status known = fits(r, c, a); !known) return known;
    for (const Activity& a : s.activities)
        if (r.activity(a.id)) return c.fail(ChangeApplier::tr("there is already an activity '%1'").arg(a.id));
    return success();
}

// What a created object's path names it by.
template <typename T> const QString& idOf(const T& object)
{
    return object.id;
}
const QString& idOf(const GlossaryEntry& entry)
{
    return entry.term.en();
}

} // namespace

template <typename T, typename Read>
Status ObjectListChange::create(QList<T>& list, const FieldChange& c, Read read, const QString& already,
                                const QString& misplaced, QSet<QString>* siblings)
{
    const QString id = c.path.last();
    if (std::any_of(list.cbegin(), list.cend(), [&](const T& x) { return idOf(x) == id; }))
        return c.fail(already.arg(id));
    Result<T> o = newObject<T>(c, read);
    if (!o) return o.error();
    if (Status fit = fits(m_r, c, o.value()); !fit) return fit;
    if (idOf(o.value()) != id) return c.fail(misplaced);
    if (list.size() >= Limits::kMaxListLength) return c.fail(ChangeApplier::tr("the list is too long"));
    if (siblings)
        for (const T& sibling : list)
            siblings->insert(idOf(sibling));
    list.append(o.take());
    return success();
}

template <typename T>
Status ObjectListChange::remove(QList<T>& list, const FieldChange& c, const QString& kind,
                                const QString& absent, const QString& locked)
{
    const QString id = c.path.last();
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    if (it == list.end()) return c.fail(absent.arg(id));
    if (!locked.isEmpty() && it->review.isApproved()) return c.fail(locked);
    if constexpr (std::is_same_v<T, Section>)
        for (const Activity& a : it->activities)
            removeCommentsOn(QStringLiteral("activity"), a.id);
    removeCommentsOn(kind, id);
    list.erase(it);
    return success();
}

Status ObjectListChange::entity(const FieldChange& c)
{
    const QString id = c.path.at(1);
    const Entity* existing = m_r.entity(id);
    if (c.removes()) {
        if (!existing) return c.fail(ChangeApplier::tr("there is no entity '%1'").arg(id));
        // Removing an entity that is still named somewhere would leave a dangling reference.
        bool used = m_r.info.preparedBy == id;
        for (const Section& s : m_r.sections) {
            used = used || s.assignedTo.contains(id);
            for (const Activity& a : s.activities)
                used = used || a.responsible.contains(id);
        }
        for (const Indicator& i : m_r.indicators)
            used = used || i.responsible.contains(id);
        if (used)
            return c.fail(
                ChangeApplier::tr("the entity '%1' is still assigned to parts of the report").arg(id));
        m_r.entities.removeIf([&](const Entity& e) { return e.id == id; });
        return success();
    }
    return create(
        m_r.entities, c, [&] { return ReportJsonReader::readEntity(c.value, c.path.toString()); },
        ChangeApplier::tr("there is already an entity '%1'"),
        ChangeApplier::tr("the entity's id does not match its place"));
}

Status ObjectListChange::section(const FieldChange& c)
{
    if (c.removes())
        return remove(m_r.sections, c, QStringLiteral("section"),
                      ChangeApplier::tr("there is no section '%1'"),
                      ChangeApplier::tr("this section is approved and locked; reopen it first"));
    const Status created = create(
        m_r.sections, c, [&] { return ReportJsonReader::readSection(c.value, c.path.toString(), m_r); },
        ChangeApplier::tr("there is already a section '%1'"),
        ChangeApplier::tr("the section's id does not match its place"));
    if (created)
        for (const Activity& a : m_r.sections.last().activities)
            m_t.activities.insert(a.id);
    return created;
}

Status ObjectListChange::activity(Section& s, const FieldChange& c)
{
    const QString aid = c.path.at(3);
    m_t.activities.insert(aid);
    if (s.review.isApproved())
        return c.fail(ChangeApplier::tr("this section is approved and locked; reopen it to change it"));
    if (c.removes()) // an activity is locked by its section's approval, checked above
        return remove(s.activities, c, QStringLiteral("activity"),
                      ChangeApplier::tr("there is no activity '%1' in this section"));
    if (!s.isObjective()) return c.fail(ChangeApplier::tr("only an objective section has activities"));
    const QString already = ChangeApplier::tr("there is already an activity '%1'");
    if (m_r.activity(aid)) return c.fail(already.arg(aid)); // in another section
    // Every sibling is written again with its position: a removal earlier may have left a gap that the
    // new activity's position would otherwise share with an old one.
    return create(
        s.activities, c, [&] { return ReportJsonReader::readActivity(c.value, c.path.toString(), m_r); },
        already, ChangeApplier::tr("the activity's id does not match its place"), &m_t.activities);
}

Status ObjectListChange::indicator(const FieldChange& c)
{
    if (c.removes())
        return remove(m_r.indicators, c, QStringLiteral("indicator"),
                      ChangeApplier::tr("there is no indicator '%1'"),
                      ChangeApplier::tr("this indicator is approved and locked; reopen it first"));
    return create(
        m_r.indicators, c, [&] { return ReportJsonReader::readIndicator(c.value, c.path.toString(), m_r); },
        ChangeApplier::tr("there is already an indicator '%1'"),
        ChangeApplier::tr("the indicator's id does not match its place"),
        &m_t.indicators); // positions, as for activities
}

Status ObjectListChange::glossaryEntry(const FieldChange& c)
{
    const QString term = c.path.at(1);
    const int index = m_r.glossaryIndex(term);
    if (c.removes()) {
        if (index < 0) return c.fail(ChangeApplier::tr("there is no glossary term '%1'").arg(term));
        m_r.glossary.removeAt(index);
        return success();
    }
    return create(
        m_r.glossary, c, [&] { return ReportJsonReader::readGlossaryEntry(c.value, c.path.toString()); },
        ChangeApplier::tr("the glossary already has the term '%1'"),
        ChangeApplier::tr("the term does not match its place"));
}

Status ObjectListChange::indicatorOrder(const FieldChange& c)
{
    const QList<Indicator> before = m_r.indicators;
    if (Status s = OrderChange::apply(m_r.indicators, c, [](const Indicator& i) { return i.id; }); !s)
        return s;
    if (const QString moved = OrderChange::movedApproved(before, m_r.indicators); !moved.isEmpty())
        return c.fail(
            ChangeApplier::tr("the indicator '%1' is approved and locked; reopen it before moving it")
                .arg(moved));
    for (const Indicator& i : m_r.indicators)
        m_t.indicators.insert(i.id);
    return success();
}

Status ObjectListChange::sectionOrder(const FieldChange& c)
{
    const QList<Section> before = m_r.sections;
    if (Status s = OrderChange::apply(m_r.sections, c, [](const Section& x) { return x.id; }); !s) return s;
    if (const QString moved = OrderChange::movedApproved(before, m_r.sections); !moved.isEmpty())
        return c.fail(ChangeApplier::tr("the section '%1' is approved and locked; reopen it before moving it")
                          .arg(moved));
    for (const Section& x : m_r.sections)
        m_t.sections.insert(x.id); // each is written at its new place
    return success();
}

void ObjectListChange::removeCommentsOn(const QString& kind, const QString& id)
{
    if (m_r.comments.removeIf([&](const Comment& c) { return c.targetKind == kind && c.target == id; }) > 0)
        m_t.comments = true;
}

} // namespace cpc
