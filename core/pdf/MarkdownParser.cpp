#include "pdf/MarkdownParser.h"

#include "model/MarkdownLinks.h"

#include <QHash>
#include <QVector>
#include <md4c.h>

namespace cpc {

namespace {

struct ListState {
    bool ordered = false;
    unsigned next = 1;
    bool itemOpen = false;    // an item whose first paragraph has not been started yet
    bool itemHasText = false; // the current item already produced a block
};

struct ParseState {
    QList<MdBlock> blocks;
    QVector<ListState> lists;
    int bold = 0;
    int italic = 0;
    QStringList links;
    bool inBlock = false; // text goes to blocks.last()

    void startBlock(MdBlock::Kind kind)
    {
        MdBlock b;
        b.kind = kind;
        if (!lists.isEmpty()) {
            ListState& l = lists.last();
            b.kind = kind == MdBlock::Kind::Subheading ? kind : MdBlock::Kind::ListItem;
            b.depth = std::min<int>(int(lists.size()), 2);
            if (l.itemOpen && !l.itemHasText) {
                b.marker = l.ordered ? QString::number(l.next - 1) + QLatin1Char('.') : QStringLiteral("•");
                l.itemHasText = true;
            }
        }
        blocks.append(b);
        inBlock = true;
    }

    void addText(const QString& text)
    {
        if (text.isEmpty()) return;
        if (!inBlock) startBlock(MdBlock::Kind::Paragraph);
        MdRun r;
        r.text = text;
        r.bold = bold > 0;
        r.italic = italic > 0;
        if (!links.isEmpty()) r.link = links.last();
        QList<MdRun>& runs = blocks.last().runs;
        if (!runs.isEmpty() && runs.last().sameStyle(r))
            runs.last().text += text;
        else
            runs.append(r);
    }
};

QString attribute(const MD_ATTRIBUTE& a)
{
    return QString::fromUtf8(a.text, qsizetype(a.size));
}

QString decodeEntity(const QString& e)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},   {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},    {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&nbsp;"), QString(QChar(0xA0))}, {QStringLiteral("&apos;"), QStringLiteral("'")},
    };
    if (auto it = named.constFind(e); it != named.constEnd()) return *it;
    if (e.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const QString digits = e.mid(2, e.size() - 3);
        const uint code = digits.startsWith(QLatin1Char('x'), Qt::CaseInsensitive)
                              ? digits.mid(1).toUInt(&ok, 16)
                              : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    return e; // unknown entities stay as written
}

int enterBlock(MD_BLOCKTYPE type, void* detail, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    switch (type) {
    case MD_BLOCK_UL:
        s->inBlock = false;
        s->lists.append(ListState{});
        break;
    case MD_BLOCK_OL:
        s->inBlock = false;
        s->lists.append(ListState{true, static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start, false, false});
        break;
    case MD_BLOCK_LI:
        if (!s->lists.isEmpty()) {
            ListState& l = s->lists.last();
            l.itemOpen = true;
            l.itemHasText = false;
            ++l.next;
        }
        s->inBlock = false;
        break;
    case MD_BLOCK_H:
        s->startBlock(MdBlock::Kind::Subheading);
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        s->startBlock(MdBlock::Kind::Paragraph);
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (!s->lists.isEmpty()) s->lists.removeLast();
        s->inBlock = false;
        break;
    case MD_BLOCK_H:
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
    case MD_BLOCK_LI:
        s->inBlock = false;
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    if (type == MD_SPAN_STRONG)
        ++s->bold;
    else if (type == MD_SPAN_EM)
        ++s->italic;
    else if (type == MD_SPAN_A)
        s->links.append(attribute(static_cast<MD_SPAN_A_DETAIL*>(detail)->href));
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    if (type == MD_SPAN_STRONG)
        --s->bold;
    else if (type == MD_SPAN_EM)
        --s->italic;
    else if (type == MD_SPAN_A && !s->links.isEmpty())
        s->links.removeLast();
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    const QString t = QString::fromUtf8(text, qsizetype(size));
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        s->addText(QStringLiteral(" "));
        break;
    case MD_TEXT_NULLCHAR:
        s->addText(QString(QChar(0xFFFD)));
        break;
    case MD_TEXT_ENTITY:
        s->addText(decodeEntity(t));
        break;
    case MD_TEXT_CODE:
        // Code block lines arrive with their newline; a paragraph of the PDF keeps them as words.
        s->addText(t == QLatin1String("\n") ? QStringLiteral(" ") : t);
        break;
    default:
        s->addText(t);
        break;
    }
    return 0;
}

} // namespace

QString MarkdownParser::plainText(const QString& markdown)
{
    QStringList blocks;
    for (const MdBlock& b : parse(markdown)) {
        QString text = b.marker.isEmpty() ? QString() : b.marker + QLatin1Char(' ');
        for (const MdRun& r : b.runs)
            text += r.text;
        blocks << text;
    }
    return blocks.join(QLatin1Char(' '));
}

QList<MdBlock> MarkdownParser::parse(const QString& markdown)
{
    ParseState state;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MarkdownLinks::parserFlags();
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    const QByteArray utf8 = markdown.toUtf8();
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state) != 0 || state.blocks.isEmpty()) {
        // md4c only fails on memory exhaustion; the text is still shown, unformatted.
        QList<MdBlock> plain;
        if (!markdown.trimmed().isEmpty())
            plain.append(
                MdBlock{MdBlock::Kind::Paragraph, 0, {}, {MdRun{markdown.simplified(), false, false, {}}}});
        return plain;
    }
    // Blocks that came out empty (an empty list item) carry nothing to set.
    state.blocks.removeIf([](const MdBlock& b) { return b.runs.isEmpty() && b.marker.isEmpty(); });
    return state.blocks;
}

} // namespace cpc
