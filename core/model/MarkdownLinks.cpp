#include "model/MarkdownLinks.h"

#include <md4c.h>

namespace cpc {

namespace {

struct Scan {
    const char* begin = nullptr;
    const char* end = nullptr;
    qsizetype limit = 0;
    std::optional<MarkdownLinks::Link> found;
};

int onEnterSpan(MD_SPANTYPE type, void* detail, void* user)
{
    auto* s = static_cast<Scan*>(user);
    if (type != MD_SPAN_A || s->found) return 0;
    const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
    const qsizetype length = MarkdownLinks::characters(href.text, qsizetype(href.size));
    if (length <= s->limit) return 0;
    // md4c's attribute points into the parsed text, except when it builds one (never for links): the
    // place is then unknown and the start of the text is named.
    qsizetype at = 0;
    if (href.text >= s->begin && href.text <= s->end)
        at = MarkdownLinks::characters(s->begin, href.text - s->begin);
    s->found = MarkdownLinks::Link{at, length};
    return 1; // one is enough: md4c stops
}

int ignoreBlock(MD_BLOCKTYPE, void*, void*)
{
    return 0;
}
int ignoreSpan(MD_SPANTYPE, void*, void*)
{
    return 0;
}
int ignoreText(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*)
{
    return 0;
}

} // namespace

unsigned MarkdownLinks::parserFlags()
{
    return MD_FLAG_NOHTML | MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS;
}

qsizetype MarkdownLinks::characters(const char* utf8, qsizetype bytes)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < bytes; ++i)
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) ++n;
    return n;
}

std::optional<MarkdownLinks::Link> MarkdownLinks::firstLongerThan(const QString& markdown, qsizetype limit)
{
    // A target is part of the text (or an autolink's whole text): a short text holds no long link.
    if (markdown.size() <= limit) return std::nullopt;
    const QByteArray utf8 = markdown.toUtf8();
    Scan scan;
    scan.begin = utf8.constData();
    scan.end = utf8.constData() + utf8.size();
    scan.limit = limit;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = parserFlags();
    parser.enter_block = ignoreBlock;
    parser.leave_block = ignoreBlock;
    parser.enter_span = onEnterSpan;
    parser.leave_span = ignoreSpan;
    parser.text = ignoreText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &scan);
    return scan.found;
}

} // namespace cpc
