#pragma once

#include <QMessageBox>

namespace cpc {

// Every question and warning the window asks goes through here, so that tests can answer in advance
// (setNextAnswer) instead of blocking on a modal box. The texts are shown and also kept (lastText) so a
// test can check what the user would have read.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next box returns `answer` without showing itself.
    static void setNextAnswer(Button answer);
    static void clearAnswers();
    static const QString& lastText();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       QMessageBox::StandardButtons buttons, Button defaultButton);
};

} // namespace cpc
