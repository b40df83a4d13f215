#pragma once

#include "model/Language.h"

#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <functional>

class QAction;

namespace cpc {
class MainWindow;
class RichTextEdit;
} // namespace cpc

namespace cpc::test {

// Answers the next modal dialog the way a user would, from inside the exec() that the step about to be
// taken opens: `drive` gets each visible modal top-level window until it returns true. Checks inside
// `drive` must not throw (CHECK, not REQUIRE).
class ModalStep {
public:
    explicit ModalStep(std::function<bool(QWidget*)> drive);
    bool done() const { return m_done; }

private:
    std::function<bool(QWidget*)> m_drive;
    QTimer m_timer;
    bool m_done = false;
};

// The same for a dialog of type T: the function runs once on the first modal T.
template <typename T> std::function<bool(QWidget*)> on(std::function<void(T&)> drive)
{
    return [drive](QWidget* w) {
        auto* t = qobject_cast<T*>(w);
        if (!t) return false;
        drive(*t);
        return true;
    };
}

// Shows `w` and makes it the active window, as the user's click on it would (focus changes, and the
// editors' commit on leaving a text, happen only in the active window).
void showActive(QWidget* w);
// The window's action named `objectName` (menus, shortcuts), failing the test when it is missing or off.
QAction* action(MainWindow& w, const QString& objectName);
// Quits the way Ctrl+Q and File > Quit do (the same action), and checks that the window went.
void quit(MainWindow& w);
// The text box of `path`'s side `language` on the page now shown (e.g. "sections/objective-1/body").
RichTextEdit* textBox(MainWindow& w, const QString& path, Language language);
// Clicks into `edit` (as the tester did) and puts the cursor at its end.
void clickInto(RichTextEdit* edit);
// Types `text` into `w` key by key; letters outside ASCII (á, ñ, Ú) arrive as a keyboard sends them, as text
// with no key code (QTest::keyClicks only knows ASCII).
void typeText(QWidget* w, const QString& text);
// Waits (running the event loop) until `done` or `ms` pass; returns `done()`.
bool waitFor(const std::function<bool()>& done, int ms = 20000);

} // namespace cpc::test
