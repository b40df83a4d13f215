#include "UiTestSupport.h"
#include "navigator/ReportTreeModel.h"
#include "window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QPushButton>
#include <QTranslator>

using namespace cpc;

TEST_CASE("The window speaks Spanish when the interface is Spanish", "[window][i18n]")
{
    QTranslator ours, qt;
    REQUIRE(ours.load(QStringLiteral(CPC_TEST_QM_DIR "/cpcreport_es.qm")));
    REQUIRE(qt.load(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&ours);
    QCoreApplication::installTranslator(&qt);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));

    {
        MainWindow w;
        CHECK(w.fileMenu()->title() == QStringLiteral("&Archivo"));
        CHECK(w.editMenu()->title() == QStringLiteral("&Edición"));
        CHECK(w.helpMenu()->title() == QStringLiteral("Ay&uda"));
        CHECK(w.undoStack() != nullptr);
        CHECK(w.treeModel()->headerData(ReportTreeModel::StatusColumn, Qt::Horizontal).toString() == QStringLiteral("Estado"));
        CHECK(ReportTreeModel::statusName(QStringLiteral("drafting")) == QStringLiteral("En redacción"));
        // Qt's own dialogs too.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancelar"));
        CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
    }

    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&ours);
}
