// The fuzzers' seeds and every finding they made, run through the same readers as the fuzz targets
// (tests/fuzz/Fuzz*.cpp) in the ordinary build: seeds must be accepted (they are what the fuzzers start
// from), and each input kept in tests/fuzz/regressions/<target>/ must be refused with a message or
// accepted, never crash, hang or trip a sanitizer (under tests/scripts/run-sanitizers.sh).
#include "ReliabilitySupport.h"
#include "edit/ChangeApplier.h"
#include "edit/ChangeDocumentReader.h"
#include "edit/TouchedObjects.h"
#include "import/IndicatorImport.h"
#include "pdf/PdfExporter.h"
#include "storage/ReportDocument.h"
#include "template/TemplateReader.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

const Report& sample()
{
    static const Report r = [] {
        auto read = ReportJsonReader::read(readFile(resourceSamplePath()));
        REQUIRE(read);
        return read.value();
    }();
    return r;
}

QStringList inputs(const QString& folder)
{
    QStringList out;
    const QDir dir(test::sourcePath(QStringLiteral("tests/fuzz/") + folder));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

// Each returns true when the input was accepted; a refusal must carry a message.
bool reportJson(const QByteArray& bytes)
{
    auto r = ReportJsonReader::read(bytes, QStringLiteral("input.json"));
    if (!r) {
        CHECK_FALSE(r.error().message.isEmpty());
        return false;
    }
    const QByteArray written = ReportJsonWriter::write(r.value());
    auto again = ReportJsonReader::read(written);
    REQUIRE(again);
    CHECK(ReportJsonWriter::write(again.value()) == written);
    return true;
}

bool apply(const QByteArray& bytes)
{
    auto changes = ChangeDocumentReader::read(bytes, sample(), QStringLiteral("input.json"));
    if (!changes) {
        CHECK_FALSE(changes.error().message.isEmpty());
        return false;
    }
    Report copy = sample();
    TouchedObjects touched;
    ChangeApplier applier(copy, touched);
    qint64 rev = 1000;
    bool all = true;
    for (const FieldChange& c : changes.value())
        if (!applier.apply(c, ++rev)) {
            all = false;
            break;
        }
    return all;
}

bool importData(const QByteArray& bytes, const QString& name)
{
    IndicatorImport::Options options;
    options.year = 2;
    const ImportPlan plan = IndicatorImport::fromBytes(sample(), bytes, name, options);
    for (const Error& e : plan.errors)
        CHECK_FALSE(e.message.isEmpty());
    return plan.errors.isEmpty();
}

bool csv(const QByteArray& bytes)
{
    return importData(bytes, QStringLiteral("input.csv"));
}
bool xlsx(const QByteArray& bytes)
{
    return importData(bytes, QStringLiteral("input.xlsx"));
}

bool templateJson(const QByteArray& bytes)
{
    return bool(TemplateReader::read(bytes, QStringLiteral("t.json")));
}

bool markdownPdf(const QByteArray& bytes)
{
    if (bytes.isEmpty()) return false;
    Report report = sample();
    while (report.sections.size() > 1)
        report.sections.removeLast();
    report.indicators.clear();
    report.comments.clear();
    const QString text = QString::fromUtf8(bytes.mid(1));
    report.sections.first().body.write(Language::En, text, 1);
    report.sections.first().body.write(Language::Es, text.left(200), 2);
    PdfOptions options;
    const auto knobs = quint8(bytes[0]);
    options.languages = (knobs & 1) ? PdfOptions::Languages::Both : PdfOptions::Languages::En;
    options.layout = (knobs & 2) ? PdfOptions::Layout::Parallel : PdfOptions::Layout::Sequential;
    options.paper = (knobs & 4) ? PdfOptions::Paper::A4 : PdfOptions::Paper::Letter;
    auto pdf = PdfExporter::render(report, options);
    if (pdf) CHECK(pdf.value().startsWith("%PDF-"));
    return bool(pdf);
}

// fuzz_pdf_layout's input (tests/fuzz/FuzzPdfLayout.cpp): a short text repeated into a long one, exported
// as the report's title, an entity's name and a section's title and text. Within the limits it must export.
bool pdfLayout(const QByteArray& bytes)
{
    if (bytes.size() < 3) return false;
    const auto knobs = quint8(bytes[0]), flags = quint8(bytes[1]);
    const QString unit = QString::fromUtf8(bytes.mid(2));
    QString text;
    for (qsizetype i = 0; i < (qsizetype(1) << ((knobs >> 3) & 15)) && text.size() < 300000; ++i)
        text += (flags & 1) && i > 0 ? QLatin1Char(' ') + unit : unit;
    text.truncate(300000);
    Report report = sample();
    while (report.sections.size() > 1)
        report.sections.removeLast();
    report.indicators.clear();
    report.comments.clear();
    report.info.title.write(Language::En, text.left(200000), 1);
    report.sections.first().title.write(Language::En, text.left(200000), 1);
    report.entities.first().name.write(Language::En, text.left(200000), 1);
    report.info.preparedBy = report.entities.first().id;
    report.sections.first().body.write(Language::En, text.left(20000), 1);
    PdfOptions options;
    options.languages = (flags & 2) ? PdfOptions::Languages::Both : PdfOptions::Languages::En;
    options.layout = (flags & 4) ? PdfOptions::Layout::Parallel : PdfOptions::Layout::Sequential;
    options.paper = (flags & 8) ? PdfOptions::Paper::A4 : PdfOptions::Paper::Letter;
    auto pdf = PdfExporter::render(report, options);
    INFO((pdf ? std::string() : pdf.error().toString().toStdString()));
    CHECK(bool(pdf));
    return pdf && pdf.value().startsWith("%PDF-");
}

bool openReport(const QByteArray& bytes)
{
    TempDir dir;
    writeFile(dir.path("input.cpcreport"), bytes);
    auto doc = ReportDocument::open(dir.path("input.cpcreport"), ReportDocument::Mode::ReadOnly);
    if (!doc) {
        CHECK_FALSE(doc.error().message.isEmpty());
        return false;
    }
    (void)ReportJsonWriter::write(doc.value()->report());
    (void)doc.value()->history();
    return true;
}

void runAll(const QString& target, bool (*reader)(const QByteArray&), bool seedsMustPass,
            const QStringList& moreSeeds = {})
{
    for (const QString& path : inputs(QStringLiteral("seeds/") + target) + moreSeeds) {
        INFO(path.toStdString());
        const bool accepted = reader(readFile(path));
        if (seedsMustPass) CHECK(accepted);
    }
    for (const QString& path : inputs(QStringLiteral("regressions/") + target)) {
        INFO(path.toStdString());
        (void)reader(readFile(path));
    }
}

} // namespace

