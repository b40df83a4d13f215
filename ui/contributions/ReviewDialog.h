#pragma once

#include "merge/MergePlan.h"

#include <QDialog>
#include <QHash>
#include <QJsonValue>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cpc {

class ReportDocument;
class ReviewModel;
class RichTextEdit;

// Merge review: every field that came back different, one row each, with what the coordinator has and
// what came back, to accept or reject; conflicts with all three versions; refused changes listed. The
// pane below shows the chosen row in full, with its differences word by word. Nothing is changed here:
// the caller applies the decisions (rejected(), takeReturned()) when the dialog is accepted.
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    ReviewDialog(const MergePlan& plan, const ReportDocument& doc, QWidget* parent = nullptr);

    ReviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    QLabel* summary() const { return m_summary; }
    QSet<int> rejected() const;
    QSet<int> takeReturned() const;
    QHash<int, QJsonValue> combined() const;
    // For a conflict on a text: a version that starts from both sides, formatted and editable; "Use this
    // version" makes it the resolution of the conflict.
    RichTextEdit* combinedEditor() const { return m_combinedEdit; }
    QPushButton* useCombinedButton() const { return m_useCombined; }

    void showRow(int row);

private:
    void updateSummary();
    void showCombined(int row, bool text);
    QString readable(const MergeItem& i, const QJsonValue& v) const;
    QString formatted(const MergeItem& i, const QJsonValue& v) const;

    const ReportDocument& m_doc;
    ReviewModel* m_model;
    QLabel* m_heading;
    QLabel* m_summary;
    QTableView* m_table;
    QTextBrowser* m_details;
    QWidget* m_combinedBox;
    RichTextEdit* m_combinedEdit;
    QPushButton* m_useCombined;
    int m_row = -1;
};

} // namespace cpc
