#include "editor/MarkdownConverter.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace cpc {

namespace {

struct Run {
    bool bold = false;
    bool italic = false;
    QString href;
    QString text;
    bool raw = false; // already Markdown (an image)
};

QString emphasise(const QString& text, bool bold, bool italic)
{
    if (!bold && !italic) return text;
    // Emphasis may not begin or end with a space in CommonMark: keep spaces outside the markers.
    const qsizetype start =
        text.size() - QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
    const QString rest = text.mid(start);
    const QString core = QString(rest).remove(QRegularExpression(QStringLiteral("\\s+$")));
    if (core.isEmpty()) return text;
    const QString marker = bold && italic ? QStringLiteral("***")
                           : bold         ? QStringLiteral("**")
                                          : QStringLiteral("*");
    return text.left(start) + marker + core + marker + rest.mid(core.size());
}

bool isNumbered(QTextListFormat::Style s)
{
    return s == QTextListFormat::ListDecimal || s == QTextListFormat::ListLowerAlpha ||
           s == QTextListFormat::ListUpperAlpha || s == QTextListFormat::ListLowerRoman ||
           s == QTextListFormat::ListUpperRoman;
}

} // namespace

QString MarkdownConverter::escape(const QString& text, bool atLineStart)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('*') || c == QLatin1Char('_') ||
            c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('`') || c == QLatin1Char('<'))
            out += QLatin1Char('\\');
        out += c;
    }
    if (atLineStart) {
        static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#>+\\-=]|\\d+(?=[.)]))"));
        const auto m = blockStart.match(out);
        if (m.hasMatch()) {
            const QString lead = m.captured(2);
            if (lead.front().isDigit())
                out.insert(m.capturedEnd(2), QLatin1Char('\\')); // "2023. It was" is not a list item
            else
                out.insert(m.capturedStart(2), QLatin1Char('\\'));
        }
    }
    return out;
}

QString MarkdownConverter::inlineText(const QTextBlock& block, bool inHeading, const Options& options)
{
    QList<Run> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (!f.isValid()) continue;
        const QTextCharFormat cf = f.charFormat();
        QString text = f.text();
        if (cf.isImageFormat()) {
            if (options.keepImages) {
                const QString name = cf.toImageFormat().name();
                runs << Run{false, false, QString(), QStringLiteral("![](") + name + QLatin1Char(')'), true};
            }
            continue;
        }
        text.remove(QChar::ObjectReplacementCharacter);
        if (text.isEmpty()) continue;
        Run r;
        r.bold = !inHeading && cf.fontWeight() >= QFont::DemiBold;
        r.italic = cf.fontItalic();
        r.href = cf.isAnchor() ? cf.anchorHref() : QString();
        r.text = text;
        if (!runs.isEmpty() && !runs.last().raw && runs.last().bold == r.bold &&
            runs.last().italic == r.italic && runs.last().href == r.href)
            runs.last().text += r.text;
        else
            runs << r;
    }
    QString out;
    for (const Run& r : runs) {
        if (r.raw) {
            out += r.text;
            continue;
        }
        // A line separator (Shift+Enter) has no place in the subset: it becomes a paragraph break.
        QStringList lines = r.text.split(QChar::LineSeparator);
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) out += QStringLiteral("\n\n");
            QString piece = emphasise(escape(lines[i], out.isEmpty() || out.endsWith(QLatin1Char('\n'))),
                                      r.bold, r.italic);
            if (!r.href.isEmpty() && !lines[i].trimmed().isEmpty())
                piece = QLatin1Char('[') + piece + QStringLiteral("](") +
                        QString(r.href)
                            .replace(QLatin1Char(' '), QStringLiteral("%20"))
                            .replace(QLatin1Char(')'), QStringLiteral("%29")) +
                        QLatin1Char(')');
            out += piece;
        }
    }
    return out;
}

QString MarkdownConverter::toMarkdown(const QTextDocument& doc, const Options& options)
{
    QString out;
    bool previousWasList = false;
    int topMarkerWidth = 2;
    const QTextList* previousTopList = nullptr;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextList* list = b.textList();
        const bool heading = b.blockFormat().headingLevel() > 0;
        const QString body = inlineText(b, heading, options).trimmed();
        if (body.isEmpty() && !list) continue;

        if (list) {
            const QTextListFormat lf = list->format();
            const bool nested = lf.indent() > 1;
            const bool numbered = isNumbered(lf.style());
            const QString marker = numbered ? QString::number(list->itemNumber(b) + 1) + QStringLiteral(". ")
                                            : QStringLiteral("- ");
            if (!out.isEmpty()) {
                // Items of one list stay together; a new top-level list is a new block.
                const bool sameList = previousWasList && (nested || list == previousTopList);
                out += sameList ? QStringLiteral("\n") : QStringLiteral("\n\n");
            }
            if (nested) {
                out += QString(topMarkerWidth, QLatin1Char(' '));
            } else {
                topMarkerWidth = int(marker.size());
                previousTopList = list;
            }
            out += marker + body;
            previousWasList = true;
            continue;
        }
        if (!out.isEmpty()) out += QStringLiteral("\n\n");
        out += heading ? QStringLiteral("### ") + body : body;
        previousWasList = false;
        previousTopList = nullptr;
    }
    return out;
}

void MarkdownConverter::fromMarkdown(QTextDocument& doc, const QString& markdown)
{
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
}

QString MarkdownConverter::fromHtml(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    Options o;
    o.keepImages = false;
    return toMarkdown(doc, o);
}

} // namespace cpc
