#include "common/EntityLabel.h"

#include "common/UiLanguage.h"
#include "model/Report.h"

#include <QRegularExpression>
#include <QStringList>

namespace cpc {

QString EntityLabel::of(const Entity& e)
{
    const QString acronym = UiLanguage::pick(e.acronym.en(), e.acronym.es()).trimmed();
    QString name = UiLanguage::pick(e.name.en(), e.name.es()).trimmed();
    // "Fundación Panamericana para el Desarrollo (FUPAD)" already carries the acronym in brackets.
    const QString bracketed = QStringLiteral(" (") + acronym + QLatin1Char(')');
    if (!acronym.isEmpty() && name.endsWith(bracketed)) name.chop(bracketed.size());
    if (acronym.isEmpty()) return name.isEmpty() ? e.id : name;
    if (name.isEmpty()) return acronym;
    // A name that already says the acronym ("Fundación Renacer", "NORC at the University of Chicago") is
    // what its people say.
    if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(acronym)),
                           QRegularExpression::CaseInsensitiveOption)
            .match(name)
            .hasMatch())
        return name;
    return acronym + QStringLiteral(" – ") + name;
}

QString EntityLabel::of(const Report& r, const QString& id)
{
    const Entity* e = r.entity(id);
    return e ? of(*e) : id;
}

QString EntityLabel::shortOf(const Report& r, const QString& id)
{
    const Entity* e = r.entity(id);
    if (!e) return id;
    const QString acronym = UiLanguage::pick(e->acronym.en(), e->acronym.es()).trimmed();
    return acronym.isEmpty() ? of(*e) : acronym;
}

QString EntityLabel::list(const Report& r, const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids)
        names << of(r, id);
    return names.join(QStringLiteral("; "));
}

} // namespace cpc
