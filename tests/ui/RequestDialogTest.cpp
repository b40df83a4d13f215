// The request dialog starts from the assignment: the entity assigned to the part the coordinator is on, the
// parts that will be open listed by title, and a file name a person would give it.
#include "contributions/RequestDialog.h"

#include "UiTestSupport.h"
#include "common/MessageBox.h"
#include "contributions/ContributionActions.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

using namespace cpc;

namespace {
QStringList items(QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}
} // namespace

TEST_CASE("The request dialog preselects the partner assigned to the current part and lists its parts",
          "[contributions][request]")
{
    const test::SpanishInterface spanish;
    test::OpenSample s;
    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-2")}); // ICBF, PADF
    auto* actions = s.window.findChild<ContributionActions*>();
    REQUIRE(actions);
    RequestDialog* seen = nullptr;
    QString entity, file;
    QStringList parts;
    // The dialog is modal: look at it while it is open, then cancel it.
    QTimer::singleShot(0, [&] {
        seen = qobject_cast<RequestDialog*>(QApplication::activeModalWidget());
        if (!seen)
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<RequestDialog*>(w); d && d->isVisible()) seen = d;
        if (!seen) return;
        entity = seen->entityBox()->currentData().toString();
        file = QFileInfo(seen->outputEdit()->text()).fileName();
        parts = items(seen->partsList());
        seen->reject();
    });
    actions->requestAction()->trigger();
    REQUIRE(seen != nullptr);
    CHECK(entity == QStringLiteral("ICBF"));
    CHECK(file == QStringLiteral("Aporte de ICBF – Informe CPC año 1.cpcreport"));
    CHECK(parts.contains(QStringLiteral("Objetivo 2: Protección")));
    CHECK(parts.size() >= 3); // the section, its indicators
}

TEST_CASE("Every label of the request dialog with a mnemonic has a field to go to",
          "[contributions][request]")
{
    test::OpenSample s;
    RequestDialog d(*s.window.document(), QStringLiteral("PADF"));
    CHECK(d.entityBox()->currentData().toString() == QStringLiteral("PADF"));
    CHECK(QFileInfo(d.outputEdit()->text()).fileName() ==
          QStringLiteral("Contribution from PADF – CPC report year 1.cpcreport"));
    for (QLabel* l : d.findChildren<QLabel*>()) {
        if (!l->text().contains(QLatin1Char('&')) || l->textFormat() == Qt::PlainText) continue;
        INFO(l->text().toStdString());
        CHECK(l->buddy() != nullptr);
    }
    // Another entity lists its own parts.
    d.entityBox()->setCurrentIndex(d.entityBox()->findData(QStringLiteral("FGN")));
    const QStringList fgn = items(d.partsList());
    CHECK(fgn.contains(QStringLiteral("Objective 3: Prosecution")));
    CHECK_FALSE(fgn.contains(QStringLiteral("Objective 2: Protection")));
}
