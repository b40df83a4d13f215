#include "PdfToolCheck.h"
#include "pdf/MarkdownParser.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

// Every paragraph of every narrative of one language, as plain text.
QStringList paragraphs(const Report& r, Language l)
{
    QStringList out;
    const auto add = [&](const BiText& t) {
        for (const MdBlock& b : MarkdownParser::parse(t.text(l))) {
            QString s;
            for (const MdRun& run : b.runs)
                s += run.text;
            if (!normalized(s).isEmpty()) out << normalized(s);
        }
    };
    for (const Section& s : r.sections) {
        add(s.body);
        for (const Activity& a : s.activities)
            add(a.body);
    }
    return out;
}

// No word beyond the side margins, none in the top or bottom 30 points.
void expectWordsInsideMargins(const PdfToolCheck& pdf, double side)
{
    int outside = 0;
    QString example;
    for (const auto& w : pdf.words()) {
        if (w.xMin < side - 1 || w.xMax > w.pageWidth - side + 1 || w.yMin < 30 ||
            w.yMax > w.pageHeight - 30) {
            if (++outside == 1)
                example = QStringLiteral("page %1 '%2' at %3,%4-%5,%6")
                              .arg(w.page)
                              .arg(w.text)
                              .arg(w.xMin)
                              .arg(w.yMin)
                              .arg(w.xMax)
                              .arg(w.yMax);
        }
    }
    INFO(example.toStdString());
    CHECK(outside == 0);
}

// Each heading the contents page lists is found on the page it gives.
void expectContentsTrue(const PdfToolCheck& pdf, const QStringList& titles, int contentsPage)
{
    const QString contents = pdf.text(contentsPage, contentsPage, true);
    for (const QString& title : titles) {
        const QString needle = title.left(30);
        const QStringList lines = contents.split(QLatin1Char('\n'));
        qsizetype at = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines[i].contains(needle)) at = i;
        INFO("heading " << title.toStdString());
        REQUIRE(at >= 0);
        // The page number ends the entry's last line (a long title wraps onto a second line).
        QRegularExpressionMatch m;
        const QRegularExpression number(QStringLiteral("(\\d+)\\s*$"));
        for (qsizetype k = at; k < std::min(at + 3, lines.size()) && !m.hasMatch(); ++k)
            m = number.match(lines[k]);
        REQUIRE(m.hasMatch());
        const int page = m.captured(1).toInt();
        CHECK(normalized(pdf.text(page, page)).contains(normalized(needle)));
    }
}

QString exportSample(const TempDir& dir, const QString& name, PdfOptions o)
{
    const QString path = dir.path(name);
    const Status s = PdfExporter::exportReport(sampleReport(), path, o);
    INFO((s ? std::string() : s.error().toString().toStdString()));
    REQUIRE(s.ok());
    return path;
}

} // namespace

TEST_CASE("The sample report exports in every language, layout and paper, and real tools accept it")
{
    TempDir dir;
    const Report report = sampleReport();
    for (const auto paper : {PdfOptions::Paper::Letter, PdfOptions::Paper::A4})
        for (const auto layout : {PdfOptions::Layout::Sequential, PdfOptions::Layout::Parallel})
            for (const auto languages :
                 {PdfOptions::Languages::En, PdfOptions::Languages::Es, PdfOptions::Languages::Both}) {
                PdfOptions o;
                o.paper = paper;
                o.layout = layout;
                o.languages = languages;
                const QString name = QStringLiteral("sample-%1-%2-%3.pdf")
                                         .arg(int(paper))
                                         .arg(int(layout))
                                         .arg(int(languages));
                DYNAMIC_SECTION(name.toStdString())
                {
                    const PdfToolCheck pdf(exportSample(dir, name, o));
                    QString log;
                    INFO(log.toStdString());
                    CHECK(pdf.qpdfCheck(&log));
                    int fonts = 0;
                    CHECK(pdf.fontsNotEmbedded(&fonts).isEmpty());
                    CHECK(fonts >= 3);
                    CHECK(pdf.pageCount() >= 4);
                    expectWordsInsideMargins(pdf, paper == PdfOptions::Paper::A4 ? 62 : 66);
                    // Parallel columns are read column by column only with the layout kept.
                    const QString text = normalized(pdf.text(0, 0, false));
                    QList<Language> langs;
                    if (languages != PdfOptions::Languages::Es) langs << Language::En;
                    if (languages != PdfOptions::Languages::En) langs << Language::Es;
                    for (Language l : langs) {
                        if (layout == PdfOptions::Layout::Parallel &&
                            languages == PdfOptions::Languages::Both)
                            continue;
                        for (const QString& p : paragraphs(report, l)) {
                            INFO("paragraph: " << p.toStdString());
                            CHECK(text.contains(p));
                        }
                    }
                    const QString info = pdf.info();
                    CHECK(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+CPC Report Studio"))));
                    CHECK(info.contains(QLatin1String("CreationDate:")));
                }
            }
}

TEST_CASE("In the parallel layout every paragraph of both languages extracts with its accents")
{
    TempDir dir;
    PdfOptions o;
    o.layout = PdfOptions::Layout::Parallel;
    const PdfToolCheck pdf(exportSample(dir, QStringLiteral("parallel.pdf"), o));
    // Each column is extracted apart by cropping to its half of the page, without the running header and
    // footer, so that a paragraph continued on the next page reads as one.
    const Report report = sampleReport();
    for (Language l : {Language::En, Language::Es}) {
        QString all;
        const int pages = pdf.pageCount();
        for (int page = 3; page <= pages; ++page) {
            QString out;
            const QString x = l == Language::En ? QStringLiteral("0") : QStringLiteral("306");
            PdfToolCheck::run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                               QString::number(page), QStringLiteral("-x"), x, QStringLiteral("-y"),
                               QStringLiteral("60"), QStringLiteral("-W"), QStringLiteral("306"),
                               QStringLiteral("-H"), QStringLiteral("680"),
                               dir.path(QStringLiteral("parallel.pdf")), QStringLiteral("-")},
                              &out);
            all += out + QLatin1Char('\n');
        }
        all = normalized(all);
        for (const QString& p : paragraphs(report, l)) {
            INFO("paragraph: " << p.toStdString());
            CHECK(all.contains(p));
        }
    }
}

