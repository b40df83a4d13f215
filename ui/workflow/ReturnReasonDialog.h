#pragma once

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace cpc {

// Asks the reviewer why a part goes back to its authors; the reason is stored with the part and shown to
// them. A reason is required: "returned" without one tells the author nothing.
class ReturnReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReturnReasonDialog(const QString& what, QWidget* parent = nullptr);
    QString reason() const;

    // The reason, or nothing when the user cancelled. Tests answer in advance with setNextAnswer (an
    // empty answer cancels) so that no test waits on the dialog.
    static std::optional<QString> ask(QWidget* parent, const QString& what);
    static void setNextAnswer(const QString& reason);

private:
    QPlainTextEdit* m_text;
    QDialogButtonBox* m_buttons;
};

} // namespace cpc
