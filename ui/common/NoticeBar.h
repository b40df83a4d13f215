#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cpc {

// A notice above a page or the window (read-only, approved, a partner's contribution): one or two lines that
// say what holds, and the explanation under "Details" for whoever wants it, so that the notice never pushes
// the text being written below the fold.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Note, Strong };
    explicit NoticeBar(Tone tone = Tone::Note, QWidget* parent = nullptr);

    void setText(const QString& summary, const QString& details = QString());
    QString summary() const;
    QString details() const;
    QLabel* summaryLabel() const { return m_summary; }

private:
    void updateHeight();

    QLabel* m_summary;
    QLabel* m_details;
    QToolButton* m_more;
};

} // namespace cpc