TEST_CASE("Every heading on the contents page is on the page it gives")
{
    TempDir dir;
    const Report report = sampleReport();
    PdfOptions o;
    o.languages = PdfOptions::Languages::Both;
    const PdfToolCheck pdf(exportSample(dir, QStringLiteral("contents.pdf"), o));
    QStringList en, es;
    for (const Section& s : report.sections) {
        en << s.title.en();
        es << s.title.es();
    }
    expectContentsTrue(pdf, en, 2);
    // The Spanish part starts with its own contents, right after the English part.
    int spanishContents = 0;
    for (int p = 3; p <= pdf.pageCount() && !spanishContents; ++p)
        if (pdf.text(p, p).contains(QLatin1String("Contenido"))) spanishContents = p;
    REQUIRE(spanishContents > 0);
    expectContentsTrue(pdf, es, spanishContents);
    const QString text = pdf.text();
    CHECK(text.contains(QLatin1String("Page 2 of")));
    CHECK(text.contains(QStringLiteral("Página %1 de").arg(spanishContents)));
}

TEST_CASE("Missing and stale translations are marked where they are")
{
    TempDir dir;
    Report r = smallReport(); // activity 2.1 has no Spanish
    r.sections[0].body.markStale(Language::Es);
    PdfOptions o;
    o.languages = PdfOptions::Languages::Es;
    const QString path = dir.path(QStringLiteral("pending.pdf"));
    REQUIRE(PdfExporter::exportReport(r, path, o).ok());
    const QString text = normalized(PdfToolCheck(path).text());
    CHECK(text.count(QStringLiteral("Traducción pendiente")) >= 2);
    CHECK(text.contains(QLatin1String("PADF mapped services."))); // the original stands in, never a blank
}

TEST_CASE("Numbers and dates follow the language of the document")
{
    TempDir dir;
    Report r = smallReport();
    r.indicators[0].targets[1] = 1234.5;
    for (const auto& [langs, number, date] :
         {std::tuple{PdfOptions::Languages::En, "1,234.5", "April 26, 2022"},
          std::tuple{PdfOptions::Languages::Es, "1.234,5", "26 de abril de 2022"}}) {
        PdfOptions o;
        o.languages = langs;
        const QString path = dir.path(QStringLiteral("numbers.pdf"));
        REQUIRE(PdfExporter::exportReport(r, path, o).ok());
        const QString text = normalized(PdfToolCheck(path).text());
        CHECK(text.contains(QLatin1String(number)));
        CHECK(text.contains(QString::fromUtf8(date)));
    }
}

TEST_CASE("A cancelled export leaves no file and keeps an existing one")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cancel.pdf"));
    std::atomic<bool> cancel{true};
    const Status s = PdfExporter::exportReport(sampleReport(), path, PdfOptions{}, {}, &cancel);
    CHECK_FALSE(s.ok());
    CHECK_FALSE(QFile::exists(path));
    writeFile(path, "old");
    CHECK_FALSE(PdfExporter::exportReport(sampleReport(), path, PdfOptions{}, {}, &cancel).ok());
    CHECK(readFile(path) == "old");

    std::vector<int> seen;
    cancel = false;
    REQUIRE(PdfExporter::exportReport(
                sampleReport(), path, PdfOptions{}, [&](int p) { seen.push_back(p); }, &cancel)
                .ok());
    REQUIRE_FALSE(seen.empty());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 100);
    CHECK(readFile(path).startsWith("%PDF-"));
}
