#include "common/MessageBox.h"

#include "common/PresetAnswers.h"

namespace cpc {

namespace {
PresetAnswers<MessageBox::Button> answers;
QString& lastShown()
{
    static QString s;
    return s;
}
} // namespace

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, QMessageBox::StandardButtons buttons,
                                    Button defaultButton)
{
    lastShown() = text;
    if (auto answer = answers.take()) return *answer;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton) box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(Button answer)
{
    answers.add(answer);
}
void MessageBox::clearAnswers()
{
    answers.clear();
}
const QString& MessageBox::lastText()
{
    return lastShown();
}

} // namespace cpc
