#include "pdf/PdfContentWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>

namespace cpc {

namespace {

// Hundredths of a point are far below what a printer shows; whole hundredths keep relative moves exact.
// Whatever a layout bug might produce (NaN, a huge value) still writes a number a reader accepts.
long hundredths(double v)
{
    if (!std::isfinite(v)) return 0;
    return std::lround(std::clamp(v, -1e7, 1e7) * 100);
}

void appendHundredths(std::string& out, long h)
{
    if (h < 0) {
        out += '-';
        h = -h;
    }
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, h / 100);
    out.append(buf, end);
    const long frac = h % 100;
    if (frac != 0) {
        out += '.';
        out += char('0' + frac / 10);
        if (frac % 10 != 0) out += char('0' + frac % 10);
    }
}

void appendNumber(std::string& out, double v)
{
    appendHundredths(out, hundredths(v));
    out += ' ';
}

void appendColor(std::string& out, unsigned c, const char* op)
{
    for (int shift : {16, 8, 0}) {
        const unsigned v = (c >> shift) & 0xFF;
        // Three decimals tell the 256 levels of a channel apart.
        const long thousandths = std::lround(v * 1000.0 / 255.0);
        char buf[8];
        if (thousandths >= 1000)
            out += '1';
        else if (thousandths == 0)
            out += '0';
        else {
            auto [end, ec] = std::to_chars(buf, buf + sizeof buf, thousandths + 1000);
            out += '.';
            out.append(buf + 1, end); // the digits after "1", zero-padded to three
            while (out.back() == '0')
                out.pop_back();
        }
        out += ' ';
    }
    out += op;
    out += '\n';
}

// One byte of a literal string at `p`: the delimiters and the backslash escaped, and line ends too, since
// a reader turns a raw end of line inside a string into a plain newline. Returns where the next goes.
char* putByte(char* p, unsigned char b)
{
    switch (b) {
    case '(':
    case ')':
    case '\\':
        *p++ = '\\';
        *p++ = char(b);
        break;
    case '\r':
        *p++ = '\\';
        *p++ = 'r';
        break;
    case '\n':
        *p++ = '\\';
        *p++ = 'n';
        break;
    default:
        *p++ = char(b);
    }
    return p;
}

// The next character of valid UTF-8 (what QString::toStdString gives); anything else reads as '?'.
char16_t nextChar(const std::string& s, size_t& i)
{
    const auto lead = static_cast<unsigned char>(s[i++]);
    if (lead < 0x80) return lead;
    const int more = (lead & 0xE0) == 0xC0 ? 1 : (lead & 0xF0) == 0xE0 ? 2 : 3;
    unsigned v = lead & (more == 1 ? 0x1F : 0x0F);
    bool ok = more < 3; // beyond the BMP: the fonts hold none of it (PdfFonts::sanitize replaced it)
    for (int k = 0; k < more; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return u'?';
        v = (v << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    }
    return ok && v <= 0xFFFF ? char16_t(v) : u'?';
}

} // namespace

unsigned PdfContentWriter::facesUsed(const PdfOps& ops, const PdfFonts& fonts)
{
    unsigned used = 0;
    for (const PdfOp& o : ops) {
        if (o.kind != PdfOp::Kind::Text || o.text.empty()) continue;
        used |= 1u << unsigned(o.style);
        if (!fonts.anyFallback()) continue;
        // Only characters from U+2E80 on (three-byte UTF-8 from 0xE2) can be a fallback face's.
        for (size_t i = 0; i < o.text.size();) {
            if (static_cast<unsigned char>(o.text[i]) < 0xE2) {
                ++i;
                continue;
            }
            used |= 1u << unsigned(fonts.face(o.style, nextChar(o.text, i)));
        }
    }
    return used;
}

void PdfContentWriter::selectFont(int face, float size, std::string& out) const
{
    if (face == m_font && size == m_size) return;
    m_font = face;
    m_size = size;
    out += '/';
    out += m_fontNames[size_t(face)];
    out += ' ';
    appendNumber(out, size);
    out += "Tf\n";
}

PdfContentWriter::OpList PdfContentWriter::order(const PdfOps& ops) const
{
    // Links are annotations, not content; an empty text draws nothing.
    const auto drawn = [](const PdfOp& o) {
        return o.kind != PdfOp::Kind::UriLink && o.kind != PdfOp::Kind::PageLink &&
               (o.kind != PdfOp::Kind::Text || !o.text.empty());
    };
    OpList out;
    out.reserve(ops.size());
    for (const PdfOp& o : ops)
        if (drawn(o) && (o.tag < 0 || !m_structure)) out.push_back(&o);
    if (!m_structure) return out;
    // Passages in the order they first appear on the page; each passage's ops in their own order.
    std::vector<int> passages;
    for (const PdfOp& o : ops) {
        if (o.tag < 0 || !drawn(o)) continue;
        const int p = m_structure->at(o.tag).passage;
        if (std::find(passages.begin(), passages.end(), p) == passages.end()) passages.push_back(p);
    }
    for (int p : passages)
        for (const PdfOp& o : ops)
            if (o.tag >= 0 && drawn(o) && m_structure->at(o.tag).passage == p) out.push_back(&o);
    return out;
}

std::string PdfContentWriter::write(const PdfOps& ops) const
{
    std::string out;
    out.reserve(ops.size() * 56 + 256);
    m_font = -1;
    m_size = 0;
    m_fill = 0x000000;
    m_stroke = 0xFFFFFFFF;
    m_lineWidth = -1;
    const OpList ordered = order(ops);
    size_t i = 0;
    // The artifacts: everything that is not content.
    while (i < ordered.size() && (ordered[i]->tag < 0 || !m_structure))
        ++i;
    if (i > 0) {
        const OpList artifacts(ordered.begin(), ordered.begin() + std::ptrdiff_t(i));
        if (m_structure) out += "/Artifact BMC\n";
        shapes(artifacts, out);
        text(artifacts, out);
        if (m_structure) out += "EMC\n";
    }
    int mcid = 0;
    while (i < ordered.size()) {
        size_t j = i;
        const int tag = ordered[i]->tag;
        while (j < ordered.size() && ordered[j]->tag == tag)
            ++j;
        const OpList run(ordered.begin() + std::ptrdiff_t(i), ordered.begin() + std::ptrdiff_t(j));
        out += '/';
        out += m_structure->at(tag).type;
        out += " <</MCID ";
        out += std::to_string(mcid);
        out += ">> BDC\n";
        shapes(run, out);
        text(run, out);
        out += "EMC\n";
        m_structure->addContent(tag, m_page, mcid++);
        i = j;
    }
    return out;
}

void PdfContentWriter::shapes(const OpList& ops, std::string& out) const
{
    for (const PdfOp* op : ops) {
        const PdfOp& o = *op;
        switch (o.kind) {
        case PdfOp::Kind::Rect:
            if (m_fill != o.color) appendColor(out, m_fill = o.color, "rg");
            for (double v : {double(o.x), double(m_height - o.y - o.h), double(o.w), double(o.h)})
                appendNumber(out, v);
            out += "re f\n";
            break;
        case PdfOp::Kind::FrameRect:
        case PdfOp::Kind::Line:
            if (m_stroke != o.color) appendColor(out, m_stroke = o.color, "RG");
            if (m_lineWidth != o.size) {
                appendNumber(out, m_lineWidth = o.size);
                out += "w\n";
            }
            if (o.kind == PdfOp::Kind::Line) {
                appendNumber(out, o.x);
                appendNumber(out, m_height - o.y);
                out += "m ";
                appendNumber(out, o.x + o.w);
                appendNumber(out, m_height - o.y - o.h);
                out += "l S\n";
            } else {
                for (double v : {double(o.x), double(m_height - o.y - o.h), double(o.w), double(o.h)})
                    appendNumber(out, v);
                out += "re S\n";
            }
            break;
        case PdfOp::Kind::HatchRect:
            // Filled with the page's tiling pattern, inside q/Q so the fill colour tracked here stays true.
            out += "q /Pattern cs /";
            out += kHatchPattern;
            out += " scn\n";
            for (double v : {double(o.x), double(m_height - o.y - o.h), double(o.w), double(o.h)})
                appendNumber(out, v);
            out += "re f\nQ\n";
            break;
        default:
            break;
        }
    }
}

void PdfContentWriter::text(const OpList& ops, std::string& out) const
{
    bool open = false;
    long lineX = 0, lineY = 0; // the text line's start, in hundredths of a point, as Td leaves it
    for (const PdfOp* op : ops) {
        const PdfOp& o = *op;
        if (o.kind != PdfOp::Kind::Text || o.text.empty()) continue;
        if (!open) {
            out += "BT\n";
            open = true;
        }
        if (m_fill != o.color) appendColor(out, m_fill = o.color, "rg");
        const long x = hundredths(o.x), y = hundredths(double(m_height) - o.y);
        appendHundredths(out, x - lineX);
        out += ' ';
        appendHundredths(out, y - lineY);
        out += " Td\n";
        lineX = x;
        lineY = y;
        showText(o, out);
    }
    if (open) out += "ET\n";
}

void PdfContentWriter::showText(const PdfOp& o, std::string& out) const
{
    // TJ numbers are thousandths of the font size, subtracted from the position.
    const long widen = o.spacing != 0 && o.size > 0 ? -hundredths(double(o.spacing) * 1000.0 / o.size) : 0;
    // A change of face (a character of the fallback face among the family's) ends the string: the pen
    // goes on from where the last glyph left it.
    int face = -1;
    // The glyphs' bytes gather here and go to `out` in runs (a byte at a time was a tenth of the export).
    char run[512];
    char* end = run;
    const auto flush = [&] {
        out.append(run, size_t(end - run));
        end = run;
    };
    for (size_t i = 0; i < o.text.size();) {
        const char16_t c = nextChar(o.text, i);
        const int f = m_fonts.face(o.style, c);
        if (f != face) {
            flush();
            if (face >= 0) out += widen ? ")]TJ\n" : ")Tj\n";
            selectFont(f, o.size, out);
            out += widen ? "[(" : "(";
            face = f;
        }
        m_fonts.markUsed(o.style, c);
        if (end - run > std::ptrdiff_t(sizeof(run)) - 4) flush();
        end = putByte(putByte(end, static_cast<unsigned char>(c >> 8)), static_cast<unsigned char>(c & 0xFF));
        if (widen && c == u' ' && i < o.text.size()) {
            flush();
            out += ")";
            appendHundredths(out, widen);
            out += "(";
        }
    }
    flush();
    if (face >= 0) out += widen ? ")]TJ\n" : ")Tj\n";
}

} // namespace cpc
