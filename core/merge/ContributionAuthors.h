#pragma once

#include "model/FieldPath.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cpc {

class ReportDocument;
struct ContributionRequest;

// Who wrote what in a partner's copy, as its history records it, so that a merge names the people who
// wrote the contribution and not only their entity.
class ContributionAuthors {
public:
    // Only the edits made in the copy after `request` count (the history before it is the report's own),
    // and only names given as people of the request's entity.
    ContributionAuthors(const ReportDocument& contribution, const ContributionRequest& request);

    // The person who last changed `path` (or the object that holds it, or a field inside it) in the copy;
    // empty when the history names nobody.
    QString of(const FieldPath& path) const;
    // Everyone who wrote in the copy, the most recent first ("Laura Gómez (PADF), Pedro Ruiz (PADF)"), or
    // `fallback` when nobody is named.
    QString all(const QString& fallback) const;

private:
    struct Edit {
        FieldPath path;
        QString author;
    };
    QList<Edit> m_edits; // newest first
    QHash<QString, QString> m_exact;
    QStringList m_people;
};

} // namespace cpc
