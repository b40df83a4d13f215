#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace cpc {

struct Report;

// Edit > Preferences: interface language, the user's name and entity (recorded with their changes),
// default paper size and spelling languages. Saved when accepted; a new interface language applies at
// the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `report` (may be null) offers its entities to choose from.
    explicit PreferencesDialog(const Report* report, QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language;
    QLineEdit* m_name;
    QComboBox* m_entity;
    QComboBox* m_paper;
    QCheckBox* m_spellEs;
    QCheckBox* m_spellEn;
};

} // namespace cpc
