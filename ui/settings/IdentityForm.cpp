#include "settings/IdentityForm.h"

#include "common/UiLanguage.h"
#include "model/Report.h"
#include "template/TemplateLibrary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSet>

namespace cpc {

IdentityForm::IdentityForm(const QList<Entity>& entities, QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_entity(new QComboBox(this))
{
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("e.g. Ana Pérez"));
    m_name->setToolTip(
        tr("Recorded with every change you make and with the contributions you request or merge"));
    m_entity->setObjectName(QStringLiteral("userEntity"));
    m_entity->setAccessibleName(tr("Your entity"));
    m_entity->setEditable(true);
    m_entity->setInsertPolicy(QComboBox::NoInsert);
    m_entity->addItem(QString());
    for (const Entity& e : entities) {
        const QString acronym = UiLanguage::pick(e.acronym.en(), e.acronym.es());
        const QString name = UiLanguage::pick(e.name.en(), e.name.es());
        const QString shown =
            acronym.isEmpty() || acronym == name ? name : QStringLiteral("%1 – %2").arg(acronym, name);
        m_entity->addItem(shown.isEmpty() ? e.id : shown, e.id);
    }
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &entity:"), m_entity);
    setIdentity(Identity::current());
}

void IdentityForm::setIdentity(const Identity& identity)
{
    m_name->setText(identity.name);
    const int found = identity.entity.isEmpty() ? 0 : m_entity->findData(identity.entity);
    if (found >= 0)
        m_entity->setCurrentIndex(found);
    else
        m_entity->setEditText(identity.entity);
}

Identity IdentityForm::identity() const
{
    const int i = m_entity->currentIndex();
    const bool listed = i > 0 && m_entity->itemText(i) == m_entity->currentText();
    return Identity{m_name->text().trimmed(),
                    listed ? m_entity->itemData(i).toString() : m_entity->currentText().trimmed()};
}

QList<Entity> IdentityForm::knownEntities(const Report* report)
{
    if (report && !report->entities.isEmpty()) return report->entities;
    QList<Entity> out;
    QSet<QString> seen;
    for (const TemplateListing& listing : TemplateLibrary::available()) {
        const Result<LoadedTemplate> loaded = TemplateLibrary::load(listing.path);
        if (!loaded) continue;
        for (const Entity& e : loaded.value().tmpl.entities)
            if (!seen.contains(e.id)) {
                seen.insert(e.id);
                out << e;
            }
    }
    return out;
}

} // namespace cpc
