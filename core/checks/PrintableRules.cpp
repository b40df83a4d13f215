#include "checks/PrintableRules.h"

#include "edit/ReportTexts.h"
#include "model/FieldSchema.h"
#include "model/Paths.h"
#include "model/Report.h"
#include "pdf/PrintableText.h"

#include <QRegularExpression>

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

// Narratives are written with formatting (bold, lists, links, subheadings); the glossary's definitions
// print with their marks taken out. Every other text prints exactly as typed.
bool printsAsTyped(const FieldPath& textPath)
{
    const auto m = FieldSchema::matchText(textPath);
    if (!m) return true;
    const FieldKind k = m->kind();
    return k != FieldKind::SectionBody && k != FieldKind::ActivityBody && k != FieldKind::GlossaryDefinition;
}

// Formatting marks a script or a spreadsheet left in a text that prints as typed: **bold**, __bold__,
// [a link](address), or a "# heading" line. A lone asterisk ("5 * 3") is not one.
void checkMarks(const Report& report, const FieldPath& path, const QString& text, Findings& out)
{
    static const QRegularExpression marks(QStringLiteral(
        R"(\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|\[[^\]\n]+\]\([^)\s]+\)|(?:^|\n)#{1,6} [^\n]*)"));
    const QRegularExpressionMatch m = marks.match(text);
    if (!m.hasMatch()) return;
    const QString excerpt = m.captured().trimmed();
    Finding f = Finding::at(
        report, QStringLiteral("print.formatting_marks"), Severity::Warning, path,
        QStringLiteral("This text prints exactly as typed, so the marks in “%1” would appear in the PDF. "
                       "Bold, links and headings are for narrative texts only; remove the marks.")
            .arg(excerpt),
        QStringLiteral("Este texto se imprime tal como está escrito, así que las marcas de «%1» saldrían en "
                       "el PDF. La negrita, los enlaces y los subtítulos son solo para los textos "
                       "narrativos; quite las marcas.")
            .arg(excerpt));
    f.start = int(m.capturedStart() + (text.at(m.capturedStart()) == QLatin1Char('\n') ? 1 : 0));
    f.length = int(excerpt.size());
    f.excerpt = excerpt;
    out << f;
}

} // namespace

void PrintableRules::run(const Report& report, const CheckContext&, Findings& out)
{
    ReportTexts::forEach(report, [&](const FieldPath& path, const BiText& t) {
        const bool asTyped = printsAsTyped(path);
        for (Language l : {Language::En, Language::Es}) {
            check(report, path.child(languageCode(l)), t.text(l), out);
            if (asTyped) checkMarks(report, path.child(languageCode(l)), t.text(l), out);
        }
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
