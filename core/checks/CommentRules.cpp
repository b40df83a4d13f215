#include "checks/CommentRules.h"

#include "model/Paths.h"
#include "model/Report.h"

namespace cpc {

void CommentRules::run(const Report& report, const CheckContext&, Findings& out)
{
    for (qsizetype n = 0; n < report.comments.size(); ++n) {
        const Comment& c = report.comments.at(n);
        if (c.resolved) continue;
        const FieldPath place = c.targetKind == QLatin1String("activity")    ? Paths::activity(c.target)
                                : c.targetKind == QLatin1String("indicator") ? Paths::indicator(c.target)
                                                                             : Paths::section(c.target);
        const Entity* author = report.entity(c.author);
        const QString who = author && !author->acronym.en().isEmpty() ? author->acronym.en() : c.author;
        const QString whoEs = author && !author->acronym.es().isEmpty() ? author->acronym.es() : c.author;
        Finding f =
            Finding::at(report, QStringLiteral("comments.unresolved"), Severity::Warning, place,
                        QStringLiteral("Unresolved comment by %1 (%2): %3").arg(who, c.at, c.text),
                        QStringLiteral("Comentario sin resolver de %1 (%2): %3").arg(whoEs, c.at, c.text));
        f.excerpt = c.text;
        out << f;
    }
}

} // namespace cpc
