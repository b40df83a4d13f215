// The template's guidance beside a page comes from the template the report keeps, parsed once by its
// document (ReportDocument::reportTemplate).
#include "UiTestSupport.h"
#include "template/TemplateLibrary.h"

#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

QString guidanceOn(MainWindow& window, const NavNode& node)
{
    window.selectNode(node);
    REQUIRE(window.currentPage());
    for (auto* b : window.currentPage()->findChildren<QTextBrowser*>())
        if (b->accessibleName() == QStringLiteral("Guidance")) return b->toPlainText();
    FAIL("the page shows no guidance");
    return QString();
}

} // namespace

TEST_CASE("A section's page shows the template's guidance and suggested length", "[guidance]")
{
    auto templ = TemplateLibrary::find(QStringLiteral("colombia-cpc"));
    REQUIRE(templ.ok());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("guided.cpcreport"));
    REQUIRE(ReportDocument::create(path, test::sampleReport(), templ.value().json).ok());
    MainWindow window;
    REQUIRE(window.openFile(path));
    REQUIRE(window.document()->reportTemplate());

    const TemplateSection* section = templ.value().tmpl.section(QStringLiteral("objective-1"));
    REQUIRE(section);
    const QString objective = guidanceOn(window, NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    CHECK(objective.contains(section->guidance.en().left(40)));
    const QLocale l;
    CHECK(objective.contains(
        QStringLiteral("Suggested length: %1–%2 words").arg(l.toString(600), l.toString(1500))));

    const QString activity =
        test::activityIds(window.document()->report(), QStringLiteral("objective-1")).value(0);
    REQUIRE(!activity.isEmpty());
    CHECK(guidanceOn(window, NavNode{NodeKind::Activity, activity})
              .contains(templ.value().tmpl.activityGuidance.en().left(40)));
}

TEST_CASE("A report that keeps no template shows that the template gives no guidance", "[guidance]")
{
    test::OpenSample s;
    CHECK_FALSE(s.window.document()->reportTemplate());
    CHECK(guidanceOn(s.window, NavNode{NodeKind::Section, QStringLiteral("objective-1")})
              .contains(QStringLiteral("The template gives no guidance for this part of the report.")));
}
