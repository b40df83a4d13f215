#include "JourneySupport.h"

#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <catch2/catch.hpp>

namespace cpc::test {

ModalStep::ModalStep(std::function<bool(QWidget*)> drive) : m_drive(std::move(drive))
{
    m_timer.setInterval(20);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (!top->isVisible() || !top->isModal()) continue;
            // Stop first: the drive may open a nested event loop (a message box) of its own.
            m_timer.stop();
            if (m_drive(top)) {
                m_done = true;
                return;
            }
            m_timer.start();
        }
    });
    m_timer.start();
}

void showActive(QWidget* w)
{
    w->show();
    w->activateWindow();
    CHECK(QTest::qWaitForWindowActive(w));
}

QAction* action(MainWindow& w, const QString& objectName)
{
    auto* a = w.findChild<QAction*>(objectName);
    INFO(objectName.toStdString());
    REQUIRE(a);
    REQUIRE(a->isEnabled());
    return a;
}

void quit(MainWindow& w)
{
    action(w, QStringLiteral("actionQuit"))->trigger();
    QCoreApplication::processEvents();
    CHECK_FALSE(w.isVisible());
    CHECK(w.document() == nullptr);
}

RichTextEdit* textBox(MainWindow& w, const QString& path, Language language)
{
    REQUIRE(w.currentPage());
    auto* editor = w.currentPage()->findChild<BilingualEditor*>(QStringLiteral("bilingual:") + path);
    INFO(path.toStdString());
    REQUIRE(editor);
    return editor->side(language)->editor();
}

void clickInto(RichTextEdit* edit)
{
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
}

void typeText(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(w, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

} // namespace cpc::test
