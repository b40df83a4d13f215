#pragma once

#include "model/Language.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QToolBar;
class QAction;

namespace cpc {

class RichTextEdit;

// One language of a bilingual text: its name, its state (missing, current, stale and since when), the
// formatting toolbar and the editor. The buttons to see what changed in the other language and to
// confirm this side as its translation show only while the side is stale.
class TextSideEditor : public QWidget {
    Q_OBJECT
public:
    TextSideEditor(Language language, bool rich, QWidget* parent = nullptr);

    Language language() const { return m_language; }
    RichTextEdit* editor() const { return m_edit; }
    void setHeading(const QString& text);
    // `detail` is the full sentence (e.g. why the side is stale); `stale` shows the two buttons.
    void setState(const QString& label, const QString& detail, bool stale);
    void setReadOnly(bool readOnly);

    // Features that decorate every text side (spell underlining) register here once; each side is
    // passed to every decorator at the end of its construction.
    static void addDecorator(std::function<void(TextSideEditor&)> decorate);

signals:
    void showChangesRequested();
    void confirmRequested();

private:
    void addFormatAction(const QString& text, const QString& label, const QKeySequence& shortcut,
                         const std::function<void()>& run);
    void askLink();

    Language m_language;
    QLabel* m_heading;
    QLabel* m_state;
    QPushButton* m_showChanges;
    QPushButton* m_confirm;
    QToolBar* m_toolbar = nullptr;
    RichTextEdit* m_edit;
};

} // namespace cpc
