#pragma once

#include <QString>

namespace cpc {

struct Entity;
struct Report;

// An entity as its people say it, in the interface language: the acronym with the name
// ("PADF – Pan American Development Foundation"), the name alone when there is no acronym. Every list of
// entities in the window shows them this way; ids never reach the user unless the report lacks the entity.
class EntityLabel {
public:
    static QString of(const Entity& e);
    static QString of(const Report& r, const QString& id);
    // The short form (the acronym, else the name), where space is tight; the long one goes in a tooltip.
    static QString shortOf(const Report& r, const QString& id);
    static QString list(const Report& r, const QStringList& ids);
};

} // namespace cpc
