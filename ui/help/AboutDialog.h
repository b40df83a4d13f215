#pragma once

#include <QDialog>

namespace cpc {

// Help > About: what the program is for, its version and licence.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace cpc
