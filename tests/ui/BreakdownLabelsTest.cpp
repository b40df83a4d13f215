// Naming breakdowns in the window: the names table edits a label in either language as one undo step,
// the categories are shown by name, and a new breakdown is added by name without typing a code.
#include "LocaleGuard.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "indicators/BreakdownEditor.h"
#include "indicators/BreakdownLabelModel.h"
#include "indicators/DisaggregationModel.h"
#include "indicators/IndicatorPage.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

IndicatorPage* pageOf(MainWindow& w, const QString& id)
{
    w.selectNode(NavNode{NodeKind::Indicator, id});
    auto* page = qobject_cast<IndicatorPage*>(w.currentPage());
    REQUIRE(page);
    return page;
}

int rowOf(const BreakdownLabelModel* m, const QString& text)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->data(m->index(r, BreakdownLabelModel::Part), Qt::DisplayRole).toString().contains(text))
            return r;
    return -1;
}

} // namespace

TEST_CASE("A breakdown category is renamed in Spanish in the window, shown by its name, and undone",
          "[indicator][labels]")
{
    const test::LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    test::OpenSample s;
    s.window.resize(1366, 768);
    s.window.show();
    IndicatorPage* page = pageOf(s.window, QStringLiteral("1.1"));
    BreakdownEditor* editor = page->breakdownEditor();
    BreakdownLabelModel* names = editor->labelModel();
    // The sample labels nothing: codes read as words, and the empty sides are marked as to do.
    const int female = rowOf(names, QStringLiteral("Category: Female"));
    REQUIRE(female >= 0);
    CHECK(names->data(names->index(female, BreakdownLabelModel::Spanish), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("No Spanish name yet")));

    // Typed into the Spanish cell, as a user does.
    QTableView* view = editor->labelTable();
    const QModelIndex cell = names->index(female, BreakdownLabelModel::Spanish);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* typing = view->viewport()->findChild<QLineEdit*>();
    REQUIRE(typing);
    QTest::keyClicks(typing, QStringLiteral("Ni"));
    typing->insert(QStringLiteral("ñ")); // as a keyboard's dead key gives it (QTest types ASCII only)
    QTest::keyClicks(typing, QStringLiteral("as y adolescentes mujeres"));
    QTest::keyClick(typing, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(
        reportInFile(s.path).breakdownLabels.category(QStringLiteral("sex"), QStringLiteral("female")).es() ==
        QStringLiteral("Niñas y adolescentes mujeres"));
    CHECK(s.window.session()->undoStack()->undoText() == QStringLiteral("Rename breakdown category"));

    // The English one, then the categories table shows the name in the interface language.
    REQUIRE(names->setData(names->index(female, BreakdownLabelModel::English), QStringLiteral("Girls"),
                           Qt::EditRole));
    DisaggregationModel* values = page->breakdownModel();
    bool shown = false;
    for (int r = 0; r < values->rowCount(); ++r)
        shown = shown ||
                values->data(values->index(r, DisaggregationModel::Category), Qt::DisplayRole).toString() ==
                    QStringLiteral("Girls");
    CHECK(shown);

    test::saveScreenshot(editor, QStringLiteral("breakdown-names"));
    // Undo takes each back; the report is as it was.
    s.window.session()->undo();
    s.window.session()->undo();
    CHECK(reportInFile(s.path).breakdownLabels.isEmpty());
    s.window.session()->redo();
    CHECK(
        reportInFile(s.path).breakdownLabels.category(QStringLiteral("sex"), QStringLiteral("female")).es() ==
        QStringLiteral("Niñas y adolescentes mujeres"));
}

TEST_CASE("A new breakdown and category are added by name, and the codes are made from the names",
          "[indicator][labels]")
{
    const test::LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    test::OpenSample s;
    IndicatorPage* page = pageOf(s.window, QStringLiteral("1.1"));
    BreakdownEditor* editor = page->breakdownEditor();
    editor->dimensionBox()->setCurrentText(QStringLiteral("Country of origin"));
    editor->categoryBox()->setCurrentText(QStringLiteral("Venezuela"));
    editor->valueEdit()->setText(QStringLiteral("12"));
    REQUIRE(editor->addCategory());
    const Report r = reportInFile(s.path);
    const int year = editor->model()->year();
    bool stored = false;
    for (const Disaggregation& d : r.indicator(QStringLiteral("1.1"))->disaggregation.value(year))
        if (d.dimension == QStringLiteral("country_of_origin"))
            stored = d.categories.value(0) == DisaggregationCategory{QStringLiteral("venezuela"), 12};
    CHECK(stored);
    CHECK(r.breakdownLabels.dimension(QStringLiteral("country_of_origin")).en() ==
          QStringLiteral("Country of origin"));
    CHECK(r.breakdownLabels.category(QStringLiteral("country_of_origin"), QStringLiteral("venezuela")).en() ==
          QStringLiteral("Venezuela"));
    // One step: the value and its names come and go together.
    s.window.session()->undo();
    const Report back = reportInFile(s.path);
    CHECK(back.breakdownLabels.isEmpty());
    CHECK(back.indicator(QStringLiteral("1.1"))->disaggregation ==
          test::sampleReport().indicator(QStringLiteral("1.1"))->disaggregation);
}
