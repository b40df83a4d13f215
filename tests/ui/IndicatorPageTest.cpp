#include "indicators/IndicatorPage.h"

#include "LocaleGuard.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "indicators/DisaggregationModel.h"
#include "indicators/IndicatorChart.h"
#include "indicators/IndicatorYearModel.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

const QString kId = QStringLiteral("1.1");

IndicatorPage* indicatorPage(MainWindow& w, const QString& id)
{
    w.selectNode(NavNode{NodeKind::Indicator, id});
    auto* page = qobject_cast<IndicatorPage*>(w.currentPage());
    REQUIRE(page);
    return page;
}

QModelIndex cell(IndicatorPage* page, int year, int column)
{
    return page->yearModel()->index(page->yearModel()->rowOfYear(year), column);
}

void typeInto(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    auto* editor = view->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits what was typed from the event loop (a queued call), as it does for a user.
    QCoreApplication::processEvents();
}

std::optional<double> actual(const QString& path, int year)
{
    return reportInFile(path).indicator(kId)->actuals.value(year);
}

} // namespace

TEST_CASE("The indicator table computes % of target and reads and shows figures in the interface locale",
          "[indicator]")
{
    const test::LocaleGuard spanish(QLocale(QLocale::Spanish, QLocale::Colombia));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    w.resize(1280, 900);
    w.show();
    IndicatorPage* page = indicatorPage(w, kId);
    CHECK(cell(page, 1, IndicatorYearModel::Target).data().toString() == QStringLiteral("400"));
    CHECK(cell(page, 1, IndicatorYearModel::Percent).data().toString() == QStringLiteral("78,0\u00a0%"));
    CHECK(
        cell(page, 1, IndicatorYearModel::Status).data().toString().startsWith(QStringLiteral("Off track")));
    CHECK(cell(page, 2, IndicatorYearModel::Status).data().toString() == QStringLiteral("Not reported"));
    test::saveScreenshot(&w, QStringLiteral("indicator-page-es-locale"));

    SECTION("a Spanish figure typed in the table is in the file, shown back in Spanish, and undoable")
    {
        typeInto(page->yearTable(), cell(page, 1, IndicatorYearModel::Actual), QStringLiteral("1.234,5"));
        CHECK(actual(path, 1) == 1234.5);
        CHECK(cell(page, 1, IndicatorYearModel::Actual).data().toString() == QStringLiteral("1.234,5"));
        CHECK(w.undoStack()->count() == 1);
        w.session()->undo();
        CHECK(actual(path, 1) == 312);
        CHECK(cell(page, 1, IndicatorYearModel::Actual).data().toString() == QStringLiteral("312"));
    }

    SECTION("text that is not a number is refused, said so, and nothing changes")
    {
        typeInto(page->yearTable(), cell(page, 1, IndicatorYearModel::Actual), QStringLiteral("12x"));
        CHECK(actual(path, 1) == 312);
        CHECK(page->inputMessage()->isVisible());
        CHECK(page->inputMessage()->text().contains(QStringLiteral("12x")));
        CHECK(w.undoStack()->count() == 0);
    }
}

TEST_CASE("A result far from its target asks for an explanation in both languages", "[indicator]")
{
    const test::LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    IndicatorPage* page = indicatorPage(w, kId);
    // Year 1 is explained in the sample.
    CHECK(page->explainedYear() == 1);
    CHECK_FALSE(page->explanationPrompt()->text().contains(QStringLiteral("explain why")));

    REQUIRE(page->yearModel()->setData(cell(page, 2, IndicatorYearModel::Actual), QStringLiteral("500"),
                                       Qt::EditRole));
    page->yearTable()->setCurrentIndex(cell(page, 2, IndicatorYearModel::Actual));
    REQUIRE(page->explainedYear() == 2);
    CHECK(page->explanationPrompt()->text().contains(
        QStringLiteral("37.5\u00a0% short of the target: explain why")));
    CHECK(cell(page, 2, IndicatorYearModel::Status)
              .data()
              .toString()
              .contains(QStringLiteral("explanation needed")));

    RichTextEdit* es = page->explanationEditor()->side(Language::Es)->editor();
    es->setFocus();
    QTest::keyClicks(es, QStringLiteral("Faltaron recursos."));
    test::waitForCommit();
    CHECK(reportInFile(path).indicator(kId)->varianceExplanation.value(2).es() ==
          QStringLiteral("Faltaron recursos."));
    CHECK_FALSE(page->explanationPrompt()->text().contains(QStringLiteral("explain why")));
    CHECK_FALSE(cell(page, 2, IndicatorYearModel::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("explanation needed")));
}

