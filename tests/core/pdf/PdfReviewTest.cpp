#include "PdfToolCheck.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"
#include "template/ReportCreator.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

// Defects found by looking at the rendered sample report, each checked on the real PDF.

using namespace cpc;
using namespace cpc::test;

namespace {

QString exportSample(const TempDir& dir, const QString& name, const PdfOptions& o)
{
    const QString path = dir.path(name);
    const Status s = PdfExporter::exportReport(sampleReport(), path, o);
    INFO((s ? std::string() : s.error().toString().toStdString()));
    REQUIRE(s.ok());
    return path;
}

// The page number the contents page gives for a title: at the end of the entry's last line, which is
// the line holding the title's start or one of the next (a wrapped title, the Spanish title under the
// English one in the parallel layout).
int contentsPageOf(const QString& contents, const QString& needle)
{
    const QStringList lines = contents.split(QLatin1Char('\n'));
    const QRegularExpression number(QStringLiteral("(\\d+)\\s*$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].contains(needle)) continue;
        for (qsizetype k = i; k < std::min(i + 4, lines.size()); ++k) {
            const auto m = number.match(lines[k]);
            if (m.hasMatch()) return m.captured(1).toInt();
        }
    }
    return 0;
}

} // namespace

TEST_CASE(
    "Every section heading is on the page the contents give, in the parallel layout and in one language")
{
    TempDir dir;
    const Report report = sampleReport();
    for (const auto& [layout, languages, language] :
         {std::tuple{PdfOptions::Layout::Parallel, PdfOptions::Languages::Both, Language::En},
          std::tuple{PdfOptions::Layout::Parallel, PdfOptions::Languages::Both, Language::Es},
          std::tuple{PdfOptions::Layout::Sequential, PdfOptions::Languages::Es, Language::Es},
          std::tuple{PdfOptions::Layout::Sequential, PdfOptions::Languages::En, Language::En}}) {
        PdfOptions o;
        o.layout = layout;
        o.languages = languages;
        o.paper = PdfOptions::Paper::A4;
        const QString name =
            QStringLiteral("contents-%1-%2-%3.pdf").arg(int(layout)).arg(int(languages)).arg(int(language));
        DYNAMIC_SECTION(name.toStdString())
        {
            const PdfToolCheck pdf(exportSample(dir, name, o));
            const QString contents = pdf.text(2, 2, true);
            REQUIRE(contents.contains(language == Language::En ? QLatin1String("Contents")
                                                               : QLatin1String("Contenido")));
            for (const Section& s : report.sections) {
                const QString needle = s.title.text(language).left(15);
                INFO("heading " << needle.toStdString());
                const int page = contentsPageOf(contents, needle);
                REQUIRE(page > 2);
                REQUIRE(page <= pdf.pageCount());
                // In the parallel layout each column is read apart (cropped to its half of the page).
                QString onPage = pdf.text(page, page);
                if (layout == PdfOptions::Layout::Parallel) {
                    const int half = 298;
                    PdfToolCheck::run(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                       QString::number(page), QStringLiteral("-x"),
                                       QString::number(language == Language::En ? 0 : half),
                                       QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"),
                                       QString::number(half), QStringLiteral("-H"), QStringLiteral("842"),
                                       dir.path(name), QStringLiteral("-")},
                                      &onPage);
                }
                CHECK(normalized(onPage).contains(normalized(needle)));
            }
        }
    }
}

TEST_CASE("Disaggregation tables name their dimensions and categories in the document's language")
{
    TempDir dir;
    // The sample made into a report as `cpcreport new --from-json` makes it: the template's vocabulary labels
    // the codes the document does not label itself.
    auto start = ReportCreator::fromJson(readFile(sampleFixturePath()), QStringLiteral("sample-report.json"));
    REQUIRE(start);
    REQUIRE_FALSE(start.value().report.breakdownLabels.isEmpty());
    for (const auto& [languages, words] :
         {std::pair{PdfOptions::Languages::En, QStringList{QStringLiteral("Sex"), QStringLiteral("Female"),
                                                           QStringLiteral("Form of trafficking")}},
          std::pair{PdfOptions::Languages::Es, QStringList{QStringLiteral("Sexo"), QStringLiteral("Femenino"),
                                                           QStringLiteral("Forma de trata")}}}) {
        PdfOptions o;
        o.languages = languages;
        const QString path = dir.path(QStringLiteral("disaggregation.pdf"));
        QFile::remove(path);
        REQUIRE(PdfExporter::exportReport(start.value().report, path, o).ok());
        const QString text = PdfToolCheck(path).text();
        for (const QString& w : words) {
            INFO(w.toStdString());
            CHECK(text.contains(w));
        }
        // Identifiers from the data never reach the reader.
        CHECK_FALSE(text.contains(QLatin1String("trafficking_type")));
        CHECK_FALSE(text.contains(QLatin1String("age_group")));
    }
}

