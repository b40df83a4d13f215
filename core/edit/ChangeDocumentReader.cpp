#include "edit/ChangeDocumentReader.h"

#include "edit/BreakdownLabelsPatch.h"
#include "edit/CreationChanges.h"
#include "edit/ObjectPatchReader.h"
#include "model/Paths.h"
#include "util/Limits.h"

#include "json/IndicatorJsonReader.h"
#include "json/JsonTextReader.h"
#include "json/OrderedJson.h"
#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include "json/SectionJsonReader.h"
#include <QJsonArray>
#include <QSet>

namespace cpc {

namespace {

using F = JsonFieldReader;

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

Result<QList<FieldChange>> ChangeDocumentReader::read(const QByteArray& bytes, const Report& current,
                                                      const QString& fileName)
{
    Result<OrderedJson> parsed = JsonTextReader::parse(bytes, fileName);
    if (!parsed) return parsed.error();
    ChangeDocumentReader reader(current, fileName);
    if (!reader.document(parsed.value())) return reader.m_f.error();
    return reader.m_changes;
}

bool ChangeDocumentReader::document(const OrderedJson& root)
{
    if (!root.isObject())
        return m_f.fail(QString(),
                        tr("expected a change document: an object {...} in the shape of cpcreport-json/1"));
    if (!ReportJsonReader::checkFormat(root, false, m_f)) return false;
    if (!m_f.object(root, QString(),
                    F::keys({"format", "report", "entities", "sections", "indicators", "glossary",
                             "breakdown_labels", "comments"})))
        return false;
    ObjectPatchReader fields(m_context, m_f, m_changes);
    // Entities first, so that the rest may refer to entities the same document creates.
    return F::ifPresent(root, "entities", QString(),
                        [&](const OrderedJson& v, const QString& p) { return entities(v, p); }) &&
           F::ifPresent(root, "report", QString(),
                        [&](const OrderedJson& v, const QString& p) { return fields.report(v, p); }) &&
           F::ifPresent(root, "sections", QString(),
                        [&](const OrderedJson& v, const QString& p) { return sections(v, p); }) &&
           F::ifPresent(root, "indicators", QString(),
                        [&](const OrderedJson& v, const QString& p) { return indicators(v, p); }) &&
           F::ifPresent(root, "glossary", QString(),
                        [&](const OrderedJson& v, const QString& p) { return glossary(v, p); }) &&
           F::ifPresent(root, "breakdown_labels", QString(),
                        [&](const OrderedJson& v, const QString& p) {
                            return BreakdownLabelsPatch::read(v, p, m_f, m_changes);
                        }) &&
           F::ifPresent(root, "comments", QString(),
                        [&](const OrderedJson& v, const QString& p) { return comments(v, p); });
}

bool ChangeDocumentReader::items(const OrderedJson& list, const QString& path, const ListRules& r)
{
    if (!m_f.array(list, path)) return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        QString id, idPath;
        bool remove = false;
        if (!r.name(v, p, id, idPath, remove)) return false;
        if (seen.contains(id)) return m_f.fail(idPath, r.twice.arg(id));
        seen.insert(id);
        if (r.check && !r.check(id, idPath)) return false;
        const bool exists = r.exists(id);
        if (remove) {
            if (!exists) return m_f.fail(idPath, r.noneToRemove.arg(id));
            m_changes.append(FieldChange{r.removal(id), QJsonValue(QJsonValue::Null), false});
            continue;
        }
        if (!(exists ? r.change(v, p, id) : r.create(v.without(QLatin1StringView("remove")), p)))
            return false;
    }
    return true;
}

bool ChangeDocumentReader::listItem(const OrderedJson& v, const QString& path, QString& id, QString& idPath,
                                    bool& remove)
{
    if (!v.isObject()) return m_f.object(v, path, {});
    idPath = F::member(path, k("id"));
    if (!F::has(v, u"id"))
        return m_f.fail(
            idPath, tr("the required field '%1' is missing; it says which object to change").arg(k("id")));
    if (!m_f.label(F::at(v, u"id"), idPath, id)) return false;
    if (!F::ifPresent(v, "remove", path,
                      [&](const OrderedJson& r, const QString& p) { return m_f.flag(r, p, remove); }))
        return false;
    if (remove && v.members().size() > 2)
        return m_f.fail(path,
                        tr("an object to remove gives only its '%1' and \"remove\": true").arg(k("id")));
    return true;
}

bool ChangeDocumentReader::glossaryItem(const OrderedJson& v, const QString& p, QString& english,
                                        QString& termPath, bool& remove)
{
    termPath = F::member(F::member(p, k("term")), k("en"));
    if (!v.isObject()) return m_f.object(v, p, {});
    if (!F::ifPresent(v, "remove", p,
                      [&](const OrderedJson& r, const QString& rp) { return m_f.flag(r, rp, remove); }))
        return false;
    const OrderedJson& term = F::at(v, u"term");
    if (!term.isObject() || !F::has(term, u"en"))
        return m_f.fail(termPath,
                        tr("a glossary entry is matched by its English term: give \"term\": {\"en\": ...}"));
    if (!m_f.label(F::at(term, u"en"), termPath, english)) return false;
    if (remove && (v.members().size() > 2 || term.members().size() > 1) &&
        m_context.glossaryIndex(english) >= 0)
        return m_f.fail(p, tr("an entry to remove gives only its English term and \"remove\": true"));
    return true;
}

bool ChangeDocumentReader::entities(const OrderedJson& list, const QString& path)
{
    ObjectPatchReader fields(m_context, m_f, m_changes);
    return items(list, path,
                 ListRules{[&](const OrderedJson& v, const QString& p, QString& id, QString& ip, bool& rm) {
                               return listItem(v, p, id, ip, rm);
                           },
                           tr("the entity '%1' appears twice in this document"),
                           tr("there is no entity '%1' to remove"),
                           [&](const QString& id) { return m_context.entity(id) != nullptr; }, nullptr,
                           &Paths::entity,
                           [&](const OrderedJson& v, const QString& p) {
                               Entity e;
                               if (!ReportJsonReader::readEntity(v, p, m_f, e)) return false;
                               m_context.entities.append(e);
                               m_changes.append(CreationChanges::entity(e));
                               return true;
                           },
                           [&](const OrderedJson& v, const QString& p, const QString& id) {
                               return fields.entity(v, p, *m_context.entity(id));
                           }});
}

bool ChangeDocumentReader::sections(const OrderedJson& list, const QString& path)
{
    ObjectPatchReader fields(m_context, m_f, m_changes);
    return items(
        list, path,
        ListRules{
            [&](const OrderedJson& v, const QString& p, QString& id, QString& ip, bool& rm) {
                return listItem(v, p, id, ip, rm);
            },
            tr("the section '%1' appears twice in this document"), tr("there is no section '%1' to remove"),
            [&](const QString& id) { return m_context.section(id) != nullptr; }, nullptr, &Paths::section,
            [&](const OrderedJson& v, const QString& p) {
                Section s;
                if (!SectionJsonReader::read(v, p, m_context, m_f, s)) return false;
                for (qsizetype a = 0; a < s.activities.size(); ++a)
                    if (m_context.activity(s.activities[a].id))
                        return m_f.fail(F::member(F::index(F::member(p, k("activities")), a), k("id")),
                                        tr("there is already an activity '%1'").arg(s.activities[a].id));
                m_context.sections.append(s);
                m_changes.append(CreationChanges::section(s));
                return true;
            },
            [&](const OrderedJson& v, const QString& p, const QString& id) {
                const Section s = *m_context.section(id);
                return fields.section(v, p, s) &&
                       F::ifPresent(v, "activities", p, [&](const OrderedJson& x, const QString& xp) {
                           if (s.kind != QLatin1String("objective"))
                               return m_f.fail(xp, tr("only a section of kind \"objective\" has activities"));
                           return activities(x, xp, id);
                       });
            }});
}

bool ChangeDocumentReader::activities(const OrderedJson& list, const QString& path, const QString& sectionId)
{
    ObjectPatchReader fields(m_context, m_f, m_changes);
    return items(
        list, path,
        ListRules{[&](const OrderedJson& v, const QString& p, QString& id, QString& ip, bool& rm) {
                      return listItem(v, p, id, ip, rm);
                  },
                  tr("the activity '%1' appears twice in this section"),
                  tr("there is no activity '%1' to remove"),
                  [&](const QString& id) { return m_context.activity(id) != nullptr; },
                  [&](const QString& id, const QString& idPath) {
                      const Section* owner = nullptr;
                      if (m_context.activity(id, &owner) && owner->id != sectionId)
                          return m_f.fail(
                              idPath, tr("the activity '%1' belongs to the section '%2'").arg(id, owner->id));
                      return true;
                  },
                  [&](const QString& id) { return Paths::sectionActivity(sectionId, id); },
                  [&](const OrderedJson& v, const QString& p) {
                      Activity a;
                      if (!SectionJsonReader::activity(v, p, m_context, m_f, a)) return false;
                      m_context.section(sectionId)->activities.append(a);
                      m_changes.append(CreationChanges::activity(sectionId, a));
                      return true;
                  },
                  [&](const OrderedJson& v, const QString& p, const QString& id) {
                      return fields.activity(v, p, *m_context.activity(id));
                  }});
}

bool ChangeDocumentReader::indicators(const OrderedJson& list, const QString& path)
{
    ObjectPatchReader fields(m_context, m_f, m_changes);
    return items(list, path,
                 ListRules{[&](const OrderedJson& v, const QString& p, QString& id, QString& ip, bool& rm) {
                               return listItem(v, p, id, ip, rm);
                           },
                           tr("the indicator '%1' appears twice in this document"),
                           tr("there is no indicator '%1' to remove"),
                           [&](const QString& id) { return m_context.indicator(id) != nullptr; }, nullptr,
                           &Paths::indicator,
                           [&](const OrderedJson& v, const QString& p) {
                               Indicator ind;
                               if (!IndicatorJsonReader::read(v, p, m_context, m_f, ind)) return false;
                               m_context.indicators.append(ind);
                               m_changes.append(CreationChanges::indicator(ind));
                               return true;
                           },
                           [&](const OrderedJson& v, const QString& p, const QString& id) {
                               return fields.indicator(v, p, *m_context.indicator(id));
                           }});
}

bool ChangeDocumentReader::glossary(const OrderedJson& list, const QString& path)
{
    ObjectPatchReader fields(m_context, m_f, m_changes);
    return items(list, path,
                 ListRules{[&](const OrderedJson& v, const QString& p, QString& id, QString& ip, bool& rm) {
                               return glossaryItem(v, p, id, ip, rm);
                           },
                           tr("the term '%1' appears twice in this document"),
                           tr("there is no glossary term '%1' to remove"),
                           [&](const QString& id) { return m_context.glossaryIndex(id) >= 0; }, nullptr,
                           &Paths::glossaryEntry,
                           [&](const OrderedJson& v, const QString& p) {
                               GlossaryEntry g;
                               if (!ReportJsonReader::readGlossaryEntry(v, p, m_f, g)) return false;
                               m_context.glossary.append(g);
                               m_changes.append(CreationChanges::glossaryEntry(g));
                               return true;
                           },
                           [&](const OrderedJson& v, const QString& p, const QString& id) {
                               return fields.glossaryEntry(v, p,
                                                           m_context.glossary[m_context.glossaryIndex(id)]);
                           }});
}

bool ChangeDocumentReader::comments(const OrderedJson& list, const QString& path)
{
    if (!m_f.array(list, path)) return false;
    if (list.elements().isEmpty()) return true;
    QList<Comment> all = m_context.comments;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        Comment c;
        if (!ReportJsonReader::readComment(list.elements()[i], F::index(path, i), m_context, m_f, c))
            return false;
        auto same = std::find_if(all.begin(), all.end(), [&](const Comment& x) {
            return x.targetKind == c.targetKind && x.target == c.target && x.author == c.author &&
                   x.at == c.at && x.text == c.text;
        });
        if (same != all.end())
            same->resolved = c.resolved;
        else
            all.append(c);
    }
    if (all.size() > Limits::kMaxListLength)
        return m_f.fail(path, tr("the report would have more than %1 comments").arg(Limits::kMaxListLength));
    QJsonArray array;
    for (const Comment& c : all)
        array.append(ReportJsonWriter::toJson(c));
    m_context.comments = all;
    m_changes.append(FieldChange{Paths::comments(), array, false});
    return true;
}

} // namespace cpc
