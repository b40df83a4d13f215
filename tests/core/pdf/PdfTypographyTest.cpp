// The text-preparation step of the printed formats (Typography): typographic quotes and apostrophes,
// no-break spaces where a line must not break, the author's Markdown left intact; and the PDF prints it.
#include "PdfTestFonts.h"
#include "PdfToolCheck.h"
#include "document/ReportOutline.h"
#include "document/Typography.h"
#include "export/SuppressionPlan.h"
#include "pdf/PdfDocumentPlan.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
const QString nb(QChar(0x00A0));
}

TEST_CASE("Straight quotes and apostrophes become typographic ones", "[pdf][typography]")
{
    CHECK(Typography::prepare(QStringLiteral("the \"Compact\" and the children's rights")) ==
          QStringLiteral("the “Compact” and the children’s rights"));
    CHECK(Typography::prepare(QStringLiteral("la 'trata' en el '22, (\"ruta\")")) ==
          QStringLiteral("la ‘trata’ en el ’22, (“ruta”)"));
    CHECK(Typography::prepare(QStringLiteral("\"Hola.\" \"Sí\"")) == QStringLiteral("“Hola.” “Sí”"));
    CHECK(Typography::prepare(QStringLiteral("partners' plans")) == QStringLiteral("partners’ plans"));
}

TEST_CASE("No-break spaces join a number and its unit, a day and its month, a law and its number",
          "[pdf][typography]")
{
    CHECK(Typography::prepare(QStringLiteral("el 26 de abril de 2022")) ==
          QStringLiteral("el 26") + nb + QStringLiteral("de") + nb + QStringLiteral("abril de 2022"));
    CHECK(Typography::prepare(QStringLiteral("on April 26, 2022")) ==
          QStringLiteral("on April") + nb + QStringLiteral("26, 2022"));
    CHECK(Typography::prepare(QStringLiteral("la Ley 985 de 2005")) ==
          QStringLiteral("la Ley") + nb + QStringLiteral("985 de 2005"));
    CHECK(Typography::prepare(QStringLiteral("un 85 % y COP 1.200 o 3 km")) ==
          QStringLiteral("un 85") + nb + QStringLiteral("% y COP") + nb + QStringLiteral("1.200 o 3") + nb +
              QStringLiteral("km"));
    CHECK(Typography::prepare(QStringLiteral("« modelaje webcam »")) ==
          QStringLiteral("«") + nb + QStringLiteral("modelaje webcam") + nb + QStringLiteral("»"));
    // Words that only begin like a unit or a month stay breakable.
    CHECK(Typography::prepare(QStringLiteral("3 mayores y 2 marcos")) ==
          QStringLiteral("3 mayores y 2 marcos"));
}

TEST_CASE("Markdown keeps its links, code and escapes as typed", "[pdf][typography]")
{
    CHECK(Typography::prepareMarkdown(
              QStringLiteral("See [the \"guide\"](https://x.org/?q=\"a\") and `it's` or \\\"this\\\".")) ==
          QStringLiteral("See [the “guide”](https://x.org/?q=\"a\") and `it's` or \\\"this\\\"."));
    CHECK(Typography::prepareMarkdown(QStringLiteral("**\"Bold\"** and <https://a.org/'x'>")) ==
          QStringLiteral("**“Bold”** and <https://a.org/'x'>"));
}

TEST_CASE("The printed report has typographic quotes and keeps a date on one line, the stored text unchanged",
          "[pdf][typography]")
{
    const Report report = sampleReport();
    const QList<DocPassage> passages = ReportOutline(report, SuppressionPlan(report)).compose();
    QString printed;
    for (const DocPassage& p : passages) {
        printed += p.en.markdown + p.es.markdown + p.en.text + p.es.text;
        for (const QList<DocCell>& row : p.en.table.rows)
            for (const DocCell& c : row)
                printed += c.text + QLatin1Char(' ');
    }
    CHECK(printed.contains(QStringLiteral("26") + nb + QStringLiteral("de") + nb + QStringLiteral("abril")));
    CHECK(printed.contains(QStringLiteral("’s")));
    CHECK(!printed.contains(QStringLiteral("'s")));

    TempDir dir;
    PdfOptions o;
    o.languages = PdfOptions::Languages::Es;
    const QString path = dir.path(QStringLiteral("es.pdf"));
    REQUIRE(PdfExporter::exportReport(report, path, o).ok());
    const PdfToolCheck pdf(path);
    const QString text = pdf.text(1, pdf.pageCount());
    CHECK(text.contains(QStringLiteral("«modelaje webcam»")));
    // pdftotext prints a no-break space as a space: the page's own text says where they are.
    PdfTestFonts fonts;
    REQUIRE(fonts.loaded);
    const SuppressionPlan plan(report);
    PdfDocumentPlan doc(report, o, fonts.fonts, plan);
    REQUIRE(doc.build({}, nullptr).ok());
    int dates = 0;
    for (const FlowPage& p : doc.pages())
        for (const PdfOp& op : p.ops)
            if (QString::fromStdString(op.text).contains(QStringLiteral("26") + nb + QStringLiteral("de") +
                                                         nb + QStringLiteral("abril")))
                ++dates;
    CHECK(dates >= 2); // the cover's period and the narrative's date
}

TEST_CASE("A glossary definition prints without its Markdown marks, and a name with the characters typed",
          "[pdf][typography]")
{
    // The contract (report-json) makes narrative bodies Markdown; the window edits glossary definitions
    // with the same toolbar, so their marks are not the author's words. Names are plain text: an
    // asterisk typed in one is printed.
    Report report = sampleReport();
    REQUIRE(!report.glossary.isEmpty());
    report.glossary[0].definition = BiText(QStringLiteral("A **person** under *eighteen* years"),
                                           QStringLiteral("Una **persona** menor de *dieciocho* años"));
    Indicator* ind = report.indicator(QStringLiteral("1.1"));
    REQUIRE(ind);
    ind->name = BiText(QStringLiteral("People trained**"), QStringLiteral("Personas capacitadas**"));
    TempDir dir;
    for (const auto languages : {PdfOptions::Languages::En, PdfOptions::Languages::Both}) {
        PdfOptions o;
        o.languages = languages;
        o.layout = PdfOptions::Layout::Parallel;
        const QString path = dir.path(QStringLiteral("glossary-%1.pdf").arg(int(languages)));
        REQUIRE(PdfExporter::exportReport(report, path, o).ok());
        const PdfToolCheck pdf(path);
        const QString text = normalized(pdf.text(1, pdf.pageCount()));
        CHECK(text.contains(QStringLiteral("A person under eighteen years")));
        CHECK(!text.contains(QStringLiteral("**person**")));
        CHECK(!text.contains(QStringLiteral("*eighteen*")));
        CHECK(text.contains(QStringLiteral("People trained**")));
        if (languages == PdfOptions::Languages::Both) {
            CHECK(text.contains(QStringLiteral("Una persona menor de dieciocho años")));
            CHECK(!text.contains(QStringLiteral("**persona**")));
        }
    }
}
