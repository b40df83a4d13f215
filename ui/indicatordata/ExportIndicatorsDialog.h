#pragma once

#include "model/Language.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace cpc {

class ReportDocument;

// File → Export indicator data: the tracking table and the breakdowns as CSV (opens in Excel in the
// headers' language) or XLSX, with English or Spanish headers, masked by the report's small-number
// protection exactly as the PDF is.
class ExportIndicatorsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportIndicatorsDialog(ReportDocument* doc, QWidget* parent = nullptr);

    QComboBox* formatBox() const { return m_format; }
    QComboBox* languageBox() const { return m_language; }
    bool xlsx() const;
    Language language() const;

    // Writes the tables to `path` in the chosen format and language.
    Status exportTo(const QString& path);

private:
    void chooseAndExport();

    ReportDocument* m_doc;
    QComboBox* m_format;
    QComboBox* m_language;
};

} // namespace cpc
