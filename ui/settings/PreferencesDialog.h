#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace cpc {

class IdentityForm;
struct Report;

// Edit > Preferences: interface language, the user's name and entity (recorded with their changes),
// default paper size and spelling languages. Saved when accepted; a new interface language applies at
// the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `report` (may be null) offers its entities to choose from (else the installed templates').
    explicit PreferencesDialog(const Report* report, QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language;
    IdentityForm* m_identity;
    QComboBox* m_paper;
    QCheckBox* m_spellEs;
    QCheckBox* m_spellEn;
};

} // namespace cpc
