#pragma once

#include "editor/PageContext.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace cpc {

// The report's cover details: its title and partnership name in both languages, and the facts the
// new-report wizard set (reporting year, period, source language, who prepares it).
class CoverPage : public QWidget {
    Q_OBJECT
public:
    explicit CoverPage(const PageContext& context, QWidget* parent = nullptr);

private:
    void refresh();

    PageContext m_ctx;
    QLabel* m_year;
    QLabel* m_period;
    QLabel* m_source;
    QLabel* m_preparedBy;
};

} // namespace cpc
