#include "document/Typography.h"

#include <QRegularExpression>

namespace cpc {

namespace {

constexpr char16_t kNbsp = 0x00A0;

// Where a quote opens: at the start, after a space, an opening bracket, a dash, an opening quote or
// the Markdown marks of emphasis.
bool opensAfter(QChar c)
{
    return c.isNull() || c.isSpace() || c == QChar(kNbsp) || c == u'(' || c == u'[' || c == u'{' ||
           c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x201C) ||
           c == QChar(0x2018) || c == QChar(0x00AB) || c == u'*' || c == u'_' || c == u'/';
}

QString curlQuotes(const QString& text, QChar before)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c != u'"' && c != u'\'') continue;
        const QChar prev = i > 0 ? out.at(i - 1) : before;
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        if (prev == u'\\') continue; // escaped in Markdown: the author wants the straight mark
        const bool closesHere = next.isNull() || next.isSpace() || next == QChar(kNbsp) || next.isPunct();
        const bool open = opensAfter(prev) && !closesHere;
        if (c == u'"') {
            out[i] = QChar(open ? 0x201C : 0x201D);
        } else {
            // An apostrophe inside a word (don't, Colombia's) or before a year ('22) is ’, as a closing quote
            // is.
            const bool elision = prev.isLetterOrNumber() || (opensAfter(prev) && next.isDigit());
            out[i] = QChar(open && !elision ? 0x2018 : 0x2019);
        }
    }
    return out;
}

// What keepTogether changes needs a digit (units, dates, numbered laws) or a guillemet: a line without
// them is left as it is, never searched (most of a narrative's lines).
bool mayKeepTogether(QStringView line)
{
    for (const QChar c : line)
        if ((c >= u'0' && c <= u'9') || c == u'«' || c == u'»') return true;
    return false;
}

QString keepTogetherLine(QString text)
{
    static const QString nb(QChar{kNbsp});
    static const QRegularExpression unitAfter(QStringLiteral(
        "(\\d) "
        "(%|‰|km|kg|cm|mm|m|g|ha|h|min|COP|USD|EUR|pesos|dólares|dollars|millones|millón|million|millions|"
        "billones|billion|billions|mil|años|years|días|days|horas|hours|NNA|personas|people)(?![\\p{L}\\p{N}]"
        ")"));
    static const QRegularExpression unitBefore(
        QStringLiteral("(?<![\\p{L}\\p{N}])(COP|USD|EUR|US\\$|\\$) (?=\\d)"));
    static const QRegularExpression dayOfMonth(
        QStringLiteral("(?<![\\p{L}\\p{N}])(\\d{1,2}) de "
                       "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
                       "octubre|noviembre|diciembre)(?![\\p{L}])"));
    static const QRegularExpression monthDay(
        QStringLiteral("(?<![\\p{L}])(January|February|March|April|May|June|July|August|September|October|"
                       "November|December) "
                       "(\\d{1,2})(?!\\d)"));
    static const QRegularExpression dayMonth(
        QStringLiteral("(?<![\\p{L}\\p{N}])(\\d{1,2}) "
                       "(January|February|March|April|May|June|July|August|September|October|November|"
                       "December)(?![\\p{L}])"));
    static const QRegularExpression numbered(
        QStringLiteral("(?<![\\p{L}])(Ley|Law|Decreto|Decree|Resolución|Resolution|Artículo|artículo|Article|"
                       "article|Art\\.|art\\.|"
                       "No\\.|no\\.|N\\.º|Nº|núm\\.|Act|Sección|Section|Capítulo|Chapter|Sentencia|CONPES|"
                       "Objetivo|Objective|"
                       "Anexo|Annex|Actividad|Activity|Indicador|Indicator|página|page|p\\.|pp\\.) (?=\\d)"));
    static const QRegularExpression insideGuillemets(QStringLiteral("« +| +»"));
    text.replace(unitAfter, QStringLiteral("\\1") + nb + QStringLiteral("\\2"));
    text.replace(unitBefore, QStringLiteral("\\1") + nb);
    text.replace(dayOfMonth, QStringLiteral("\\1") + nb + QStringLiteral("de") + nb + QStringLiteral("\\2"));
    text.replace(monthDay, QStringLiteral("\\1") + nb + QStringLiteral("\\2"));
    text.replace(dayMonth, QStringLiteral("\\1") + nb + QStringLiteral("\\2"));
    text.replace(numbered, QStringLiteral("\\1") + nb);
    // Spanish sets «…» tight; typed with spaces inside, the marks at least never stand alone on a line.
    qsizetype at = 0;
    QRegularExpressionMatch m;
    while ((m = insideGuillemets.match(text, at)).hasMatch()) {
        const QString found = m.captured();
        const QString tight = found.startsWith(u'«') ? QStringLiteral("«") + nb : nb + QStringLiteral("»");
        text.replace(m.capturedStart(), m.capturedLength(), tight);
        at = m.capturedStart() + tight.size();
    }
    return text;
}