TEST_CASE("Counting, direction, key mark and next year's target", "[indicator]")
{
    const test::LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    IndicatorPage* page = indicatorPage(w, kId);

    SECTION("a cumulative indicator compares the running total with the target")
    {
        REQUIRE(page->yearModel()->setData(cell(page, 2, IndicatorYearModel::Actual), QStringLiteral("500"),
                                           Qt::EditRole));
        CHECK(cell(page, 2, IndicatorYearModel::Percent).data().toString() == QStringLiteral("62.5\u00a0%"));
        page->countingBox()->setFocus();
        QTest::keyClick(page->countingBox(), Qt::Key_Down);
        CHECK(reportInFile(path).indicator(kId)->cumulative);
        CHECK(cell(page, 2, IndicatorYearModel::Percent).data().toString() == QStringLiteral("101.5\u00a0%"));
        CHECK(cell(page, 2, IndicatorYearModel::Status).data().toString() == QStringLiteral("Achieved"));
        w.session()->undo();
        CHECK_FALSE(reportInFile(path).indicator(kId)->cumulative);
        CHECK(page->countingBox()->currentIndex() == 0);
    }

    SECTION("lower is better: a result above the target is short of it")
    {
        IndicatorPage* days = indicatorPage(w, QStringLiteral("3.2"));
        CHECK(days->yearModel()->index(0, IndicatorYearModel::Percent).data().toString() ==
              QStringLiteral("96.2\u00a0%"));
        CHECK(days->yearModel()->index(0, IndicatorYearModel::Status).data().toString() ==
              QStringLiteral("On track"));
    }

    SECTION("the key indicator mark")
    {
        page->keyBox()->click();
        CHECK(reportInFile(path).indicator(kId)->key);
        w.session()->undo();
        CHECK_FALSE(reportInFile(path).indicator(kId)->key);
        CHECK_FALSE(page->keyBox()->isChecked());
    }

    SECTION("next year's target")
    {
        QLineEdit* next = page->nextTargetEdit();
        CHECK(next->text() == QStringLiteral("800"));
        next->setFocus();
        next->selectAll();
        QTest::keyClicks(next, QStringLiteral("900"));
        QTest::keyClick(next, Qt::Key_Return);
        CHECK(reportInFile(path).indicator(kId)->targets.value(2) == 900);
        CHECK(w.undoStack()->count() == 1);
    }
}

TEST_CASE("The breakdown editor says whether categories add up, and the chart follows the figures",
          "[indicator]")
{
    const test::LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    w.resize(1280, 900);
    w.show();
    IndicatorPage* page = indicatorPage(w, QStringLiteral("2.1"));
    test::saveScreenshot(&w, QStringLiteral("indicator-page-2.1"));
    page = indicatorPage(w, kId);
    CHECK(page->breakdownModel()->rowCount() == 2);
    CHECK(page->sumsLabel()->text().contains(QStringLiteral("Sex: 312 — adds up")));

    REQUIRE(page->breakdownModel()->setCategory(QStringLiteral("sex"), QStringLiteral("unknown"), 7));
    const auto dims = reportInFile(path).indicator(kId)->disaggregation.value(1);
    REQUIRE(dims.size() == 1);
    CHECK(dims[0].categories.last() == DisaggregationCategory{QStringLiteral("unknown"), 7});
    CHECK(page->sumsLabel()->text().contains(QStringLiteral("does not add up")));
    w.session()->undo();
    CHECK(reportInFile(path).indicator(kId)->disaggregation.value(1)[0].categories.size() == 2);

    REQUIRE(page->breakdownModel()->setData(page->breakdownModel()->index(1, DisaggregationModel::Value),
                                            QStringLiteral("100"), Qt::EditRole));
    CHECK(reportInFile(path).indicator(kId)->disaggregation.value(1)[0].categories[1].value == 100);

    CHECK(page->chart()->points(QStringLiteral("targets")).contains(QPointF(1, 400)));
    CHECK(page->chart()->points(QStringLiteral("actuals")) == QList<QPointF>{QPointF(0, 0), QPointF(1, 312)});
    REQUIRE(page->yearModel()->setData(cell(page, 2, IndicatorYearModel::Actual), QStringLiteral("650"),
                                       Qt::EditRole));
    CHECK(page->chart()->points(QStringLiteral("actuals")).contains(QPointF(2, 650)));
}
