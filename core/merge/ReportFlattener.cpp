#include "merge/ReportFlattener.h"

#include "json/ReportJsonWriter.h"
#include <QJsonArray>
#include <QJsonObject>

namespace cpc {

namespace {

// Walks an object's JSON, turning nested objects into path segments. Arrays (lists of ids) are leaves;
// translation-state markers are not values.
void walk(const QJsonValue& v, const QString& prefix, QMap<QString, QJsonValue>& out)
{
    if (!v.isObject()) {
        out.insert(prefix, v);
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("stale") || it.key() == QLatin1String("previous")) continue;
        QString key = it.key();
        key.replace(QLatin1String("%"), QLatin1String("%25"))
            .replace(QLatin1String("/"), QLatin1String("%2F"));
        walk(it.value(), prefix + QLatin1Char('/') + key, out);
    }
}

QString seg(QString s)
{
    return s.replace(QLatin1String("%"), QLatin1String("%25"))
        .replace(QLatin1String("/"), QLatin1String("%2F"));
}

void walkObject(QJsonObject o, const QString& prefix, QMap<QString, QJsonValue>& out,
                const char* dropKey = nullptr)
{
    o.remove(QStringLiteral("id"));
    if (dropKey) o.remove(QString::fromLatin1(dropKey));
    walk(o, prefix, out);
}

} // namespace

QMap<QString, QJsonValue> ReportFlattener::flatten(const Report& r)
{
    QMap<QString, QJsonValue> out;
    const QJsonObject doc = ReportJsonWriter::toJson(r);
    walk(doc.value(QStringLiteral("report")), QStringLiteral("report"), out);
    for (const Entity& e : r.entities)
        walkObject(ReportJsonWriter::toJson(e), QStringLiteral("entities/") + seg(e.id), out);
    for (const Section& s : r.sections) {
        walkObject(ReportJsonWriter::toJson(s), QStringLiteral("sections/") + seg(s.id), out, "activities");
        for (const Activity& a : s.activities)
            walkObject(ReportJsonWriter::toJson(a), QStringLiteral("activities/") + seg(a.id), out);
    }
    for (const Indicator& i : r.indicators)
        walkObject(ReportJsonWriter::toJson(i), QStringLiteral("indicators/") + seg(i.id), out);
    for (const GlossaryEntry& g : r.glossary)
        walk(ReportJsonWriter::toJson(g), QStringLiteral("glossary/") + seg(g.term.en()), out);
    // Label sides, by the paths edits use (edit/BreakdownLabelChange).
    for (const BreakdownLabels::Dimension& d : r.breakdownLabels.dimensions()) {
        const QString dim = QStringLiteral("breakdown_labels/") + seg(d.code);
        walk(ReportJsonWriter::toJson(BiText(d.label.en(), d.label.es())), dim + QStringLiteral("/label"),
             out);
        for (const BreakdownLabels::Category& c : d.categories)
            walk(ReportJsonWriter::toJson(BiText(c.label.en(), c.label.es())),
                 dim + QStringLiteral("/categories/") + seg(c.code), out);
    }
    return out;
}

} // namespace cpc
