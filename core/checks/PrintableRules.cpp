#include "checks/PrintableRules.h"

#include "edit/ReportTexts.h"
#include "model/Paths.h"
#include "model/Report.h"
#include "pdf/PrintableText.h"

namespace cpc {

namespace {

const QString kRule = QStringLiteral("print.unshown_characters");

// Up to five distinct characters of `text` the PDF cannot show, from index `first` on.
QString unshownSample(const QString& text, qsizetype first)
{
    QStringList seen;
    for (qsizetype i = first; i < text.size() && seen.size() < 5; ++i) {
        const qsizetype len =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
        const QString c = text.mid(i, len);
        if (len == 2) ++i;
        const char32_t u = len == 2 ? QChar::surrogateToUcs4(c.at(0), c.at(1)) : c.at(0).unicode();
        if (!PrintableText::canShow(u) && !seen.contains(c)) seen << c;
    }
    return seen.join(QStringLiteral(" "));
}

void check(const Report& report, const FieldPath& path, const QString& text, Findings& out)
{
    const auto first = PrintableText::firstUnshown(text);
    if (!first) return;
    const QString sample = unshownSample(text, *first);
    Finding f = Finding::at(
        report, kRule, Severity::Warning, path,
        QStringLiteral(
            "This text has characters the PDF's fonts cannot print (%1): letters that join or run "
            "right to left, such as Arabic or Hebrew, and emoji. They would print as a replacement "
            "mark. Write them in Latin letters or remove them.")
            .arg(sample),
        QStringLiteral(
            "Este texto tiene caracteres que las fuentes del PDF no pueden imprimir (%1): letras que "
            "se unen o se escriben de derecha a izquierda, como el árabe o el hebreo, y emojis. "
            "Saldrían como un signo de reemplazo. Escríbalos con letras latinas o quítelos.")
            .arg(sample));
    f.start = int(*first);
    f.length = text.at(*first).isHighSurrogate() ? 2 : 1;
    f.excerpt = sample;
    out << f;
}

} // namespace

void PrintableRules::run(const Report& report, const CheckContext&, Findings& out)
{
    ReportTexts::forEach(report, [&](const FieldPath& path, const BiText& t) {
        for (Language l : {Language::En, Language::Es})
            check(report, path.child(languageCode(l)), t.text(l), out);
    });
    // Names printed in the indicator tables: breakdown dimensions and categories, baseline periods.
    for (const Indicator& ind : report.indicators) {
        check(report, Paths::indicator(ind.id), ind.id, out);
        if (ind.hasBaseline) check(report, Paths::indicatorBaselinePeriod(ind.id), ind.baselinePeriod, out);
        for (auto y = ind.disaggregation.cbegin(); y != ind.disaggregation.cend(); ++y)
            for (const Disaggregation& d : y.value()) {
                const FieldPath dim = Paths::indicatorBreakdownDimension(ind.id, y.key(), d.dimension);
                check(report, dim, d.dimension, out);
                for (const DisaggregationCategory& c : d.categories)
                    check(report, Paths::indicatorBreakdownCategory(ind.id, y.key(), d.dimension, c.name),
                          c.name, out);
            }
    }
}

} // namespace cpc