// No pattern spans a line (they join with spaces only), so each line is prepared by itself.
QString keepTogether(const QString& text)
{
    if (!text.contains(u' ')) return text;
    QString out;
    qsizetype at = 0;
    while (at <= text.size()) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0) end = text.size();
        const QStringView line = QStringView(text).mid(at, end - at);
        if (mayKeepTogether(line)) {
            if (out.isNull()) out = text.left(at);
            out += keepTogetherLine(line.toString());
        } else if (!out.isNull()) {
            out += line;
        }
        if (end < text.size() && !out.isNull()) out += u'\n';
        at = end + 1;
    }
    return out.isNull() ? text : out;
}

void prepareCell(DocCell& c)
{
    if (c.numeric) return; // figures are the number formatting's (PdfLocale)
    c.text = Typography::prepare(c.text);
    c.second = Typography::prepare(c.second);
}

void prepareBlock(DocBlock& b)
{
    switch (b.kind) {
    case DocBlock::Kind::Heading:
    case DocBlock::Kind::Note:
        b.text = Typography::prepare(b.text);
        break;
    case DocBlock::Kind::Narrative:
        b.markdown = Typography::prepareMarkdown(b.markdown);
        break;
    case DocBlock::Kind::Facts:
        for (auto& f : b.facts)
            f.second = Typography::prepare(f.second);
        break;
    case DocBlock::Kind::Table:
        for (QList<DocCell>& row : b.table.rows)
            for (DocCell& c : row)
                prepareCell(c);
        break;
    case DocBlock::Kind::Chart:
        break; // the chart's words are fixed, its figures the number formatting's
    }
}

} // namespace

QString Typography::prepare(const QString& text, QChar before)
{
    if (text.isEmpty()) return text;
    QString out = text.contains(u'"') || text.contains(u'\'') ? curlQuotes(text, before) : text;
    return keepTogether(std::move(out));
}

QString Typography::prepareMarkdown(const QString& markdown)
{
    // What must stay as typed: link targets "](…)", autolinks "<…>" and code spans.
    static const QRegularExpression verbatim(
        QStringLiteral("\\]\\([^)\\n]*\\)|<[A-Za-z][^>\\s]*>|(`+)[^`]*?\\1"));
    QString out;
    out.reserve(markdown.size() + 16);
    qsizetype at = 0;
    QChar before;
    auto it = verbatim.globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString piece = markdown.mid(at, m.capturedStart() - at);
        out += prepare(piece, before);
        QString kept = m.captured();
        if (kept.startsWith(u']')) {
            out += u']';
            kept.remove(0, 1);
        }
        out += kept;
        at = m.capturedEnd();
        before = markdown.at(at - 1);
    }
    out += prepare(markdown.mid(at), before);
    return out;
}

void Typography::prepare(QList<DocPassage>& passages)
{
    for (DocPassage& p : passages) {
        // The bilingual variant of a narrative is its English one (the columns set each language's own).
        const bool sameNarrative = p.both.kind == DocBlock::Kind::Narrative &&
                                   p.en.kind == DocBlock::Kind::Narrative && p.both.markdown == p.en.markdown;
        prepareBlock(p.en);
        prepareBlock(p.es);
        if (sameNarrative)
            p.both.markdown = p.en.markdown;
        else
            prepareBlock(p.both);
    }
}

void Typography::prepare(DocCover& c)
{
    c.partnership = prepare(c.partnership);
    c.title = prepare(c.title);
    for (QString& l : c.lines)
        l = prepare(l);
}

} // namespace cpc
