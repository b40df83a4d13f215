#include "pdf/PdfContentWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

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

// One byte of a literal string: the delimiters and the backslash escaped, and line ends too, since a
// reader turns a raw end of line inside a string into a plain newline.
void appendByte(std::string& out, unsigned char b)
{
    switch (b) {
    case '(':
    case ')':
    case '\\':
        out += '\\';
        out += char(b);
        break;
    case '\r':
        out += "\\r";
        break;
    case '\n':
        out += "\\n";
        break;
    default:
        out += char(b);
    }
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

unsigned PdfContentWriter::facesUsed(const PdfOps& ops)
{
    unsigned used = 0;
    for (const PdfOp& o : ops)
        if (o.kind == PdfOp::Kind::Text && !o.text.empty()) used |= 1u << unsigned(o.style);
    return used;
}

std::string PdfContentWriter::write(const PdfOps& ops) const
{
    std::string out;
    out.reserve(ops.size() * 48 + 256);
    shapes(ops, out);
    text(ops, out);
    return out;
}

void PdfContentWriter::shapes(const PdfOps& ops, std::string& out) const
{
    unsigned fill = 0xFFFFFFFF, stroke = 0xFFFFFFFF;
    float lineWidth = -1;
    for (const PdfOp& o : ops) {
        switch (o.kind) {
        case PdfOp::Kind::Rect:
            if (fill != o.color) appendColor(out, fill = o.color, "rg");
            for (double v : {double(o.x), double(m_height - o.y - o.h), double(o.w), double(o.h)})
                appendNumber(out, v);
            out += "re f\n";
            break;
        case PdfOp::Kind::FrameRect:
        case PdfOp::Kind::Line:
            if (stroke != o.color) appendColor(out, stroke = o.color, "RG");
            if (lineWidth != o.size) {
                appendNumber(out, lineWidth = o.size);
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
        default:
            break;
        }
    }
    // The text's colour is set afresh: shapes may have left any fill colour.
    if (fill != 0xFFFFFFFF) appendColor(out, 0x000000, "rg");
}

void PdfContentWriter::text(const PdfOps& ops, std::string& out) const
{
    out += "BT\n";
    int font = -1;
    float size = 0;
    unsigned fill = 0x000000;
    long lineX = 0, lineY = 0; // the text line's start, in hundredths of a point, as Td leaves it
    for (const PdfOp& o : ops) {
        if (o.kind != PdfOp::Kind::Text || o.text.empty()) continue;
        if (int(o.style) != font || o.size != size) {
            font = int(o.style);
            size = o.size;
            out += '/';
            out += m_fontNames[size_t(font)];
            out += ' ';
            appendNumber(out, size);
            out += "Tf\n";
        }
        if (fill != o.color) appendColor(out, fill = o.color, "rg");
        const long x = hundredths(o.x), y = hundredths(double(m_height) - o.y);
        appendHundredths(out, x - lineX);
        out += ' ';
        appendHundredths(out, y - lineY);
        out += " Td\n";
        lineX = x;
        lineY = y;
        showText(o, out);
    }
    out += "ET\n";
}

void PdfContentWriter::showText(const PdfOp& o, std::string& out) const
{
    // TJ numbers are thousandths of the font size, subtracted from the position.
    const long widen = o.spacing != 0 && o.size > 0 ? -hundredths(double(o.spacing) * 1000.0 / o.size) : 0;
    out += widen ? "[(" : "(";
    for (size_t i = 0; i < o.text.size();) {
        const char16_t c = nextChar(o.text, i);
        m_fonts.markUsed(o.style, c);
        appendByte(out, static_cast<unsigned char>(c >> 8));
        appendByte(out, static_cast<unsigned char>(c & 0xFF));
        if (widen && c == u' ' && i < o.text.size()) {
            out += ")";
            appendHundredths(out, widen);
            out += "(";
        }
    }
    out += widen ? ")]TJ\n" : ")Tj\n";
}

} // namespace cpc
