#include "common/WrappingList.h"

#include <QListView>

namespace cpc {

void WrappingList::apply(QListView* view)
{
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    // Wrapped rows differ in height, and the rows are laid out again at the view's new width.
    view->setUniformItemSizes(false);
    view->setResizeMode(QListView::Adjust);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

} // namespace cpc
