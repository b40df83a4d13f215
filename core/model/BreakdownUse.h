#pragma once

#include <QList>
#include <QStringList>

namespace cpc {

struct Report;

// Which breakdown codes a report's indicators use: what a label belongs to (an approved indicator locks
// the labels it prints; a partner may label only codes its own indicators use) and what must be labelled.
class BreakdownUse {
public:
    struct Dimension {
        QString code;
        QStringList categories; // in first-use order
        QStringList indicators; // ids of the indicators that use the dimension
    };
    // Every dimension used, in the order of first use (indicators in report order, years ascending).
    static QList<Dimension> all(const Report& report);
    // Ids of the indicators whose breakdown (any year) uses `dimension`, and `category` under it when given.
    static QStringList indicators(const Report& report, const QString& dimension,
                                  const QString& category = QString());
};

} // namespace cpc
