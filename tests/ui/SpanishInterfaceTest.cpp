#include "UiTestSupport.h"
#include "navigator/ReportTreeModel.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("The window speaks Spanish when the interface is Spanish", "[window][i18n]")
{
    const test::SpanishInterface spanish;
    {
        MainWindow w;
        CHECK(w.fileMenu()->title() == QStringLiteral("&Archivo"));
        CHECK(w.editMenu()->title() == QStringLiteral("&Edición"));
        CHECK(w.helpMenu()->title() == QStringLiteral("Ay&uda"));
        CHECK(w.undoStack() != nullptr);
        CHECK(w.treeModel()->headerData(ReportTreeModel::StatusColumn, Qt::Horizontal).toString() ==
              QStringLiteral("Estado"));
        CHECK(Workflow::statusName(ReviewStatus::Drafting) == QStringLiteral("En redacción"));
        // Qt's own dialogs too.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancelar"));
        CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
    }
}
