#pragma once

#include <QWidget>

class QBoxLayout;

namespace cpc {

// Widgets side by side on a wide page, one below the other on a narrow one (a laptop, or a page beside
// its guidance): a page never makes the user scroll sideways, and nothing is squeezed until it is cut.
class ResponsiveRow : public QWidget {
    Q_OBJECT
public:
    // Side by side from `wideChars` average characters of the row's own width.
    explicit ResponsiveRow(int wideChars, QWidget* parent = nullptr);

    void addWidget(QWidget* widget, int stretch = 1);
    bool sideBySide() const;
    // One widget's width: the row stacks rather than widen the page.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int sideBySideWidth() const;

    int m_wideChars;
    QBoxLayout* m_layout;
};

} // namespace cpc
