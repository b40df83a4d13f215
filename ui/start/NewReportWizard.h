#pragma once

#include "template/ReportCreator.h"
#include "util/Result.h"

#include <QWizard>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cpc {

class ReportDocument;

// File > New Report: the template and the reporting year, or last year's file to start from (its
// structure, entities and indicators carry over; last year's narrative is kept beside each text as the
// previous version). The report itself is made by core's ReportCreator, the same as `cpcreport new`;
// this dialog only gathers the choices. createReport() then asks where to save and creates the file.
class NewReportWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewReportWizard(QWidget* parent = nullptr);

    // The report the choices describe, with the template to keep in the file.
    Result<ReportStart> buildStart() const;
    // Asks for the file name (FileDialog) and creates it; null when the user cancels.
    Result<std::unique_ptr<ReportDocument>> createReport();

    void setLastYearFile(const QString& path);
    void setReportingYear(int year);
    // Selects the installed template with this id; false when there is none.
    bool setTemplateId(const QString& id);

private:
    void updatePeriod();

    QComboBox* m_template;
    QLineEdit* m_lastYear;
    QSpinBox* m_year;
    QLabel* m_period;
    QLabel* m_noTemplate;
};

} // namespace cpc
