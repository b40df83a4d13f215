#pragma once

#include "import/IndicatorImport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace cpc {

class EditSession;
class ImportChangesModel;
class ImportErrorsModel;
class ReportDocument;

// File → Import indicator data: choose a CSV or XLSX file (and for XLSX the sheet), the year for rows
// that give none, then see every value that would change (old → new) and every bad row (file, line or
// cell, column, problem). Import stays disabled while any row is bad: an import is all or nothing. The
// import is one undo step through the EditSession.
class ImportIndicatorsDialog : public QDialog {
    Q_OBJECT
public:
    ImportIndicatorsDialog(ReportDocument* doc, EditSession* session, QWidget* parent = nullptr);

    // Reads `path` and plans the import (the Browse button asks FileDialog and comes here).
    void setFile(const QString& path);
    void setSheet(const QString& sheet);
    void setYear(int year); // 0: the year comes from the file

    const ImportPlan& plan() const { return m_plan; }
    ImportChangesModel* changesModel() const { return m_changes; }
    ImportErrorsModel* errorsModel() const { return m_errors; }
    QPushButton* importButton() const { return m_import; }
    QComboBox* sheetBox() const { return m_sheet; }
    QLabel* summaryLabel() const { return m_summary; }

    // Applies the planned changes as one undo step; true when they are in the report.
    bool importNow();

private:
    void browse();
    void replan();

    ReportDocument* m_doc;
    EditSession* m_session;
    QString m_path;
    QByteArray m_bytes;
    QString m_readError;
    ImportPlan m_plan;
    QLineEdit* m_file;
    QComboBox* m_sheet;
    QLabel* m_sheetLabel;
    QSpinBox* m_year;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTableView* m_changesView;
    QTableView* m_errorsView;
    ImportChangesModel* m_changes;
    ImportErrorsModel* m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace cpc
