#pragma once

#include "common/NoticeBar.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace cpc {

class WindowShell;

// Makes the window's current page read-only where the report does not allow changes: approved parts
// (locked until reopened) and, in a contribution file, whatever was not asked of its entity. The core
// refuses such edits anyway; this shows it before the user types, with a note that says why.
// Works on any page (ours or another folder's): text editors become read-only, other inputs disabled.
class PageLock : public QObject {
    Q_OBJECT
public:
    explicit PageLock(WindowShell& window);
    ~PageLock() override;

    // Re-examines the current page (after a node is chosen or the report changed).
    void update();
    NoticeBar* note() const { return m_note; }

private:
    void lockAll(QWidget* page, const QString& note, const QString& details);
    void lockTextsOutside(QWidget* page);
    void release();

    WindowShell& m_window;
    QPointer<QWidget> m_page;
    QPointer<NoticeBar> m_note;
    QList<QPointer<QWidget>> m_readOnly; // made read-only by us
    QList<QPointer<QWidget>> m_disabled; // disabled by us
};

} // namespace cpc
