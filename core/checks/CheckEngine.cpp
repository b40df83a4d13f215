#include "checks/CheckEngine.h"

#include "checks/BreakdownLabelRules.h"
#include "checks/CommentRules.h"
#include "checks/CompletenessRules.h"
#include "checks/Dismissals.h"
#include "checks/IndicatorRules.h"
#include "checks/PrintableRules.h"
#include "checks/PrivacyRules.h"
#include "checks/SpellingRules.h"
#include "checks/TranslationRules.h"
#include "model/Paths.h"
#include "model/Report.h"
#include "storage/ReportDocument.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace cpc {

namespace {

// A sort key per place: the report's cover first, then sections in order with their activities right
// after them, then indicators, entities and the glossary.
QHash<QString, int> placeOrder(const Report& r)
{
    QHash<QString, int> order;
    int n = 0;
    for (const Section& s : r.sections) {
        order.insert(Paths::section(s.id).toString(), ++n);
        for (const Activity& a : s.activities)
            order.insert(Paths::activity(a.id).toString(), ++n);
    }
    for (const Indicator& i : r.indicators)
        order.insert(Paths::indicator(i.id).toString(), ++n);
    for (const Entity& e : r.entities)
        order.insert(Paths::entity(e.id).toString(), ++n);
    for (const GlossaryEntry& g : r.glossary)
        order.insert(Paths::glossaryEntry(g.term.en()).toString(), ++n);
    return order;
}

// The part a finding is about: the object its path lies in; the report's own fields come first.
int placeKey(const QHash<QString, int>& order, const FieldPath& path)
{
    const std::optional<FieldMatch> m = FieldSchema::matchWithin(path);
    if (path.isEmpty() || (m && m->spec->owner == FieldOwner::Report)) return 0;
    return m ? order.value(Paths::ownerOf(*m).toString(), 1 << 30) : 1 << 30;
}

} // namespace

QString CheckEngine::dictionaryKey()
{
    return QStringLiteral("spelling/words");
}

CheckContext CheckEngine::contextFor(const ReportDocument& doc)
{
    CheckContext c;
    c.templ = doc.reportTemplate();
    c.dismissed = Dismissals::load(doc);
    static const QRegularExpression lines(QStringLiteral(R"(\s*[\r\n]+\s*)"));
    c.dictionaryWords = doc.setting(dictionaryKey()).split(lines, Qt::SkipEmptyParts);
    return c;
}

Findings CheckEngine::errors(const Report& report) const
{
    CheckContext context = m_context;
    context.errorsOnly = true;
    Findings all;
    CompletenessRules::run(report, context, all);
    TranslationRules::run(report, context, all);
    IndicatorRules::run(report, context, all);
    Findings out;
    for (const Finding& f : all)
        if (f.severity == Severity::Error) out << f;
    return out;
}

Findings CheckEngine::run(const Report& report) const
{
    Findings out;
    CompletenessRules::run(report, m_context, out);
    TranslationRules::run(report, m_context, out);
    IndicatorRules::run(report, m_context, out);
    PrivacyRules::run(report, m_context, out);
    if (m_context.spelling) SpellingRules::run(report, m_context, out);
    CommentRules::run(report, m_context, out);
    PrintableRules::run(report, m_context, out);
    BreakdownLabelRules::run(report, m_context, out);

    // Each finding's key once: matching a path against the schema is not free, and a report has thousands.
    const QHash<QString, int> order = placeOrder(report);
    QList<std::pair<int, Finding>> keyed;
    keyed.reserve(out.size());
    for (Finding& f : out)
        keyed.append({placeKey(order, f.path), std::move(f)});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        out[i] = std::move(keyed[i].second);
    return out;
}

} // namespace cpc