TEST_CASE("Breakdowns print the report's own labels, never their codes")
{
    TempDir dir;
    Report r = sampleReport();
    Indicator& ind = r.indicators[0];
    ind.disaggregation[1].append(
        Disaggregation{QStringLiteral("nationality"),
                       {{QStringLiteral("colombian"), 1}, {QStringLiteral("venezuelan_migrant"), 2}}});
    r.breakdownLabels.setDimension(QStringLiteral("nationality"), Language::En,
                                   QStringLiteral("Country of birth"));
    r.breakdownLabels.setDimension(QStringLiteral("nationality"), Language::Es,
                                   QStringLiteral("País de nacimiento"));
    r.breakdownLabels.setCategory(QStringLiteral("nationality"), QStringLiteral("colombian"), Language::En,
                                  QStringLiteral("Born in Colombia"));
    r.breakdownLabels.setCategory(QStringLiteral("nationality"), QStringLiteral("colombian"), Language::Es,
                                  QStringLiteral("Nacida en Colombia"));
    for (const auto& [languages, words] :
         {std::pair{PdfOptions::Languages::En,
                    QStringList{QStringLiteral("Country of birth"), QStringLiteral("Born in Colombia")}},
          std::pair{PdfOptions::Languages::Es, QStringList{QStringLiteral("País de nacimiento"),
                                                           QStringLiteral("Nacida en Colombia")}}}) {
        PdfOptions o;
        o.languages = languages;
        const QString path = dir.path(QStringLiteral("labels.pdf"));
        QFile::remove(path);
        REQUIRE(PdfExporter::exportReport(r, path, o).ok());
        const QString text = PdfToolCheck(path).text();
        for (const QString& w : words) {
            INFO(w.toStdString());
            CHECK(text.contains(w));
        }
        CHECK_FALSE(text.contains(QLatin1String("colombian")));
        CHECK_FALSE(text.contains(QLatin1String("nationality")));
        // A code with no label reads as words, never with its underscores.
        CHECK_FALSE(text.contains(QLatin1String("venezuelan_migrant")));
        CHECK(text.contains(QLatin1String("Venezuelan migrant")));
    }
}

TEST_CASE("An entity whose name already carries its acronym is not given it twice")
{
    TempDir dir;
    PdfOptions o;
    o.languages = PdfOptions::Languages::Es;
    const QString text = normalized(PdfToolCheck(exportSample(dir, QStringLiteral("acronym.pdf"), o)).text());
    CHECK(text.contains(QLatin1String("(FUPAD)")));
    CHECK_FALSE(text.contains(QLatin1String("(FUPAD) (FUPAD)")));
    CHECK_FALSE(text.contains(QLatin1String("(ABA-ROLI) (ABA-ROLI)")));
}

TEST_CASE("An activity's box of facts is never cut across pages")
{
    TempDir dir;
    for (const auto paper : {PdfOptions::Paper::Letter, PdfOptions::Paper::A4})
        for (const auto layout : {PdfOptions::Layout::Sequential, PdfOptions::Layout::Parallel}) {
            PdfOptions o;
            o.paper = paper;
            o.layout = layout;
            o.languages = PdfOptions::Languages::En;
            const QString name = QStringLiteral("facts-%1-%2.pdf").arg(int(paper)).arg(int(layout));
            DYNAMIC_SECTION(name.toStdString())
            {
                const PdfToolCheck pdf(exportSample(dir, name, o));
                for (int page = 1; page <= pdf.pageCount(); ++page) {
                    const QString text = pdf.text(page, page);
                    INFO("page " << page);
                    // The box opens with the responsible entities and closes with the forms of trafficking.
                    CHECK(text.count(QLatin1String("Responsible:")) ==
                          text.count(QLatin1String("Forms of trafficking:")));
                }
            }
        }
}
