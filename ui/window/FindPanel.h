#pragma once

#include "model/FieldPath.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QLabel;

namespace cpc {

class ReportDocument;

// Find in both languages: every text of the report, English and Spanish, searched as the user types;
// choosing a result asks the window to show that text (pathActivated).
class FindPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindPanel(QWidget* parent = nullptr);

    void setDocument(const ReportDocument* doc);
    void focusQuery();
    int resultCount() const;
    void search(const QString& query);

signals:
    // A text side (…/en or …/es) to show.
    void pathActivated(const cpc::FieldPath& path);

private:
    const ReportDocument* m_doc = nullptr;
    QLineEdit* m_query;
    QLabel* m_summary;
    QListWidget* m_results;
};

} // namespace cpc
