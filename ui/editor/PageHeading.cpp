#include "editor/PageHeading.h"

#include <QLabel>

namespace cpc {

QLabel* PageHeading::style(QLabel* label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace cpc
