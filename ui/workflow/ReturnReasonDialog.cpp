#include "workflow/ReturnReasonDialog.h"

#include "common/PresetAnswers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpc {

namespace {
PresetAnswers<QString> answers;
} // namespace

ReturnReasonDialog::ReturnReasonDialog(const QString& what, QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Return for changes"));
    auto* label =
        new QLabel(tr("Why does “%1” go back to its authors? They will read this.").arg(what), this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    m_text->setAccessibleName(tr("Reason for returning"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Return"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    resize(460, 240);
}

QString ReturnReasonDialog::reason() const
{
    return m_text->toPlainText().trimmed();
}

std::optional<QString> ReturnReasonDialog::ask(QWidget* parent, const QString& what)
{
    if (const auto answer = answers.take())
        return answer->trimmed().isEmpty() ? std::nullopt : std::optional<QString>(answer->trimmed());
    ReturnReasonDialog dialog(what, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty()) return std::nullopt;
    return dialog.reason();
}

void ReturnReasonDialog::setNextAnswer(const QString& reason)
{
    answers.add(reason);
}

} // namespace cpc
