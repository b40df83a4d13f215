#pragma once

#include "model/Entity.h"
#include "settings/Identity.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace cpc {

struct Report;

// "Your name" and "Your entity": the two rows that say who the user is, in the first-run dialog and in
// Preferences alike. The entity is chosen from the report's entities (else the installed templates'),
// or typed when it is not listed.
class IdentityForm : public QWidget {
    Q_OBJECT
public:
    explicit IdentityForm(const QList<Entity>& entities, QWidget* parent = nullptr);

    void setIdentity(const Identity& identity);
    // What the rows say now: a listed entity by its id, a typed one as typed (both trimmed).
    Identity identity() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* entityBox() const { return m_entity; }

    // The entities to offer: those of `report` when it has any, else those of the installed templates.
    static QList<Entity> knownEntities(const Report* report);

private:
    QLineEdit* m_name;
    QComboBox* m_entity;
};

} // namespace cpc
