#pragma once

#include <QDialog>

namespace cpc {

// Help > User Guide: a short guide to the window, in the interface language.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    static QString guideMarkdown();
};

} // namespace cpc
