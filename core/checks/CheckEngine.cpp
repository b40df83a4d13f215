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
        order.insert(QStringLiteral("sections/") + s.id, ++n);
        for (const Activity& a : s.activities) order.insert(QStringLiteral("activities/") + a.id, ++n);
    }
    for (const Indicator& i : r.indicators) order.insert(QStringLiteral("indicators/") + i.id, ++n);
    for (const Entity& e : r.entities) order.insert(QStringLiteral("entities/") + e.id, ++n);
    for (const GlossaryEntry& g : r.glossary) order.insert(QStringLiteral("glossary/") + g.term.en(), ++n);
    return order;
}

} // namespace

QString CheckEngine::dictionaryKey() { return QStringLiteral("spelling/words"); }

CheckContext CheckEngine::contextFor(const ReportDocument& doc, const Template* templ)
{
    CheckContext c;
    c.templ = templ;
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

    const QHash<QString, int> order = placeOrder(report);
    std::stable_sort(out.begin(), out.end(), [&](const Finding& a, const Finding& b) {
        auto key = [&](const Finding& f) {
            if (f.path.isEmpty() || f.path.at(0) == QLatin1String("report")) return 0;
            return order.value(f.path.at(0) + u'/' + f.path.at(1), 1 << 30);
        };
        return key(a) < key(b);
    });
    return out;
}

} // namespace cpc
