#include "pdf/BlockSetter.h"

#include "pdf/MarkdownParser.h"

#include <algorithm>

namespace cpc {

namespace {
constexpr unsigned kHeadingColor = 0x1B2A41;
constexpr unsigned kNoticeColor = 0x9C4A00;
constexpr unsigned kNoticeFill = 0xFFF1DE;
constexpr unsigned kFactsFill = 0xEEF2F7;
constexpr float kListIndent = 16;
} // namespace

void BlockSetter::appendLines(FlowBlock& block, std::vector<TextLine>& lines, float leading, float size,
                              float indent)
{
    for (TextLine& l : lines) {
        FlowRow row;
        row.height = leading;
        row.ops = std::move(l.ops);
        // The baseline sits where the leading's extra space is split evenly above and below the glyphs.
        translateOps(row.ops, indent, (leading - size) / 2 + size * 0.8f);
        block.rows.push_back(std::move(row));
    }
}

void BlockSetter::markdown(const QString& md, float width, unsigned color, std::vector<FlowBlock>& out,
                           const TextSetting& setting) const
{
    const QList<MdBlock> blocks = MarkdownParser::parse(md);
    for (const MdBlock& b : blocks) {
        QList<MdRun> runs = b.runs;
        for (MdRun& r : runs)
            r.text = m_fonts.sanitize(r.text, true);
        FlowBlock fb;
        LineBreaker::Style st;
        st.color = color;
        st.justify = setting.justify;
        st.hyphenate = setting.language;
        if (b.kind == MdBlock::Kind::Subheading) {
            st.size = 11;
            st.forceBold = true;
            st.justify = false;
            st.hyphenate.reset(); // a heading is never hyphenated
            st.width = width;
            auto lines = m_breaker.layout(runs, st);
            appendLines(fb, lines, 15, st.size, 0);
            fb.role = FlowBlock::Role::Subheading;
            fb.keepWithNext = true;
            fb.spaceBefore = 8;
            fb.spaceAfter = 3;
            fb.orphans = fb.widows = 1;
        } else {
            const float indent = float(b.depth) * kListIndent;
            st.size = kBodySize;
            st.width = std::max(width - indent, 40.f);
            auto lines = m_breaker.layout(runs, st);
            if (lines.empty() && b.marker.isEmpty()) continue;
            if (lines.empty()) lines.emplace_back();
            if (!b.marker.isEmpty()) {
                const QString marker = m_fonts.sanitize(b.marker);
                const float mw = m_fonts.width(FontStyle::Regular, marker, st.size);
                lines.front().ops.push_back(PdfOp::makeText(-mw - 5, 0, FontStyle::Regular, st.size,
                                                            marker.toStdString(), mw, color));
                lines.front().ops.back().part = PdfOp::Part::Label;
            }
            appendLines(fb, lines, kBodyLeading, st.size, indent);
            const bool listItem = b.kind == MdBlock::Kind::ListItem;
            fb.spaceBefore = listItem ? 2 : 7;
            fb.role = listItem ? FlowBlock::Role::ListItem : FlowBlock::Role::Paragraph;
            fb.depth = b.depth;
        }
        out.push_back(std::move(fb));
    }
}

// The notice becomes the head of the paragraph it announces: the parallel layout pairs the columns'
// blocks one by one, and a notice standing as a block of its own would pair the other column's paragraph
// with it, putting the paragraphs out of line.
static void joinNotice(std::vector<FlowBlock>& out, size_t at)
{
    if (out.size() < at + 2) return;
    FlowBlock& notice = out[at];
    FlowBlock& next = out[at + 1];
    const int noticeRows = int(notice.rows.size());
    next.rows.insert(next.rows.begin(), std::make_move_iterator(notice.rows.begin()),
                     std::make_move_iterator(notice.rows.end()));
    next.spaceBefore = notice.spaceBefore;
    next.orphans += noticeRows;
    out.erase(out.begin() + std::ptrdiff_t(at));
}

void BlockSetter::narrative(const QString& notice, const QString& md, bool original, float width,
                            std::vector<FlowBlock>& out, const TextSetting& setting) const
{
    const size_t at = out.size();
    if (notice.isEmpty()) {
        markdown(md, width, 0x000000, out, setting);
    } else if (md.isEmpty()) {
        // Nothing written in either language: the notice is the passage.
        out.push_back(plain(notice, FontStyle::Italic, kBodySize, width, 0x666666));
    } else {
        out.push_back(this->notice(notice, width));
        // The original standing in for a missing translation is greyed: it is not the reader's language.
        markdown(md, width, original ? 0x555555 : 0x000000, out, setting);
        joinNotice(out, at);
    }
}

FlowBlock BlockSetter::heading(int level, const QString& number, const QString& title, float width) const
{
    LineBreaker::Style st;
    st.size = level == 1 ? 16 : level == 2 ? 12.5f : 10.5f;
    st.justify = false;
    st.color = kHeadingColor;
    const QString num = m_fonts.sanitize(number);
    const float numWidth = num.isEmpty() ? 0 : m_fonts.width(FontStyle::Bold, num, st.size) + st.size * 0.6f;
    st.width = std::max(width - numWidth, 40.f);
    auto lines = m_breaker.layout(m_fonts.sanitize(title), FontStyle::Bold, st);
    if (lines.empty()) lines.emplace_back();
    if (!num.isEmpty())
        lines.front().ops.push_back(PdfOp::makeText(-numWidth, 0, FontStyle::Bold, st.size, num.toStdString(),
                                                    numWidth, kHeadingColor));
    FlowBlock b;
    appendLines(b, lines, st.size * 1.3f, st.size, numWidth);
    if (level == 1) {
        // The rule is a row of its own: beside a heading of more lines (the parallel layout pairs rows),
        // it would otherwise push the other column's next line down.
        FlowRow rule;
        rule.height = 4;
        rule.ops.push_back(PdfOp::makeLine(0, 2.5f, width, 2.5f, 0.8f, 0x9AA8BC));
        b.rows.push_back(std::move(rule));
    }
    b.spaceBefore = level == 1 ? 18 : level == 2 ? 14 : 10;
    b.spaceAfter = level == 1 ? 6 : 3;
    b.keepWithNext = true;
    b.orphans = 1;
    b.widows = level == 1 ? 2 : 1; // never the rule alone atop a page
    return b;
}

FlowBlock BlockSetter::plain(const QString& text, FontStyle style, float size, float width, unsigned color,
                             bool justify, std::optional<Language> hyphenate) const
{
    LineBreaker::Style st;
    st.size = size;
    st.width = width;
    st.justify = justify;
    st.color = color;
    st.hyphenate = hyphenate;
    auto lines = m_breaker.layout(m_fonts.sanitize(text, true), style, st);
    FlowBlock b;
    appendLines(b, lines, size * 1.38f, size, 0);
    b.spaceBefore = 6;
    return b;
}

FlowBlock BlockSetter::facts(const std::vector<std::pair<QString, QString>>& facts, float width) const
{
    FlowBlock b;
    const float size = 8.5f, leading = 11.5f, pad = 6;
    for (const auto& [label, value] : facts) {
        MdRun l{m_fonts.sanitize(label) + QStringLiteral(": "), true, false, {}};
        MdRun v{m_fonts.sanitize(value), false, false, {}};
        LineBreaker::Style st;
        st.size = size;
        st.width = width - 2 * pad;
        st.justify = false;
        st.color = 0x2B2B2B;
        auto lines = m_breaker.layout(QList<MdRun>{l, v}, st);
        appendLines(b, lines, leading, size, pad);
    }
    if (b.rows.empty()) return b;
    // The band's padding above and below is a row of its own, so that beside a box of more lines (the
    // parallel layout pairs rows) this box's last line does not push the other's down.
    FlowRow padding;
    padding.height = pad / 2;
    b.rows.insert(b.rows.begin(), padding);
    b.rows.push_back(padding);
    for (FlowRow& r : b.rows)
        r.ops.insert(r.ops.begin(), PdfOp::makeRect(0, 0, width, r.height, kFactsFill));
    for (FlowRow& r : b.rows)
        r.ops.insert(r.ops.begin() + 1, PdfOp::makeRect(0, 0, 2, r.height, 0x1F4E79));
    b.spaceBefore = 4;
    b.spaceAfter = 2;
    // A few lines in a shaded box: cut, its last line stood alone atop the next page. It stays whole and
    // with the first lines of the activity it describes (a box too tall for any page still breaks).
    b.orphans = b.widows = int(b.rows.size());
    b.keepWithNext = true;
    return b;
}

FlowBlock BlockSetter::notice(const QString& text, float width) const
{
    LineBreaker::Style st;
    st.size = 9;
    st.width = width - 12;
    st.justify = false;
    st.color = kNoticeColor;
    auto lines = m_breaker.layout(m_fonts.sanitize(text), FontStyle::BoldItalic, st);
    FlowBlock b;
    appendLines(b, lines, 12.5f, st.size, 6);
    for (FlowRow& r : b.rows) {
        r.ops.insert(r.ops.begin(), PdfOp::makeRect(0, 0, width, r.height, kNoticeFill));
        r.ops.insert(r.ops.begin() + 1, PdfOp::makeRect(0, 0, 2.5f, r.height, kNoticeColor));
    }
    b.spaceBefore = 7;
    b.keepWithNext = true;
    b.orphans = b.widows = 1;
    return b;
}

std::vector<FlowBlock> BlockSetter::pair(std::vector<FlowBlock> left, std::vector<FlowBlock> right,
                                         float rightX)
{
    std::vector<FlowBlock> out;
    const size_t n = std::max(left.size(), right.size());
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        FlowBlock a = i < left.size() ? std::move(left[i]) : FlowBlock{};
        FlowBlock b = i < right.size() ? std::move(right[i]) : FlowBlock{};
        FlowBlock m;
        const bool hasA = !a.rows.empty(), hasB = !b.rows.empty();
        m.spaceBefore = std::max(hasA ? a.spaceBefore : 0, hasB ? b.spaceBefore : 0);
        m.spaceAfter = std::max(a.spaceAfter, b.spaceAfter);
        m.keepWithNext = a.keepWithNext || b.keepWithNext;
        m.breakBefore = a.breakBefore || b.breakBefore;
        m.orphans = std::max(a.orphans, b.orphans);
        m.widows = std::max(a.widows, b.widows);
        m.heading = a.heading >= 0 ? a.heading : b.heading;
        const size_t rows = std::max(a.rows.size(), b.rows.size());
        for (size_t r = 0; r < rows; ++r) {
            FlowRow row;
            row.height = std::max(r < a.rows.size() ? a.rows[r].height : 0.f,
                                  r < b.rows.size() ? b.rows[r].height : 0.f);
            // A box shaded row by row would show white stripes where the other column's row is taller.
            const auto stretchFills = [&](FlowRow& side) {
                for (PdfOp& o : side.ops)
                    if (o.kind == PdfOp::Kind::Rect && o.y == 0 && o.h == side.height) o.h = row.height;
            };
            if (r < a.rows.size()) {
                stretchFills(a.rows[r]);
                row.ops = std::move(a.rows[r].ops);
            }
            if (r < b.rows.size()) {
                stretchFills(b.rows[r]);
                translateOps(b.rows[r].ops, rightX, 0);
                row.ops.insert(row.ops.end(), std::make_move_iterator(b.rows[r].ops.begin()),
                               std::make_move_iterator(b.rows[r].ops.end()));
            }
            m.rows.push_back(std::move(row));
        }
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace cpc
