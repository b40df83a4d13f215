// Who the user is: asked at the first start (skippable), changed in Preferences, recorded with every edit.
#include "settings/IdentityForm.h"

#include "UiTestSupport.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "history/HistoryModel.h"
#include "settings/Identity.h"
#include "start/FirstRunDialog.h"
#include "support/TestSupport.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace cpc;

namespace {
struct NoIdentity {
    NoIdentity() { Identity{}.save(); }
    ~NoIdentity() { Identity{}.save(); }
    NoIdentity(const NoIdentity&) = delete;
    NoIdentity& operator=(const NoIdentity&) = delete;
};
} // namespace

TEST_CASE("The first start asks for the name and entity, and skipping leaves them unset",
          "[identity][firstrun]")
{
    const NoIdentity clean;
    {
        FirstRunDialog d;
        IdentityForm* form = d.identityForm();
        REQUIRE(form);
        // The entities come from the installed template, by name, before any report exists.
        const int padf = form->entityBox()->findData(QStringLiteral("PADF"));
        REQUIRE(padf > 0);
        CHECK(form->entityBox()->itemText(padf).contains(
            QStringLiteral("Pan American Development Foundation")));
        d.reject(); // "Later", nothing typed
    }
    CHECK(Identity::current().isEmpty());

    FirstRunDialog d;
    d.identityForm()->nameEdit()->setText(QStringLiteral(" Carlos Ruiz "));
    d.identityForm()->entityBox()->setCurrentIndex(
        d.identityForm()->entityBox()->findData(QStringLiteral("PADF")));
    d.reject(); // even "Later" keeps what was typed
    CHECK(Identity::current() == Identity{QStringLiteral("Carlos Ruiz"), QStringLiteral("PADF")});
}

TEST_CASE("An entity that is not listed can be typed", "[identity]")
{
    const NoIdentity clean;
    IdentityForm form({});
    form.nameEdit()->setText(QStringLiteral("Luz Díaz"));
    form.entityBox()->setEditText(QStringLiteral("Gobernación del Valle"));
    CHECK(form.identity() == Identity{QStringLiteral("Luz Díaz"), QStringLiteral("Gobernación del Valle")});
    form.setIdentity(Identity{QStringLiteral("Luz Díaz"), QStringLiteral("Gobernación del Valle")});
    CHECK(form.entityBox()->currentText() == QStringLiteral("Gobernación del Valle"));
}

TEST_CASE("Every edit in the window records the person and the entity, shown in History",
          "[identity][history]")
{
    const NoIdentity clean;
    Identity{QStringLiteral("Ana Pérez"), QStringLiteral("MOI")}.save();
    test::OpenSample s;
    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    auto* editor = s.window.currentPage()->findChild<BilingualEditor*>(
        QStringLiteral("bilingual:sections/objective-1/body"));
    REQUIRE(editor);
    RichTextEdit* es = editor->side(Language::Es)->editor();
    es->setFocus();
    es->moveCursor(QTextCursor::End);
    QTest::keyClicks(es, QStringLiteral(" Otra frase."));
    test::waitForCommit();

    const QList<HistoryEntry> history =
        s.window.document()->history(FieldPath::fromString(QStringLiteral("sections/objective-1/body/es")));
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.constFirst().author == QStringLiteral("Ana Pérez (MOI)"));
    HistoryModel model;
    model.setDocument(s.window.document());
    model.setPath(FieldPath::fromString(QStringLiteral("sections/objective-1/body/es")));
    REQUIRE(model.rowCount() > 0);
    CHECK(model.index(0, HistoryModel::WhoColumn).data().toString() == QStringLiteral("Ana Pérez (MOI)"));
}
