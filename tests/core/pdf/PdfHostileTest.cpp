#include "PdfToolCheck.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

void expectClean(const Report& r, const QString& path, PdfOptions o = {})
{
    QElapsedTimer t;
    t.start();
    const Status s = PdfExporter::exportReport(r, path, o);
    INFO((s ? std::string() : s.error().toString().toStdString()));
    REQUIRE(s.ok());
    CHECK(t.elapsed() < 60000); // no hang
    const PdfToolCheck pdf(path);
    QString log;
    CHECK(pdf.qpdfCheck(&log));
    int outside = 0;
    for (const auto& w : pdf.words())
        if (w.xMin < 65 || w.xMax > w.pageWidth - 65 || w.yMin < 30 || w.yMax > w.pageHeight - 30) ++outside;
    CHECK(outside == 0);
}

} // namespace

TEST_CASE("Hostile content exports without crashing, hanging or writing outside the page")
{
    TempDir dir;
    for (const auto layout : {PdfOptions::Layout::Sequential, PdfOptions::Layout::Parallel}) {
        PdfOptions o;
        o.layout = layout;
        DYNAMIC_SECTION("layout " << int(layout))
        {
            SECTION("a 5,000-character word, in a narrative, a title and a table cell")
            {
                Report r = smallReport();
                const QString word(5000, QLatin1Char('x'));
                r.sections[0].body = BiText(word, QStringLiteral("https://example.org/") + word);
                r.sections[0].title = BiText(word, word);
                r.indicators[0].name = BiText(word, word);
                r.glossary[0].term = BiText(word, word);
                expectClean(r, dir.path(QStringLiteral("word.pdf")), o);
                // Every character of the word is in the PDF, cut across lines but never dropped.
                CHECK(PdfToolCheck(dir.path(QStringLiteral("word.pdf"))).text().count(QLatin1Char('x')) >=
                      5000);
            }
            SECTION("a 300-item list")
            {
                Report r = smallReport();
                QString list;
                for (int i = 0; i < 300; ++i)
                    list += QStringLiteral("- item %1 of the list\n").arg(i);
                r.sections[0].body = BiText(list, list);
                expectClean(r, dir.path(QStringLiteral("list.pdf")), o);
                CHECK(PdfToolCheck(dir.path(QStringLiteral("list.pdf")))
                          .text()
                          .contains(QLatin1String("item 299 of the list")));
            }
            SECTION("a table of 1,000 indicators")
            {
                Report r = smallReport();
                const Indicator base = r.indicators[0];
                for (int i = 0; i < 1000; ++i) {
                    Indicator ind = base;
                    ind.id = QStringLiteral("X%1").arg(i);
                    ind.objective = i % 4 + 1;
                    r.indicators.append(ind);
                }
                expectClean(r, dir.path(QStringLiteral("many.pdf")), o);
            }
            SECTION("empty everything")
            {
                expectClean(Report{}, dir.path(QStringLiteral("empty.pdf")), o);
                Report r;
                Section s;
                s.id = QStringLiteral("s");
                s.kind = QStringLiteral("objective");
                s.activities.append(Activity{});
                r.sections.append(s);
                r.entities.append(Entity{});
                r.glossary.append(GlossaryEntry{});
                r.indicators.append(Indicator{});
                expectClean(r, dir.path(QStringLiteral("blank.pdf")), o);
            }
            SECTION("only emoji, invalid text and characters the font lacks")
            {
                Report r = smallReport();
                const QString emoji = QString::fromUtf8("😀🎉👩‍👩‍👧 ") +
                                      QString(QChar(0xD800)) + QStringLiteral("漢字 \x01\x02");
                r.sections[0].body = BiText(emoji, emoji);
                r.info.title = BiText(emoji, emoji);
                r.indicators[0].name = BiText(emoji, emoji);
                expectClean(r, dir.path(QStringLiteral("emoji.pdf")), o);
            }
        }
    }
}
