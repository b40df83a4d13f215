#include "common/NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cpc {

NoticeBar::NoticeBar(Tone tone, QWidget* parent)
    : QFrame(parent), m_summary(new QLabel(this)), m_details(new QLabel(this)), m_more(new QToolButton(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(tone == Tone::Strong ? QPalette::Highlight : QPalette::ToolTipBase);
    setForegroundRole(tone == Tone::Strong ? QPalette::HighlightedText : QPalette::ToolTipText);
    // Never taller than its text needs: extra height in the page goes to the editors.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (QLabel* l : {m_summary, m_details}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setForegroundRole(foregroundRole());
        l->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    if (tone == Tone::Strong) {
        QFont f = m_summary->font();
        f.setBold(true);
        m_summary->setFont(f);
    }
    m_summary->setObjectName(QStringLiteral("noticeSummary"));
    m_details->setObjectName(QStringLiteral("noticeDetails"));
    m_details->hide();
    m_more->setObjectName(QStringLiteral("noticeDetailsButton"));
    m_more->setText(tr("Details"));
    m_more->setCheckable(true);
    m_more->setAutoRaise(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::RightArrow);
    m_more->setAccessibleName(tr("Show the details of this notice"));
    connect(m_more, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_more->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        updateHeight();
    });

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_more, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_details);
}

void NoticeBar::setText(const QString& summary, const QString& details)
{
    m_summary->setText(summary);
    m_details->setText(details);
    m_more->setVisible(!details.isEmpty());
    if (details.isEmpty()) m_more->setChecked(false);
    setAccessibleDescription(details.isEmpty() ? summary : summary + QLatin1Char(' ') + details);
    updateHeight();
}

QString NoticeBar::summary() const
{
    return m_summary->text();
}
QString NoticeBar::details() const
{
    return m_details->text();
}

void NoticeBar::updateHeight()
{
    // The summary is at most two lines; a longer one elides into the details rather than growing the bar.
    const int line = m_summary->fontMetrics().lineSpacing();
    m_summary->setMaximumHeight(2 * line + 2);
    m_summary->setToolTip(m_summary->text());
    m_details->setMaximumHeight(m_more->isChecked() ? QWIDGETSIZE_MAX : 0);
    updateGeometry();
}

} // namespace cpc
