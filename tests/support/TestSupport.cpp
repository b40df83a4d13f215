#include "support/TestSupport.h"

#include "json/ReportJsonReader.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

namespace cpc::test {

QString sampleFixturePath()
{
    return fixturePath(QStringLiteral("sample-report.json"));
}

QString fixturePath(const QString& relative)
{
    return QStringLiteral(CPC_TEST_FIXTURES_DIR "/") + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(CPC_TEST_SOURCE_DIR "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) FAIL("cannot read " << path.toStdString());
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) FAIL("cannot write " << path.toStdString());
    f.write(bytes);
}

Report sampleReport()
{
    auto r = ReportJsonReader::read(readFile(sampleFixturePath()), QStringLiteral("sample-report.json"));
    if (!r) FAIL("sample report does not parse: " << r.error().toString().toStdString());
    return r.take();
}

QByteArray templateWithOptionalSections()
{
    QJsonObject t =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("resources/templates/colombia-cpc.json"))))
            .object();
    QJsonArray sections;
    for (const QJsonValue& v : t.value(QStringLiteral("sections")).toArray()) {
        QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("id")).toString() == QStringLiteral("sustainability")) {
            s.insert(QStringLiteral("required"), false);
            sections.append(s);
            sections.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("lessons-learned")},
                            {QStringLiteral("kind"), QStringLiteral("narrative")},
                            {QStringLiteral("required"), false},
                            {QStringLiteral("title"),
                             QJsonObject{{QStringLiteral("en"), QStringLiteral("Lessons learned")},
                                         {QStringLiteral("es"), QStringLiteral("Lecciones aprendidas")}}}});
            continue;
        }
        sections.append(s);
    }
    t.insert(QStringLiteral("sections"), sections);
    return QJsonDocument(t).toJson();
}

Report smallReport()
{
    Report r;
    r.info.templateId = QStringLiteral("colombia-cpc");
    r.info.partnership = BiText(QStringLiteral("CPC Partnership"), QStringLiteral("Alianza CPC"));
    r.info.title = BiText(QStringLiteral("Annual report"), QStringLiteral("Informe anual"));
    r.info.reportingYear = 1;
    r.info.periodStart = QStringLiteral("2022-04-26");
    r.info.periodEnd = QStringLiteral("2023-04-25");
    r.info.preparedBy = QStringLiteral("MOI");
    r.entities.append(Entity{
        QStringLiteral("MOI"), QStringLiteral("government"),
        BiText(QStringLiteral("MOI"), QStringLiteral("MinInterior")),
        BiText(QStringLiteral("Ministry of the Interior"), QStringLiteral("Ministerio del Interior"))});
    r.entities.append(Entity{QStringLiteral("PADF"), QStringLiteral("implementing_partner"),
                             BiText(QStringLiteral("PADF"), QStringLiteral("FUPAD")),
                             BiText(QStringLiteral("Pan American Development Foundation"),
                                    QStringLiteral("Fundación Panamericana para el Desarrollo"))});
    Section summary;
    summary.id = QStringLiteral("executive-summary");
    summary.kind = QStringLiteral("narrative");
    summary.title = BiText(QStringLiteral("Executive summary"), QStringLiteral("Resumen ejecutivo"));
    summary.body = BiText(QStringLiteral("The **first** year."), QStringLiteral("El **primer** año."));
    summary.assignedTo = {QStringLiteral("MOI")};
    summary.review.status = ReviewStatus::Drafting;
    Section objective;
    objective.id = QStringLiteral("objective-2");
    objective.kind = QStringLiteral("objective");
    objective.objective = 2;
    objective.title =
        BiText(QStringLiteral("Objective 2: Protection"), QStringLiteral("Objetivo 2: Protección"));
    objective.assignedTo = {QStringLiteral("MOI"), QStringLiteral("PADF")};
    Activity a;
    a.id = QStringLiteral("2.1");
    a.title = BiText(QStringLiteral("Services mapping"), QStringLiteral("Mapeo de servicios"));
    a.responsible = {QStringLiteral("PADF")};
    a.status = QStringLiteral("in_progress");
    a.traffickingTypes = {QStringLiteral("recruitment")};
    a.body = BiText(QStringLiteral("PADF mapped services."), QString());
    objective.activities.append(a);
    r.sections << summary << objective;
    Indicator i;
    i.id = QStringLiteral("2.1");
    i.objective = 2;
    i.name = BiText(QStringLiteral("Child victims receiving services"),
                    QStringLiteral("NNA víctimas que reciben servicios"));
    i.responsible = {QStringLiteral("MOI")};
    i.hasBaseline = true;
    i.baselineValue = 120;
    i.baselinePeriod = QStringLiteral("2021");
    i.targets = {{1, 150.0}, {2, 180.0}};
    i.actuals = {{1, 163.0}, {2, std::nullopt}};
    i.disaggregation[1] = {Disaggregation{QStringLiteral("sex"),
                                          {{QStringLiteral("female"), 120}, {QStringLiteral("male"), 43}}}};
    i.varianceExplanation[1] = BiText(QStringLiteral("More referrals."), QStringLiteral("Más remisiones."));
    r.indicators.append(i);
    r.glossary.append(GlossaryEntry{
        BiText(QStringLiteral("Child"), QStringLiteral("Niña, niño o adolescente")),
        BiText(QStringLiteral("A person under 18."), QStringLiteral("Persona menor de 18 años."))});
    r.comments.append(Comment{QStringLiteral("section"), QStringLiteral("objective-2"), QStringLiteral("MOI"),
                              QStringLiteral("2023-08-01T10:00:00Z"), QStringLiteral("Please add figures."),
                              false});
    // Texts read from a document start current on both sides.
    auto settle = [](BiText& t) { t.setBookkeeping(1, 1, 1, 1); };
    settle(r.info.partnership);
    settle(r.info.title);
    settle(r.sections[0].title);
    settle(r.sections[0].body);
    settle(r.sections[1].title);
    settle(r.sections[1].activities[0].title);
    settle(r.sections[1].activities[0].body);
    settle(r.indicators[0].name);
    settle(r.indicators[0].varianceExplanation[1]);
    settle(r.glossary[0].term);
    settle(r.glossary[0].definition);
    for (Entity& e : r.entities) {
        settle(e.acronym);
        settle(e.name);
    }
    return r;
}

TempDir::TempDir() : m_dir(std::make_unique<QTemporaryDir>())
{
    REQUIRE(m_dir->isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir->filePath(name);
}

QPair<QString, QString> entityOfAnIndicator(const Report& r)
{
    for (const Indicator& i : r.indicators)
        if (!i.responsible.isEmpty()) return {i.responsible.first(), i.id};
    return {};
}

QStringList activityIds(const Report& r, const QString& section)
{
    QStringList out;
    for (const Activity& a : r.section(section)->activities)
        out << a.id;
    return out;
}

QStringList sectionIds(const Report& r)
{
    QStringList out;
    for (const Section& s : r.sections)
        out << s.id;
    return out;
}

QStringList indicatorIds(const Report& r)
{
    QStringList out;
    for (const Indicator& i : r.indicators)
        out << i.id;
    return out;
}

} // namespace cpc::test
