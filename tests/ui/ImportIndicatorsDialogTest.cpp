#include "indicatordata/ImportIndicatorsDialog.h"

#include "LocaleGuard.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "export/IndicatorTable.h"
#include "export/XlsxWriter.h"
#include "indicatordata/ImportPlanModels.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

std::optional<double> actualIn(const Report& r, const QString& id, int year)
{
    return r.indicator(id)->actuals.value(year);
}

} // namespace

TEST_CASE("The import dialog refuses a file with bad rows, naming each row, and changes nothing", "[import]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    const QString csv = dir.path(QStringLiteral("bad.csv"));
    test::writeFile(csv, "indicador;a\xc3\xb1o;meta;logro\r\n1.1;1;400;abc\r\n9.9;1;;5\r\n2.1;1;150;170\r\n");
    MainWindow w;
    REQUIRE(w.openFile(path));

    ImportIndicatorsDialog dialog(w.document(), w.session(), &w);
    dialog.resize(900, 520);
    dialog.setFile(csv);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    const auto& rows = dialog.errorsModel()->rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].file == QStringLiteral("bad.csv"));
    CHECK(rows[0].place == QStringLiteral("line 2"));
    CHECK(rows[0].column == QStringLiteral("logro"));
    CHECK(rows[0].message.contains(QStringLiteral("abc")));
    CHECK(rows[1].place == QStringLiteral("line 3"));
    CHECK(rows[1].message.contains(QStringLiteral("9.9")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("2 row(s) cannot be imported")));
    dialog.show();
    test::saveScreenshot(&dialog, QStringLiteral("import-dialog-errors"));

    CHECK_FALSE(dialog.importNow());
    CHECK(w.undoStack()->count() == 0);
    CHECK(actualIn(reportInFile(path), QStringLiteral("2.1"), 1) == 163);
}

TEST_CASE("A file written by Spanish Excel is previewed old to new and imported as one undo step", "[import]")
{
    const test::LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    const QString csv = dir.path(QStringLiteral("datos.csv"));
    test::writeFile(csv, "\xef\xbb\xbf"
                         "Indicador;A\xc3\xb1o;Meta;Logro\r\n1.1;1;400;1.250\r\n2.1;1;150;170\r\n");
    MainWindow w;
    REQUIRE(w.openFile(path));
    emit w.fileMenu()->aboutToShow();
    CHECK(w.importIndicatorsAction()->isEnabled());

    ImportIndicatorsDialog dialog(w.document(), w.session(), &w);
    dialog.resize(900, 520);
    dialog.setFile(csv);
    REQUIRE(dialog.plan().ok());
    CHECK(dialog.importButton()->isEnabled());
    ImportChangesModel* changes = dialog.changesModel();
    REQUIRE(changes->rowCount() == 2);
    CHECK(changes->index(0, ImportChangesModel::Indicator).data().toString() == QStringLiteral("1.1"));
    CHECK(changes->index(0, ImportChangesModel::Before).data().toString() == QStringLiteral("312"));
    CHECK(changes->index(0, ImportChangesModel::After).data().toString() == QStringLiteral("1,250"));
    CHECK(changes->index(1, ImportChangesModel::Place).data().toString() ==
          QStringLiteral("datos.csv, line 3"));
    CHECK(dialog.plan().unchanged == 2);
    dialog.show();
    test::saveScreenshot(&dialog, QStringLiteral("import-dialog-preview"));

    REQUIRE(dialog.importNow());
    CHECK(w.undoStack()->count() == 1);
    Report after = reportInFile(path);
    CHECK(actualIn(after, QStringLiteral("1.1"), 1) == 1250);
    CHECK(actualIn(after, QStringLiteral("2.1"), 1) == 170);
    w.session()->undo();
    after = reportInFile(path);
    CHECK(actualIn(after, QStringLiteral("1.1"), 1) == 312);
    CHECK(actualIn(after, QStringLiteral("2.1"), 1) == 163);
}

TEST_CASE("An XLSX workbook's sheets can be chosen", "[import]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    Report changed = test::sampleReport();
    changed.indicator(QStringLiteral("1.1"))->actuals[1] = 333;
    const QString xlsx = dir.path(QStringLiteral("datos.xlsx"));
    REQUIRE(XlsxWriter::write(xlsx, IndicatorTable::build(changed, Language::Es, SuppressionPlan())).ok());
    MainWindow w;
    REQUIRE(w.openFile(path));

    ImportIndicatorsDialog dialog(w.document(), w.session(), &w);
    dialog.setFile(xlsx);
    REQUIRE(dialog.sheetBox()->count() == 2);
    REQUIRE(dialog.plan().ok());
    REQUIRE(dialog.changesModel()->rowCount() == 1);
    CHECK(dialog.plan().preview[0].after == 333);
    CHECK(dialog.plan().preview[0].place.startsWith(QString::fromUtf8("datos.xlsx, sheet “") +
                                                    dialog.sheetBox()->itemText(0)));

    // The breakdowns sheet holds nothing new: nothing to import.
    dialog.setSheet(dialog.sheetBox()->itemText(1));
    CHECK(dialog.plan().ok());
    CHECK(dialog.changesModel()->rowCount() == 0);
    CHECK_FALSE(dialog.importButton()->isEnabled());
}
