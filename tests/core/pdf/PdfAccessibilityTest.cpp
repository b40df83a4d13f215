// Tagged PDF: the structure, the text map, the reading order of the parallel layout, the draft mark.
// The full PDF/UA rule check of exported files is tests/scripts/pdf_accessibility_check.py (ctest
// pdf_accessibility); these tests pin the parts in C++.
#include "PdfTestFonts.h"
#include "PdfToolCheck.h"
#include "checks/CheckEngine.h"
#include "pdf/MarkdownParser.h"
#include "pdf/PdfContentWriter.h"
#include "pdf/PdfExporter.h"
#include "pdf/PdfStructure.h"
#include "pdf/PdfToUnicode.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

const std::array<std::string, PdfFonts::kFaces> kNames = {"F1", "F2", "F3", "F4", "F5", "F6"};

QString exportTo(const TempDir& dir, const QString& name, const PdfOptions& o,
                 const Report& report = sampleReport())
{
    const QString path = dir.path(name);
    const Status s = PdfExporter::exportReport(report, path, o);
    INFO((s ? std::string() : s.error().toString().toStdString()));
    REQUIRE(s.ok());
    return path;
}

// What a tool prints on its standard error (poppler's syntax warnings).
QString toolErrors(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardError());
}

QStringList paragraphs(const BiText& text, Language l)
{
    QStringList out;
    for (const MdBlock& b : MarkdownParser::parse(text.text(l))) {
        if (b.kind != MdBlock::Kind::Paragraph) continue;
        QString s;
        for (const MdRun& run : b.runs)
            s += run.text;
        if (!normalized(s).isEmpty()) out << normalized(s);
    }
    return out;
}

bool sampleReady()
{
    for (const Finding& f : CheckEngine().run(sampleReport()))
        if (f.severity == Severity::Error) return false;
    return true;
}

} // namespace

TEST_CASE("The ToUnicode map is a bf map of the Basic Multilingual Plane, in blocks of at most 100 rows")
{
    const std::string map = PdfToUnicode::program();
    CHECK(map.find("begincidrange") == std::string::npos);
    CHECK(map.find("<0000> <00FF> <0000>") != std::string::npos);
    CHECK(map.find("<FF00> <FFFD> <FF00>") != std::string::npos);
    CHECK(map.find("<D800>") == std::string::npos); // surrogates are no characters
    size_t rows = 0, pos = 0;
    while ((pos = map.find("beginbfrange", pos)) != std::string::npos) {
        const size_t start = map.rfind('\n', pos - 2) + 1;
        const int n = std::stoi(map.substr(start, pos - start));
        CHECK(n <= 100);
        rows += size_t(n);
        ++pos;
    }
    CHECK(rows == 256 - 8);
}

TEST_CASE("Exported text extracts without a syntax warning from poppler")
{
    TempDir dir;
    const QString path = exportTo(dir, QStringLiteral("a.pdf"), PdfOptions{});
    const QString errors = toolErrors(QStringLiteral("pdftotext"), {path, dir.path(QStringLiteral("a.txt"))});
    INFO(errors.toStdString());
    CHECK(errors.isEmpty());
    QString info;
    PdfToolCheck::run(QStringLiteral("pdfinfo"), {path}, &info);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Tagged:\\s+yes"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("PDF version:\\s+1.7"))));
}

TEST_CASE("The structure follows the content in reading order and table rows keep every column")
{
    PdfStructure s;
    const int part = s.add("Part", 0);
    const int p1 = s.add("P", part);
    const int p2 = s.add("P", part, Language::Es);
    const int table = s.add("Table", part);
    const int row = s.add("TR", table);
    const int a = s.add("TD", row), b = s.add("TD", row);
    s.addContent(p2, 0, 0); // the Spanish paragraph was written first
    s.addContent(p1, 0, 1);
    s.addContent(b, 1, 0);
    s.finish();
    REQUIRE(s.at(part).kids.size() == 3);
    CHECK(s.at(part).kids[0].element == p2);
    CHECK(s.at(part).kids[1].element == p1);
    CHECK(s.at(p2).lang == Language::Es);
    CHECK_FALSE(s.at(p1).lang.has_value()); // the document's language is not repeated
    REQUIRE(s.at(row).kids.size() == 2);    // the empty first cell is still there, first
    CHECK(s.at(row).kids[0].element == a);
    CHECK(s.at(row).kids[1].element == b);
    CHECK(s.pageContents().at(1).at(0) == b);
}

