#include "edit/StructureChanges.h"

#include "edit/CreationChanges.h"
#include "edit/FieldValues.h"
#include "edit/OrderChange.h"
#include "edit/SectionChanges.h"
#include "model/Paths.h"
#include "util/Limits.h"

#include <QJsonObject>
#include <algorithm>

namespace cpc {

namespace {

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

// A title as the report writes it first (its source language), else in the other language.
QString inReportsWords(const Report& r, const BiText& t)
{
    const QString first = t.text(r.info.sourceLanguage);
    return first.isEmpty() ? t.text(otherLanguage(r.info.sourceLanguage)) : first;
}

// The text changes that give a new part its words: through the text fields, as typing would, so that each
// side's revision and translation state start right.
void addTexts(QList<FieldChange>& out, FieldKind field, const QString& id, const BiText& text)
{
    if (!text.es().isEmpty()) out << FieldChange{Paths::of(field, {id, k("es")}), text.es()};
    if (!text.en().isEmpty()) out << FieldChange{Paths::of(field, {id, k("en")}), text.en()};
}

int indexOfActivity(const Section& s, const QString& id)
{
    for (qsizetype i = 0; i < s.activities.size(); ++i)
        if (s.activities[i].id == id) return int(i);
    return -1;
}

// Where `id` would go moved by `step` among the indicators of its objective: the index of the neighbour
// it swaps with, or -1.
int indicatorNeighbour(const Report& r, const QString& id, int step)
{
    const Indicator* ind = r.indicator(id);
    if (!ind || (step != 1 && step != -1)) return -1;
    int at = -1;
    for (qsizetype i = 0; i < r.indicators.size(); ++i)
        if (r.indicators[i].id == id) at = int(i);
    for (int i = at + step; i >= 0 && i < r.indicators.size(); i += step)
        if (r.indicators[i].objective == ind->objective) return i;
    return -1;
}

// Removing a part removes the comments on it; putting it back puts them back.
QList<FieldChange> withComments(const Report& r, QList<FieldChange> out, const QString& kind,
                                const QString& id)
{
    for (const Comment& c : r.comments)
        if (c.targetKind == kind && c.target == id) {
            out << FieldChange{Paths::comments(), FieldValues::get(r, Paths::comments())};
            break;
        }
    return out;
}

} // namespace

QString StructureChanges::nextNumber(int objective, const QStringList& used)
{
    const QString prefix = QString::number(objective) + QLatin1Char('.');
    int top = 0;
    for (const QString& id : used) {
        if (!id.startsWith(prefix)) continue;
        bool ok = false;
        const int n = id.mid(prefix.size()).toInt(&ok);
        if (ok) top = std::max(top, n);
    }
    QString id = prefix + QString::number(top + 1);
    for (int n = top + 2; used.contains(id); ++n)
        id = prefix + QString::number(n);
    return id;
}

Result<StructureChanges::Added> StructureChanges::addActivity(const Report& r, const QString& sectionId,
                                                              const BiText& title)
{
    const Section* s = r.section(sectionId);
    if (!s || !s->isObjective())
        return Error{tr("activities belong to an objective; choose one first"), sectionId};
    if (title.isEmpty()) return Error{tr("give the activity a title"), sectionId};
    QStringList used;
    for (const Section& sec : r.sections)
        for (const Activity& a : sec.activities)
            used << a.id;
    Added out;
    out.id = nextNumber(s->objective, used);
    QJsonObject created{{k("id"), out.id}};
    const FieldPath at = Paths::sectionActivity(sectionId, out.id);
    out.changes << FieldChange{at, created};
    addTexts(out.changes, FieldKind::ActivityTitle, out.id, title);
    return out;
}

Result<StructureChanges::Added> StructureChanges::addIndicator(const Report& r, int objective,
                                                               const BiText& name)
{
    if (objective < 1 || objective > 4)
        return Error{tr("an indicator belongs to one of the four objectives"), QString()};
    if (name.isEmpty()) return Error{tr("give the indicator a name"), QString()};
    QStringList used;
    for (const Indicator& i : r.indicators)
        used << i.id;
    Added out;
    out.id = nextNumber(objective, used);
    out.changes << FieldChange{Paths::indicator(out.id),
                               QJsonObject{{k("id"), out.id}, {k("objective"), objective}}};
    addTexts(out.changes, FieldKind::IndicatorName, out.id, name);
    // After the last indicator of its objective (or of a lower one), where the navigator lists it.
    QStringList order;
    qsizetype insertAt = 0;
    for (qsizetype i = 0; i < r.indicators.size(); ++i) {
        order << r.indicators[i].id;
        if (r.indicators[i].objective <= objective) insertAt = i + 1;
    }
    if (insertAt < order.size()) {
        order.insert(insertAt, out.id);
        out.changes << FieldChange{Paths::indicatorOrder(), OrderChange::value(order)};
    }
    return out;
}

Result<StructureChanges::Added> StructureChanges::addGlossaryTerm(const Report& r, const BiText& term)
{
    const QString en = term.en().simplified();
    if (en.isEmpty())
        return Error{tr("write the term in English too: it is how the glossary knows the entry"), QString()};
    if (en.size() > Limits::kMaxIdLength)
        return Error{tr("a term can be at most %1 characters long").arg(Limits::kMaxIdLength), QString()};
    if (r.glossaryIndex(en) >= 0) return Error{tr("the glossary already has “%1”").arg(en), QString()};
    QJsonObject t{{k("en"), en}};
    if (!term.es().isEmpty()) t.insert(k("es"), term.es().simplified());
    Added out;
    out.id = en;
    out.changes << FieldChange{Paths::glossaryEntry(en), QJsonObject{{k("term"), t}}};
    return out;
}

QString StructureChanges::entityIdFrom(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString id;
    if (words.size() == 1) {
        for (const QChar c : words.first())
            if (c.isLetterOrNumber()) id += c.toUpper();
    } else {
        for (const QString& w : words)
            if (w.front().isUpper() || w.front().isDigit()) id += w.front();
    }
    // Ids are ASCII in files and paths: letters with accents lose them.
    id = id.normalized(QString::NormalizationForm_D);
    id.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
    return id.left(Limits::kMaxIdLength - 4);
}

Result<StructureChanges::Added> StructureChanges::addEntity(const Report& r, const QString& kind,
                                                            const BiText& acronym, const BiText& name)
{
    if (name.isEmpty() && acronym.isEmpty()) return Error{tr("give the entity a name"), QString()};
    const QString from = !acronym.es().isEmpty()   ? acronym.es()
                         : !acronym.en().isEmpty() ? acronym.en()
                         : !name.es().isEmpty()    ? name.es()
                                                   : name.en();
    QString base = entityIdFrom(from);
    if (base.isEmpty()) base = k("ENTITY");
    QString id = base;
    for (int n = 2; r.entity(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    Added out;
    out.id = id;
    out.changes << FieldChange{Paths::entity(id), QJsonObject{{k("id"), id}, {k("kind"), kind}}};
    addTexts(out.changes, FieldKind::EntityAcronym, id, acronym);
    addTexts(out.changes, FieldKind::EntityName, id, name);
    return out;
}

Result<QList<FieldChange>> StructureChanges::removeActivity(const Report& r, const QString& id)
{
    const Section* owner = nullptr;
    if (!r.activity(id, &owner)) return Error{tr("there is no activity '%1'").arg(id), id};
    return QList<FieldChange>{
        FieldChange{Paths::sectionActivity(owner->id, id), QJsonValue(QJsonValue::Null)}};
}

Result<QList<FieldChange>> StructureChanges::removeIndicator(const Report& r, const QString& id)
{
    if (!r.indicator(id)) return Error{tr("there is no indicator '%1'").arg(id), id};
    return QList<FieldChange>{FieldChange{Paths::indicator(id), QJsonValue(QJsonValue::Null)}};
}

Result<QList<FieldChange>> StructureChanges::removeGlossaryTerm(const Report& r, const QString& termEn)
{
    if (r.glossaryIndex(termEn) < 0) return Error{tr("there is no glossary term '%1'").arg(termEn), termEn};
    return QList<FieldChange>{FieldChange{Paths::glossaryEntry(termEn), QJsonValue(QJsonValue::Null)}};
}

Result<QList<FieldChange>> StructureChanges::removeEntity(const Report& r, const QString& id)
{
    if (!r.entity(id)) return Error{tr("there is no entity '%1'").arg(id), id};
    QStringList places;
    if (r.info.preparedBy == id) places << tr("it prepares the report (cover)");
    for (const Section& s : r.sections) {
        if (s.assignedTo.contains(id)) places << tr("section “%1”").arg(inReportsWords(r, s.title));
        for (const Activity& a : s.activities)
            if (a.responsible.contains(id)) places << tr("activity %1").arg(a.id);
    }
    for (const Indicator& i : r.indicators)
        if (i.responsible.contains(id)) places << tr("indicator %1").arg(i.id);
    if (!places.isEmpty())
        return Error{
            tr("the entity is still named in the report (%1): assign those parts to another entity first")
                .arg(places.join(QStringLiteral(", "))),
            id};
    return QList<FieldChange>{FieldChange{Paths::entity(id), QJsonValue(QJsonValue::Null)}};
}

bool StructureChanges::canMoveActivity(const Report& r, const QString& id, int step)
{
    const Section* owner = nullptr;
    if (!r.activity(id, &owner) || (step != 1 && step != -1)) return false;
    const int at = indexOfActivity(*owner, id) + step;
    return at >= 0 && at < owner->activities.size();
}

bool StructureChanges::canMoveIndicator(const Report& r, const QString& id, int step)
{
    return indicatorNeighbour(r, id, step) >= 0;
}

Result<QList<FieldChange>> StructureChanges::moveActivity(const Report& r, const QString& id, int step)
{
    if (!canMoveActivity(r, id, step)) return Error{tr("the activity cannot move further"), id};
    const Section* owner = nullptr;
    r.activity(id, &owner);
    QStringList order;
    for (const Activity& a : owner->activities)
        order << a.id;
    const int at = indexOfActivity(*owner, id);
    order.swapItemsAt(at, at + step);
    return QList<FieldChange>{FieldChange{Paths::activityOrder(owner->id), OrderChange::value(order)}};
}

Result<QList<FieldChange>> StructureChanges::moveIndicator(const Report& r, const QString& id, int step)
{
    const int other = indicatorNeighbour(r, id, step);
    if (other < 0) return Error{tr("the indicator cannot move further"), id};
    QStringList order;
    for (const Indicator& i : r.indicators)
        order << i.id;
    order.swapItemsAt(order.indexOf(id), other);
    return QList<FieldChange>{FieldChange{Paths::indicatorOrder(), OrderChange::value(order)}};
}

QList<FieldChange> StructureChanges::restoreRemoved(const Report& r, const FieldChange& removal)
{
    if (!removal.value.isNull() && !removal.value.isUndefined()) return {};
    const FieldPath& p = removal.path;
    QList<FieldChange> out;
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    if (!m) return {};
    if (m->kind() == FieldKind::Section) {
        const Section* s = r.section(p.at(1));
        if (!s) return {};
        out = SectionChanges::restoreRemoved(r, removal);
        const qsizetype plain = out.size();
        out = withComments(r, out, k("section"), s->id); // the whole comment list, once
        for (const Activity& a : s->activities)
            if (out.size() == plain) out = withComments(r, out, k("activity"), a.id);
        return out;
    }
    if (m->kind() == FieldKind::Indicator) {
        const Indicator* ind = r.indicator(p.at(1));
        if (!ind) return {};
        out << CreationChanges::indicator(*ind);
        QStringList order;
        for (const Indicator& i : r.indicators)
            order << i.id;
        out << FieldChange{Paths::indicatorOrder(), OrderChange::value(order)};
        return withComments(r, out, k("indicator"), ind->id);
    }
    if (m->kind() != FieldKind::SectionActivity && m->kind() != FieldKind::Activity) return {};
    const Section* owner = nullptr;
    const Activity* a = r.activity(p.last(), &owner);
    if (!a) return {};
    out << CreationChanges::activity(owner->id, *a);
    QStringList order;
    for (const Activity& x : owner->activities)
        order << x.id;
    out << FieldChange{Paths::activityOrder(owner->id), OrderChange::value(order)};
    return withComments(r, out, k("activity"), a->id);
}

} // namespace cpc
