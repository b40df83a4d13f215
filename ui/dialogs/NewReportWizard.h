#pragma once

#include "model/Report.h"
#include "util/Result.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace cpc {

class ReportDocument;

// File > New Report: the template, the reporting year and period, and optionally last year's file to
// start from (its structure, entities and indicators carry over; last year's narrative is kept beside
// each text as the previous version). createReport() then asks where to save and creates the file.
class NewReportWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewReportWizard(QWidget* parent = nullptr);

    // The report the choices describe, and the template JSON to keep in the file.
    Result<Report> buildReport(QByteArray* templateJson) const;
    // Asks for the file name (FileDialog) and creates it; null when the user cancels.
    Result<std::unique_ptr<ReportDocument>> createReport();

    void setLastYearFile(const QString& path);
    void setReportingYear(int year);

    // Templates found in the program's data (templates/*.json): file path → display name.
    static QList<QPair<QString, QString>> availableTemplates();
    // The report structure every CPC annual report has, when no template file is installed.
    static Report standardSkeleton();

private:
    void updatePeriod();

    QComboBox* m_template;
    QLineEdit* m_lastYear;
    QSpinBox* m_year;
    QDateEdit* m_start;
    QDateEdit* m_end;
};

} // namespace cpc