TEST_CASE("The content writer marks content by element and passage, and the rest as an artifact")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    PdfStructure s;
    const int en = s.add("P", 0), es = s.add("P", 0, Language::Es);
    s.at(en).passage = 0;
    s.at(es).passage = 1;
    PdfOps ops;
    // Two rows of a parallel paragraph: English left, Spanish right, line by line; a rule under them.
    for (int line = 0; line < 2; ++line) {
        ops.push_back(PdfOp::makeText(72, 100 + 14 * line, FontStyle::Regular, 10,
                                      "english" + std::to_string(line), 30));
        ops.back().tag = en;
        ops.push_back(PdfOp::makeText(320, 100 + 14 * line, FontStyle::Regular, 10,
                                      "spanish" + std::to_string(line), 30));
        ops.back().tag = es;
    }
    ops.push_back(PdfOp::makeLine(72, 140, 540, 140, 0.5f, 0x999999));
    const std::string out = PdfContentWriter(f.fonts, 792, kNames, &s, 0).write(ops);
    const auto at = [&](const char* text) {
        std::string utf16;
        for (const char* c = text; *c; ++c) {
            utf16 += '\0';
            utf16 += *c;
        }
        return out.find(utf16);
    };
    CHECK(out.rfind("/Artifact BMC", 0) == 0);
    CHECK(out.find("/P <</MCID 0>> BDC") != std::string::npos);
    CHECK(out.find("/P <</MCID 1>> BDC") != std::string::npos);
    // One language at a time: both English lines before the first Spanish one.
    CHECK(at("english1") < at("spanish0"));
    CHECK(at("spanish0") < at("spanish1"));
    REQUIRE(s.pageContents().size() == 1);
    CHECK(s.pageContents()[0] == std::vector<int>{en, es});
}

TEST_CASE("In the parallel layout each passage extracts whole, one language at a time")
{
    TempDir dir;
    PdfOptions o;
    o.layout = PdfOptions::Layout::Parallel;
    const QString path = exportTo(dir, QStringLiteral("parallel.pdf"), o);
    const Report report = sampleReport();
    // Reading order as stored (-raw) and as poppler lays it out (the default).
    for (const bool raw : {true, false}) {
        QString text;
        QStringList args;
        if (raw) args << QStringLiteral("-raw");
        PdfToolCheck::run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"), &text);
        text = normalized(text);
        int whole = 0, total = 0;
        for (const Section& s : report.sections)
            for (const Language l : {Language::En, Language::Es})
                for (const QString& p : paragraphs(s.body, l)) {
                    ++total;
                    // A paragraph continued on the next page is cut by the page's head and foot.
                    if (text.contains(p)) ++whole;
                }
        INFO("raw " << raw << ": " << whole << " of " << total);
        REQUIRE(total > 10);
        CHECK(whole >= total - 2);
    }
}

TEST_CASE("The draft mark's check finds exactly the errors of the full check")
{
    for (const Report& report : {sampleReport(), smallReport()}) {
        QStringList all, errors;
        for (const Finding& f : CheckEngine().run(report))
            if (f.severity == Severity::Error) all << f.rule + f.path.toString();
        for (const Finding& f : CheckEngine().errors(report))
            errors << f.rule + f.path.toString();
        all.sort();
        errors.sort();
        CHECK(errors == all);
    }
}

TEST_CASE("A report that check finds not ready prints as a draft unless printed as final")
{
    TempDir dir;
    Report report = sampleReport();
    if (sampleReady()) {
        // Make it not ready: a required text missing in both languages is an error.
        for (Section& s : report.sections)
            if (s.isObjective()) s.body = BiText();
    }
    bool ready = true;
    for (const Finding& f : CheckEngine().run(report))
        ready = ready && f.severity != Severity::Error;
    REQUIRE_FALSE(ready);

    const PdfToolCheck draft(exportTo(dir, QStringLiteral("draft.pdf"), PdfOptions{}, report));
    for (int page = 1; page <= draft.pageCount(); ++page) {
        INFO("page " << page);
        CHECK(draft.text(page, page).contains(QLatin1String("DRAFT / BORRADOR")));
    }
    PdfOptions finalPrint;
    finalPrint.final = true;
    const PdfToolCheck printed(exportTo(dir, QStringLiteral("final.pdf"), finalPrint, report));
    CHECK_FALSE(printed.text().contains(QLatin1String("DRAFT / BORRADOR")));
    const QString cover = normalized(printed.text(1, 1));
    CHECK(cover.contains(QLatin1String("Printed as final although the readiness check still reports")));
    CHECK(cover.contains(QStringLiteral("Impreso como final aunque la revisión aún señala")));
}
