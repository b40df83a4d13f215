#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace cpc {

// The table the indicator page shows figures in (years, breakdowns, breakdown names): rows selected whole,
// typing starts an edit, no row numbers.
class FigureTable {
public:
    static QTableView* make(QAbstractItemModel* model, const QString& accessibleName, QWidget* parent);
};

} // namespace cpc
