#include "settings/PreferencesDialog.h"

#include "common/MessageBox.h"
#include "settings/IdentityForm.h"
#include "settings/Preferences.h"
#include "settings/PreferencesNotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace cpc {

PreferencesDialog::PreferencesDialog(const Report* report, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)),
      m_identity(new IdentityForm(IdentityForm::knownEntities(report), this)), m_paper(new QComboBox(this)),
      m_spellEs(new QCheckBox(tr("Spanish"), this)), m_spellEn(new QCheckBox(tr("English"), this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Preferences::interfaceLanguage().value())));

    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(Preferences::paperSize().value())));

    const QStringList spell = Preferences::spellingLanguages().value();
    m_spellEs->setChecked(spell.contains(QStringLiteral("es")));
    m_spellEn->setChecked(spell.contains(QStringLiteral("en")));

    auto* spellRow = new QHBoxLayout;
    spellRow->addWidget(m_spellEs);
    spellRow->addWidget(m_spellEn);
    spellRow->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(m_identity);
    form->addRow(tr("Default &paper size:"), m_paper);
    form->addRow(tr("Check spelling in:"), spellRow);
    m_language->setAccessibleName(tr("Interface language"));
    m_paper->setAccessibleName(tr("Default paper size"));
    m_spellEs->setAccessibleName(tr("Check spelling in Spanish"));
    m_spellEn->setAccessibleName(tr("Check spelling in English"));
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_spellEs->setObjectName(QStringLiteral("spellEs"));
    m_spellEn->setObjectName(QStringLiteral("spellEn"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString before = Preferences::interfaceLanguage().value();
    const QString language = m_language->currentData().toString();
    Preferences::interfaceLanguage().set(language);
    m_identity->identity().save();
    Preferences::paperSize().set(m_paper->currentData().toString());
    QStringList spell;
    if (m_spellEs->isChecked()) spell << QStringLiteral("es");
    if (m_spellEn->isChecked()) spell << QStringLiteral("en");
    Preferences::spellingLanguages().set(spell);
    emit PreferencesNotifier::instance().changed();
    if (language != before)
        MessageBox::information(
            this, tr("Preferences"),
            tr("The new interface language will be used the next time CPC Report Studio starts."));
    QDialog::accept();
}

} // namespace cpc