TEST_CASE("fuzz seeds and findings: JSON import", "[reliability][fuzz]")
{
    runAll(QStringLiteral("report_json"), reportJson, true,
           {resourceSamplePath(), fixturePath(QStringLiteral("checks/ready-report.json"))});
}
TEST_CASE("fuzz seeds and findings: apply", "[reliability][fuzz]")
{
    runAll(QStringLiteral("apply"), apply, true);
}
TEST_CASE("fuzz seeds and findings: CSV", "[reliability][fuzz]")
{
    runAll(QStringLiteral("csv"), csv, true);
}
TEST_CASE("fuzz seeds and findings: XLSX", "[reliability][fuzz]")
{
    runAll(QStringLiteral("xlsx"), xlsx, false,
           {fixturePath(QStringLiteral("indicators/datos-openpyxl.xlsx"))});
}
TEST_CASE("fuzz seeds and findings: template", "[reliability][fuzz]")
{
    runAll(QStringLiteral("template"), templateJson, true,
           {test::sourcePath(QStringLiteral("resources/templates/colombia-cpc.json"))});
}
TEST_CASE("fuzz seeds and findings: Markdown to PDF", "[reliability][fuzz]")
{
    runAll(QStringLiteral("markdown_pdf"), markdownPdf, true);
}
TEST_CASE("fuzz seeds and findings: opening bytes as a report", "[reliability][fuzz]")
{
    runAll(QStringLiteral("open_report"), openReport, true,
           {fixturePath(QStringLiteral("schema/v1.cpcreport"))});
}
TEST_CASE("fuzz seeds and findings: long words, links and titles in the PDF", "[reliability][fuzz]")
{
    runAll(QStringLiteral("pdf_layout"), pdfLayout, true);
}
