// Small-number protection as a reader of the printed report meets it: the PDF, read back with
// pdftotext, shows no count of child victims from 1 to the threshold, and no hidden value can be
// worked out from the figures it does show.
#include "PdfToolCheck.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

// Indicator 2.1 of the sample counts child victims; year 1 gets a breakdown with one small category.
Report withSmallCount(bool protect)
{
    Report r = sampleReport();
    Indicator* v = r.indicator(QStringLiteral("2.1"));
    REQUIRE(v);
    v->actuals[1] = 163;
    v->disaggregation[1].clear();
    v->disaggregation[1].append(Disaggregation{
        QStringLiteral("sex"), {{QStringLiteral("female"), 160}, {QStringLiteral("male"), 3}}});
    r.info.smallNumbers.enabled = protect;
    r.info.smallNumbers.threshold = 5;
    return r;
}

QString exported(const TempDir& dir, const Report& r, const QString& name)
{
    const QString path = dir.path(name);
    PdfOptions o;
    o.languages = PdfOptions::Languages::En;
    const Status s = PdfExporter::exportReport(r, path, o);
    INFO((s ? std::string() : s.error().toString().toStdString()));
    REQUIRE(s.ok());
    return PdfToolCheck(path).text(0, 0, true);
}

bool hasLine(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).hasMatch();
}

} // namespace

TEST_CASE("With protection on, the PDF shows no small count and nothing that gives it away")
{
    TempDir dir;
    const QString plain = exported(dir, withSmallCount(false), QStringLiteral("plain.pdf"));
    // Without protection the figures are there: the test reads the right table.
    REQUIRE(hasLine(plain, QStringLiteral(R"(Male\s+3\s*$)")));
    REQUIRE(hasLine(plain, QStringLiteral(R"(Female\s+160\s*$)")));

    const QString text = exported(dir, withSmallCount(true), QStringLiteral("protected.pdf"));
    CHECK(hasLine(text, QStringLiteral(R"(Male\s+<5\s*$)")));
    CHECK_FALSE(hasLine(text, QStringLiteral(R"(Male\s+3\s*$)")));
    // The total (163) is shown, so the other category must be hidden too, or 163 − 160 gives the 3 away.
    CHECK_FALSE(hasLine(text, QStringLiteral(R"(Female\s+160\s*$)")));
    CHECK(hasLine(text, QStringLiteral(R"(Female\s+\*\s*$)")));
}
