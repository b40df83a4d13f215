#include "merge/ContributionAuthors.h"

#include "merge/ContributionRequest.h"
#include "storage/ReportDocument.h"

#include <QDateTime>

namespace cpc {

ContributionAuthors::ContributionAuthors(const ReportDocument& contribution,
                                         const ContributionRequest& request)
{
    const QDateTime requestedAt = QDateTime::fromString(request.requestedAt, Qt::ISODate);
    const QList<HistoryEntry> history = contribution.history(); // oldest first
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const HistoryEntry& e = *it;
        const bool partners = request.revision >= 0 ? e.id > request.revision : e.at > requestedAt;
        // The file is the partner's to write, history included: a name is taken only as one of the entity
        // asked ("Laura Gómez (PADF)"), so that a contribution can never put its words under another
        // entity's name.
        const bool ofEntity =
            e.author == request.entity || e.author.endsWith(QStringLiteral(" (%1)").arg(request.entity));
        if (!partners || !ofEntity || e.path.isEmpty()) continue;
        m_edits.append(Edit{e.path, e.author});
        if (!m_people.contains(e.author)) m_people.append(e.author);
        if (!m_exact.contains(e.path.toString())) m_exact.insert(e.path.toString(), e.author);
    }
}

QString ContributionAuthors::of(const FieldPath& path) const
{
    if (const auto it = m_exact.constFind(path.toString()); it != m_exact.cend()) return it.value();
    for (const Edit& e : m_edits)
        if (path.startsWith(e.path) || e.path.startsWith(path)) return e.author;
    return {};
}

QString ContributionAuthors::all(const QString& fallback) const
{
    return m_people.isEmpty() ? fallback : m_people.join(QStringLiteral(", "));
}

} // namespace cpc
