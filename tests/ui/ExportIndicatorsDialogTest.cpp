#include "indicatordata/ExportIndicatorsDialog.h"

#include "Screenshot.h"
#include "UiTestSupport.h"
#include "common/FileDialog.h"
#include "import/IndicatorImport.h"
#include "indicators/SmallNumbersDialog.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::reportInFile;

TEST_CASE("Small-number protection is set from the window as one undo step", "[export][smallnumbers]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    const SmallNumberPolicy before = reportInFile(path).info.smallNumbers;

    SmallNumbersDialog dialog(w.document(), w.session(), &w);
    CHECK(dialog.enabledBox()->isChecked() == before.enabled);
    CHECK(dialog.thresholdBox()->value() == before.threshold);
    dialog.enabledBox()->setChecked(true);
    dialog.thresholdBox()->setValue(9);
    CHECK(dialog.effectLabel()->text().contains(QStringLiteral("<9")));
    dialog.show();
    test::saveScreenshot(&dialog, QStringLiteral("small-numbers-dialog"));
    REQUIRE(dialog.apply());
    CHECK(reportInFile(path).info.smallNumbers == SmallNumberPolicy{true, 9});
    CHECK(w.undoStack()->count() == 1);
    w.session()->undo();
    CHECK(reportInFile(path).info.smallNumbers == before);
}

TEST_CASE("Exported indicator data import back to the same values", "[export]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    // Unmasked, so that every value can come back.
    SmallNumbersDialog protection(w.document(), w.session(), &w);
    protection.enabledBox()->setChecked(false);
    protection.apply();
    REQUIRE_FALSE(reportInFile(path).info.smallNumbers.enabled);

    ExportIndicatorsDialog dialog(w.document(), &w);
    dialog.show();
    test::saveScreenshot(&dialog, QStringLiteral("export-dialog"));
    SECTION("CSV with Spanish headers, through the Export button")
    {
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("csv")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
        const QString out = dir.path(QStringLiteral("datos.csv"));
        FileDialog::setNextFileName(out);
        QPushButton* exportButton = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Export…")) exportButton = b;
        REQUIRE(exportButton);
        exportButton->click();
        const QByteArray bytes = test::readFile(out);
        CHECK(bytes.startsWith("\xef\xbb\xbf"));
        CHECK(bytes.left(bytes.indexOf('\n')).contains(";"));
        const ImportPlan plan = IndicatorImport::fromFile(reportInFile(path), out, {});
        INFO((plan.errors.isEmpty() ? QString() : plan.errors[0].toString()).toStdString());
        CHECK(plan.ok());
        CHECK(plan.preview.isEmpty());
        CHECK(plan.unchanged > 0);
    }
    SECTION("XLSX with English headers")
    {
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("xlsx")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        const QString out = dir.path(QStringLiteral("data.xlsx"));
        REQUIRE(dialog.exportTo(out).ok());
        CHECK(test::readFile(out).startsWith("PK"));
        Report other = reportInFile(path);
        other.indicator(QStringLiteral("1.1"))->actuals[1] = 1;
        const ImportPlan plan = IndicatorImport::fromFile(other, out, {});
        CHECK(plan.ok());
        REQUIRE(plan.preview.size() == 1);
        CHECK(plan.preview[0].after == 312);
    }
}
