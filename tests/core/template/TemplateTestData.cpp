#include "TemplateTestData.h"

#include "support/TestSupport.h"
#include "template/TemplateReader.h"

#include <catch2/catch.hpp>

namespace cpc::test {

QString shippedTemplatePath()
{
    return test::sourcePath(QStringLiteral("resources/templates/colombia-cpc.json"));
}
QString ownSamplePath()
{
    return test::sourcePath(QStringLiteral("resources/samples/sample-report.json"));
}

Template shippedTemplate()
{
    auto t = TemplateReader::read(readFile(shippedTemplatePath()), QStringLiteral("colombia-cpc.json"));
    if (!t) FAIL("the shipped template does not read: " << t.error().toString().toStdString());
    return t.take();
}

QByteArray minimalTemplateJson()
{
    return QByteArrayLiteral(R"({
  "format": "cpcreport-template/1",
  "id": "mini",
  "name": {"en": "Mini template", "es": "Plantilla mínima"},
  "partnership": {"en": "Mini partnership", "es": "Alianza mínima"},
  "title_pattern": {"en": "Annual report, year {year}", "es": "Informe anual, año {year}"},
  "first_period_start": "2022-04-26",
  "source_language": "es",
  "prepared_by": "MOI",
  "variance_threshold": 15,
  "small_number_threshold": 3,
  "objectives": [
    {"number": 1, "name": {"en": "Prevention", "es": "Prevención"}},
    {"number": 2, "name": {"en": "Protection", "es": "Protección"}}
  ],
  "trafficking_types": [
    {"id": "begging", "name": {"en": "Forced begging", "es": "Mendicidad ajena"}}
  ],
  "entities": [
    {"id": "MOI", "kind": "government", "name": {"en": "Ministry of the Interior", "es": "Ministerio del Interior"}},
    {"id": "PADF", "kind": "implementing_partner", "name": {"en": "PADF", "es": "FUPAD"}}
  ],
  "sections": [
    {"id": "summary", "kind": "narrative", "title": {"en": "Summary", "es": "Resumen"},
     "guidance": {"en": "Say what happened.", "es": "Cuente qué pasó."},
     "suggested_words": {"min": 100, "max": 300}, "assigned_to": ["MOI"]},
    {"id": "obj-1", "kind": "objective", "objective": 1, "title": {"en": "Objective 1", "es": "Objetivo 1"},
     "required": true, "assigned_to": ["MOI", "PADF"]},
    {"id": "recs", "kind": "recommendations", "title": {"en": "Recommendations", "es": "Recomendaciones"},
     "required": false}
  ],
  "activity_guidance": {"en": "Describe the activity.", "es": "Describa la actividad."},
  "indicator_guidance": {"en": "Give the figure.", "es": "Dé la cifra."},
  "indicators": [
    {"id": "1.1", "objective": 1, "name": {"en": "People trained", "es": "Personas capacitadas"},
     "responsible": ["PADF"], "baseline": {"value": 0, "period": "2021"}, "targets": {"1": 100, "2": 200}}
  ],
  "glossary": [
    {"term": {"en": "Child", "es": "NNA"}, "definition": {"en": "Under 18.", "es": "Menor de 18 años."}}
  ]
}
)");
}

QByteArray minimalTemplateWith(const QByteArray& from, const QByteArray& to)
{
    QByteArray json = minimalTemplateJson();
    const qsizetype at = json.indexOf(from);
    if (at < 0) FAIL("test data lacks " << from.toStdString());
    return json.replace(at, from.size(), to);
}

} // namespace cpc::test
