#include "storage/TextColumns.h"

#include <QStringList>

namespace cpc {

namespace {
QStringList columnList(const QString& n, bool withPrevious)
{
    QStringList c{n + QStringLiteral("_en"),       n + QStringLiteral("_es"),
                  n + QStringLiteral("_en_rev"),   n + QStringLiteral("_es_rev"),
                  n + QStringLiteral("_en_basis"), n + QStringLiteral("_es_basis")};
    if (withPrevious) c << n + QStringLiteral("_prev_en") << n + QStringLiteral("_prev_es");
    return c;
}
} // namespace

QString TextColumns::names(const QString& name, bool withPrevious)
{
    return columnList(name, withPrevious).join(QStringLiteral(", "));
}

int TextColumns::bind(Statement& s, int first, const BiText& t, bool withPrevious)
{
    s.bind(first, t.en()).bind(first + 1, t.es());
    s.bind(first + 2, t.rev(Language::En)).bind(first + 3, t.rev(Language::Es));
    s.bind(first + 4, t.basis(Language::En)).bind(first + 5, t.basis(Language::Es));
    if (!withPrevious) return first + kCount;
    s.bind(first + 6, t.previous(Language::En)).bind(first + 7, t.previous(Language::Es));
    return first + kCountWithPrevious;
}

BiText TextColumns::read(const Statement& s, int c, bool withPrevious)
{
    BiText t(s.text(c), s.text(c + 1));
    t.setBookkeeping(s.integer(c + 2), s.integer(c + 3), s.integer(c + 4), s.integer(c + 5));
    if (withPrevious) t.setPrevious(s.text(c + 6), s.text(c + 7));
    return t;
}

} // namespace cpc
