#include "checks/CommentRules.h"

#include "model/Report.h"

namespace cpc {

void CommentRules::run(const Report& report, const CheckContext&, Findings& out)
{
    for (qsizetype n = 0; n < report.comments.size(); ++n) {
        const Comment& c = report.comments.at(n);
        if (c.resolved) continue;
        const QString kind = c.targetKind == QLatin1String("activity")    ? QStringLiteral("activities")
                             : c.targetKind == QLatin1String("indicator") ? QStringLiteral("indicators")
                                                                           : QStringLiteral("sections");
        const Entity* author = report.entity(c.author);
        const QString who = author && !author->acronym.en().isEmpty() ? author->acronym.en() : c.author;
        const QString whoEs = author && !author->acronym.es().isEmpty() ? author->acronym.es() : c.author;
        Finding f = Finding::at(report, QStringLiteral("comments.unresolved"), Severity::Warning,
                                FieldPath{kind, c.target},
                                QStringLiteral("Unresolved comment by %1 (%2): %3").arg(who, c.at, c.text),
                                QStringLiteral("Comentario sin resolver de %1 (%2): %3").arg(whoEs, c.at, c.text));
        f.excerpt = c.text;
        out << f;
    }
}

} // namespace cpc
