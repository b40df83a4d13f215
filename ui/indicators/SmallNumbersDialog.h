#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace cpc {

class EditSession;
class ReportDocument;

// The report's small-number protection (report/small_numbers): whether counts of child victims from 1 to
// the threshold are masked in the PDF and the exports, and the threshold. Shows how many cells that
// masks now. Applying is one undo step; the file always keeps the real values.
class SmallNumbersDialog : public QDialog {
    Q_OBJECT
public:
    SmallNumbersDialog(ReportDocument* doc, EditSession* session, QWidget* parent = nullptr);

    QCheckBox* enabledBox() const { return m_enabled; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QLabel* effectLabel() const { return m_effect; }
    // Writes the choice to the report; false when nothing needed writing or the report refused it.
    bool apply();

private:
    void updateEffect();

    ReportDocument* m_doc;
    EditSession* m_session;
    QCheckBox* m_enabled;
    QSpinBox* m_threshold;
    QLabel* m_effect;
};

} // namespace cpc
