#pragma once

#include "merge/ContributionRequest.h"
#include "model/Report.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cpc {

class ReportDocument;

// "Request Contribution From…": which entity, what is asked, by when, and where to write the file that
// goes to them. The file is written (and the request recorded in this report) when the user confirms;
// a refusal (nothing assigned, file exists...) is shown in the dialog, which stays open.
class RequestDialog : public QDialog {
    Q_OBJECT
public:
    // `entity`: the one to preselect (the entity assigned to the part the coordinator is on); otherwise the
    // first entity that has parts assigned.
    explicit RequestDialog(ReportDocument& doc, const QString& entity = QString(), QWidget* parent = nullptr);
    // The file name suggested for `entity`'s contribution ("Contribution from PADF – CPC report year 2").
    static QString suggestedFileName(const Report& report, const QString& entity);

    QComboBox* entityBox() const { return m_entity; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QCheckBox* dueCheck() const { return m_hasDue; }
    QDateEdit* dueEdit() const { return m_due; }
    QLineEdit* outputEdit() const { return m_output; }
    QLabel* errorLabel() const { return m_error; }
    QListWidget* partsList() const { return m_parts; }
    const std::optional<ContributionRequest>& created() const { return m_created; }

public slots:
    void chooseOutput();
    // Writes the request; true (and the dialog accepted) when the file was written.
    bool createRequest();

private:
    void suggestOutput();
    void listParts();

    ReportDocument& m_doc;
    QComboBox* m_entity;
    QPlainTextEdit* m_note;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QLineEdit* m_output;
    QListWidget* m_parts;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_outputEdited = false;
    std::optional<ContributionRequest> m_created;
};

} // namespace cpc
