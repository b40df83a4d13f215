#include "document/ReportOutline.h"
#include "docx/DocxExporter.h"
#include "support/TestSupport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

QStringList headings(const QList<DocPassage>& passages, std::optional<Language> l)
{
    QStringList out;
    for (const DocPassage& p : passages) {
        const DocBlock& b = l ? (*l == Language::En ? p.en : p.es) : p.both;
        if (b.kind == DocBlock::Kind::Heading) out << (b.number + QLatin1Char(' ') + b.text).trimmed();
    }
    return out;
}

} // namespace

TEST_CASE("the composed report follows the report's order, numbered as printed", "[docx][outline]")
{
    const Report r = smallReport();
    const SuppressionPlan plan(r);
    const QList<DocPassage> passages = ReportOutline(r, plan).compose();
    const QStringList en = headings(passages, Language::En);
    REQUIRE(en.size() >= 6);
    CHECK(en[0] == QStringLiteral("1 Executive summary"));
    // An objective and its number are kept on one line (a no-break space, Typography).
    CHECK(en[1] == QStringLiteral("2 Objective\u00A02: Protection"));
    CHECK(en[2] == QStringLiteral("2.1 Services mapping"));
    CHECK(en.contains(QStringLiteral("3 Performance indicators")));
    CHECK(en.last() == QStringLiteral("Annex B: Entities and acronyms"));
    const QStringList es = headings(passages, Language::Es);
    CHECK(es[1] == QStringLiteral("2 Objetivo\u00A02: Protección"));
    // The bilingual variant (the parallel layout's shared parts) names both.
    CHECK(headings(passages, std::nullopt)[0] == QStringLiteral("1 Executive summary / Resumen ejecutivo"));
}

TEST_CASE("a missing translation shows the original with the same notice as the PDF", "[docx][outline]")
{
    const Report r = smallReport(); // the activity's body has no Spanish
    const SuppressionPlan plan(r);
    bool found = false;
    for (const DocPassage& p : ReportOutline(r, plan).compose())
        if (p.es.kind == DocBlock::Kind::Narrative &&
            p.en.markdown == QStringLiteral("PADF mapped services.")) {
            found = true;
            CHECK(p.es.markdown == QStringLiteral("PADF mapped services."));
            CHECK(p.es.textLanguage == Language::En); // marked as English for spelling and screen readers
            CHECK(p.es.notice.startsWith(QStringLiteral("Traducción pendiente")));
        }
    CHECK(found);
}

TEST_CASE("small counts are masked in the Word version as in the PDF", "[docx][outline][privacy]")
{
    Report r = smallReport();
    r.indicators[0].disaggregation[1] = {Disaggregation{
        QStringLiteral("sex"), {{QStringLiteral("female"), 160}, {QStringLiteral("male"), 3}}}};
    const SuppressionPlan plan(r);
    REQUIRE(plan.enabled());
    bool breakdown = false;
    for (const DocPassage& p : ReportOutline(r, plan).compose()) {
        if (p.en.kind != DocBlock::Kind::Table || p.en.table.headers.value(1) != QStringLiteral("Category"))
            continue;
        breakdown = true;
        for (const auto& row : p.en.table.rows) {
            CHECK(row[2].text != QStringLiteral("3"));
            CHECK(row[2].text != QStringLiteral("160")); // the complement would give the small count away
        }
    }
    CHECK(breakdown);
}

TEST_CASE("the Word export writes a whole package or nothing", "[docx]")
{
    const Report r = smallReport();
    TempDir dir;
    for (auto layout : {PdfOptions::Layout::Sequential, PdfOptions::Layout::Parallel}) {
        PdfOptions o;
        o.layout = layout;
        const QString path = dir.path(QStringLiteral("r.docx"));
        REQUIRE(DocxExporter::exportReport(r, path, o).ok());
        const QByteArray bytes = readFile(path);
        CHECK(bytes.startsWith("PK"));
        for (const char* part : {"[Content_Types].xml", "word/document.xml", "word/styles.xml",
                                 "word/numbering.xml", "docProps/core.xml", "word/_rels/document.xml.rels"})
            CHECK(bytes.contains(part));
    }
    std::atomic<bool> cancel{true};
    const QString other = dir.path(QStringLiteral("cancelled.docx"));
    CHECK_FALSE(DocxExporter::exportReport(r, other, PdfOptions{}, {}, &cancel).ok());
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("the Word version names breakdowns with the same labels as the PDF", "[docx][outline][labels]")
{
    Report r = smallReport(); // year 1 broken down by sex: female, male
    r.breakdownLabels.setDimension(QStringLiteral("sex"), Language::En, QStringLiteral("Sex"));
    r.breakdownLabels.setDimension(QStringLiteral("sex"), Language::Es, QStringLiteral("Sexo"));
    r.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("female"), Language::Es,
                                  QStringLiteral("Niñas y adolescentes"));
    const SuppressionPlan plan(r);
    QStringList es, en, both;
    for (const DocPassage& p : ReportOutline(r, plan).compose()) {
        if (p.en.kind != DocBlock::Kind::Table || p.en.table.headers.value(1) != QStringLiteral("Category"))
            continue;
        for (const auto& row : p.en.table.rows)
            en << row[0].text << row[1].text;
        for (const auto& row : p.es.table.rows)
            es << row[0].text << row[1].text;
        for (const auto& row : p.both.table.rows)
            both << row[0].text << row[1].text;
    }
    CHECK(es == QStringList{QStringLiteral("Sexo"), QStringLiteral("Niñas y adolescentes"),
                            QStringLiteral("Sexo"), QStringLiteral("Male")});
    // English falls back to the Spanish label, never to the code.
    CHECK(en == QStringList{QStringLiteral("Sex"), QStringLiteral("Niñas y adolescentes"),
                            QStringLiteral("Sex"), QStringLiteral("Male")});
    CHECK(both.value(0) == QStringLiteral("Sex / Sexo"));
}
