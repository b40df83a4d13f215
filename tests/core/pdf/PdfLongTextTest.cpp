// Texts within the documented limits (docs/limits.md) that once broke the export (issue 14, defect 6): a
// very long entity name, report title, section title, word or link. Each now exports, in time linear in
// its length, with every character printed and nothing handed to libharu beyond what it accepts.
#include "PdfTestFonts.h"
#include "PdfToolCheck.h"
#include "pdf/BlockSetter.h"
#include "pdf/LineBreaker.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"
#include "util/Limits.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

QByteArray render(const Report& r, PdfOptions o = {})
{
    auto pdf = PdfExporter::render(r, o);
    INFO((pdf ? std::string() : pdf.error().toString().toStdString()));
    REQUIRE(pdf);
    REQUIRE(pdf.value().startsWith("%PDF-"));
    return pdf.value();
}

} // namespace

TEST_CASE("A word wider than the line is cut where the line ends, with a hyphen")
{
    LineBreaker::Style st;
    st.width = 300;
    const QString word = QStringLiteral("Prevención").repeated(10000); // 100,000 characters, one word
    const auto lines = LineBreaker(fonts()).layout(word, FontStyle::Regular, st);
    REQUIRE(lines.size() > 100);
    QString joined;
    for (size_t i = 0; i < lines.size(); ++i) {
        CHECK(lines[i].width <= st.width + 0.01f);
        QString t = lineText(lines[i]);
        if (i + 1 < lines.size()) {
            // Every cut of this word falls between two letters: each line but the last ends in a hyphen.
            REQUIRE(t.endsWith(QLatin1Char('-')));
            t.chop(1);
        }
        joined += t;
    }
    CHECK(joined == word);
}

TEST_CASE("An address is cut after its separators, without a hyphen of ours")
{
    LineBreaker::Style st;
    st.width = 200;
    const QString url =
        QStringLiteral("https://example.org/") + QStringLiteral("informe-anual/").repeated(50);
    MdRun run;
    run.text = url;
    run.link = url;
    const auto lines = LineBreaker(fonts()).layout(QList<MdRun>{run}, st);
    REQUIRE(lines.size() > 5);
    QString joined;
    for (const TextLine& l : lines) {
        CHECK(l.width <= st.width + 0.01f);
        joined += lineText(l);
        // Every piece of the link is a link to the whole address.
        int annotations = 0;
        for (const PdfOp& o : l.ops)
            if (o.kind == PdfOp::Kind::UriLink) {
                ++annotations;
                CHECK(o.text == url.toStdString());
            }
        CHECK(annotations >= 1);
    }
    CHECK(joined == url);
}

TEST_CASE("A link target longer than a PDF can carry is printed as text, never as an annotation")
{
    // The readers refuse such a link (Limits::kMaxLinkLength); a report stored before that limit still
    // exports.
    LineBreaker::Style st;
    const QString url =
        QStringLiteral("https://example.org/") + QString(Limits::kMaxLinkLength, QLatin1Char('a'));
    MdRun run;
    run.text = url;
    run.link = url;
    const auto lines = LineBreaker(fonts()).layout(QList<MdRun>{run}, st);
    QString joined;
    for (const TextLine& l : lines) {
        joined += lineText(l);
        for (const PdfOp& o : l.ops)
            CHECK(o.kind != PdfOp::Kind::UriLink);
    }
    CHECK(joined.count(QLatin1Char('a')) == Limits::kMaxLinkLength + 1); // "example" has one more
}

TEST_CASE("Long titles, names, words and links export within the limits")
{
    TempDir dir;
    SECTION("an entity name of 200,000 characters (was: a crash in HPDF_Page_SetWidth)")
    {
        Report r = smallReport();
        const QString name = QStringLiteral("Ministerio del Interior ").repeated(8400).left(200000);
        r.entities[0].name = BiText(name, name);
        const QString path = dir.path(QStringLiteral("entity.pdf"));
        PdfOptions o;
        o.languages = PdfOptions::Languages::En;
        REQUIRE(PdfExporter::exportReport(r, path, o).ok());
        const PdfToolCheck pdf(path);
        QString log;
        CHECK(pdf.qpdfCheck(&log));
        // The name is printed in full on the cover (and the pages it continues on); the document's
        // properties take its beginning.
        CHECK(pdf.text().count(QStringLiteral("Ministerio")) >= 8000);
        CHECK(pdf.info().contains(QStringLiteral("Author:")));
    }
    SECTION("a report title of 80,000 characters (was: more than 120 s)")
    {
        Report r = smallReport();
        const QString title = QStringLiteral("Informe anual ").repeated(5715).left(80000);
        r.info.title = BiText(title, title);
        const QString path = dir.path(QStringLiteral("title.pdf"));
        REQUIRE(PdfExporter::exportReport(r, path, {}).ok());
        const PdfToolCheck pdf(path);
        QString log;
        CHECK(pdf.qpdfCheck(&log));
        // Set in full on the cover pages; the running head of the body pages is one line, cut with "…".
        CHECK(pdf.text().count(QStringLiteral("Informe")) >= 2 * 5000);
        CHECK(pdf.text(pdf.pageCount(), pdf.pageCount()).contains(QChar(0x2026)));
    }
    SECTION("a section title of 200,000 characters and a 100,000-character word (was: libharu error 0x105b)")
    {
        // The title went whole into a bookmark (a string beyond libharu's 65,535 bytes) and into a
        // contents entry taller than the 32,767 points libharu takes for a link's height.
        Report r = smallReport();
        const QString title = QStringLiteral("Protección ").repeated(18182).left(200000);
        r.sections[0].title = BiText(title, title);
        const QString word = QStringLiteral("x").repeated(100000);
        r.sections[0].body = BiText(word, word);
        PdfOptions o;
        o.languages = PdfOptions::Languages::En;
        render(r, o);
    }
    SECTION("a link to the limit, and a longer one stored before the limit")
    {
        Report r = smallReport();
        const QString target =
            QStringLiteral("https://example.org/") + QString(Limits::kMaxLinkLength - 20, QLatin1Char('a'));
        const QString longer = QStringLiteral("https://example.org/") + QString(65536, QLatin1Char('b'));
        r.sections[0].body =
            BiText(QStringLiteral("[the data](%1) and %2").arg(target, longer),
                   QStringLiteral("www.") + QString(200000, QLatin1Char('c')) + QStringLiteral(".org"));
        render(r);
    }
}
