#include "common/ResponsiveRow.h"

#include <QBoxLayout>

namespace cpc {

ResponsiveRow::ResponsiveRow(int wideChars, QWidget* parent)
    : QWidget(parent), m_wideChars(wideChars), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
}

void ResponsiveRow::addWidget(QWidget* widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

bool ResponsiveRow::sideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

QSize ResponsiveRow::minimumSizeHint() const
{
    int width = 0;
    for (int i = 0; i < m_layout->count(); ++i)
        width = qMax(width, m_layout->itemAt(i)->minimumSize().width());
    return {width, m_layout->minimumSize().height()};
}

int ResponsiveRow::sideBySideWidth() const
{
    int sum = m_layout->spacing() * qMax(0, m_layout->count() - 1);
    for (int i = 0; i < m_layout->count(); ++i)
        sum += m_layout->itemAt(i)->minimumSize().width();
    return qMax(sum, fontMetrics().averageCharWidth() * m_wideChars);
}

void ResponsiveRow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const auto wanted = width() >= sideBySideWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() == wanted) return;
    m_layout->setDirection(wanted);
    updateGeometry(); // a stacked row is taller
}

} // namespace cpc
