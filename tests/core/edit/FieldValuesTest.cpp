// FieldValues reads a field from the model through the schema; its value must be the one the JSON
// form of the whole report holds at that path (what history recorded when it wrote objects out).
#include "edit/FieldValues.h"

#include "model/FieldSchema.h"
#include "support/TestSupport.h"

#include "json/ReportJsonWriter.h"
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

QJsonValue byKey(const QJsonArray& list, const QString& key, const QString& id)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(key) == QJsonValue(id)) return v;
    return QJsonValue(QJsonValue::Undefined);
}

// The reference: the whole report written out, then followed segment by segment.
QJsonValue written(const QJsonObject& doc, const FieldPath& p)
{
    const QString root = p.at(0), id = p.at(1);
    QJsonValue v;
    int from = 2;
    if (root == QLatin1String("report")) {
        v = doc.value(root);
        from = 1;
    } else if (root == QLatin1String("activities")) {
        v = QJsonValue(QJsonValue::Undefined);
        for (const QJsonValue& s : doc.value(QStringLiteral("sections")).toArray())
            if (QJsonValue a = byKey(s.toObject().value(QStringLiteral("activities")).toArray(),
                                     QStringLiteral("id"), id);
                !a.isUndefined())
                v = a;
    } else if (root == QLatin1String("glossary")) {
        v = QJsonValue(QJsonValue::Undefined);
        for (const QJsonValue& g : doc.value(root).toArray())
            if (g.toObject().value(QStringLiteral("term")).toObject().value(QStringLiteral("en")) ==
                QJsonValue(id))
                v = g;
    } else {
        v = byKey(doc.value(root).toArray(), QStringLiteral("id"), id);
    }
    for (int i = from; i < p.size() && !v.isUndefined(); ++i)
        v = v.toObject().value(p.at(i));
    return v;
}

} // namespace

TEST_CASE("every field read from the model has the value the report's JSON form holds",
          "[edit][values][schema]")
{
    Report r = test::sampleReport();
    // The forms the JSON leaves out: a default review status, an empty reason, an unset flag.
    r.sections[0].review.reason = QStringLiteral("Falta la cifra de 2024");
    r.indicators[0].review.status = ReviewStatus::Approved;
    r.indicators[0].key = true;
    r.indicators[0].sensitive = false;
    // The report's own fields are always given (the JSON form leaves out a default policy and no author).
    r.info.smallNumbers.threshold = 7;
    r.info.preparedBy = r.entities[0].id;
    const QJsonObject doc = ReportJsonWriter::toJson(r);

    QStringList ids{QStringLiteral("missing")};
    QStringList years{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2031")};
    for (const Entity& e : r.entities)
        ids << e.id;
    for (const Section& s : r.sections) {
        ids << s.id;
        for (const Activity& a : s.activities)
            ids << a.id;
    }
    for (const Indicator& i : r.indicators) {
        ids << i.id;
        for (int y : i.targets.keys() + i.actuals.keys() + i.varianceExplanation.keys())
            years << QString::number(y);
    }
    for (const GlossaryEntry& g : r.glossary)
        ids << g.term.en();
    years.removeDuplicates();

    int compared = 0;
    for (const FieldSpec& spec : FieldSchema::fields()) {
        if (spec.type == FieldType::Object || spec.type == FieldType::Order ||
            spec.type == FieldType::Comments)
            continue;
        if (spec.owner == FieldOwner::BreakdownLabels || spec.kind == FieldKind::IndicatorBreakdownCategory)
            continue;
        const QStringList pattern = QString::fromLatin1(spec.pattern).split(QLatin1Char('/'));
        for (const QString& id : ids)
            for (const QString& year : years)
                for (const QString& lang : {QStringLiteral("en"), QStringLiteral("es")}) {
                    QStringList segments;
                    for (const QString& s : pattern)
                        segments << (s == QLatin1String("ID") || s == QLatin1String("TERM") ? id
                                     : s == QLatin1String("YEAR")                           ? year
                                     : s == QLatin1String("LANG")                           ? lang
                                                                                            : s);
                    const FieldPath p(segments);
                    INFO(p.toString().toStdString());
                    CHECK(FieldValues::get(r, p) == written(doc, p));
                    ++compared;
                }
    }
    CHECK(compared > 1000);
}
