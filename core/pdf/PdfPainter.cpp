#include "pdf/PdfPainter.h"

namespace cpc {

namespace {
void rgb(unsigned c, float& r, float& g, float& b)
{
    r = float((c >> 16) & 0xFF) / 255.f;
    g = float((c >> 8) & 0xFF) / 255.f;
    b = float(c & 0xFF) / 255.f;
}
} // namespace

void PdfPainter::paint(HPDF_Page page, const PdfOps& ops, const std::vector<HPDF_Destination>& targets) const
{
    float r, g, b;
    unsigned fill = 0xFFFFFFFF, stroke = 0xFFFFFFFF;
    float lineWidth = -1;
    for (const PdfOp& o : ops) {
        switch (o.kind) {
        case PdfOp::Kind::Rect:
            if (fill != o.color) {
                rgb(o.color, r, g, b);
                HPDF_Page_SetRGBFill(page, r, g, b);
                fill = o.color;
            }
            HPDF_Page_Rectangle(page, o.x, m_height - o.y - o.h, o.w, o.h);
            HPDF_Page_Fill(page);
            break;
        case PdfOp::Kind::FrameRect:
        case PdfOp::Kind::Line:
            if (stroke != o.color) {
                rgb(o.color, r, g, b);
                HPDF_Page_SetRGBStroke(page, r, g, b);
                stroke = o.color;
            }
            if (lineWidth != o.size) {
                HPDF_Page_SetLineWidth(page, o.size);
                lineWidth = o.size;
            }
            if (o.kind == PdfOp::Kind::Line) {
                HPDF_Page_MoveTo(page, o.x, m_height - o.y);
                HPDF_Page_LineTo(page, o.x + o.w, m_height - o.y - o.h);
            } else {
                HPDF_Page_Rectangle(page, o.x, m_height - o.y - o.h, o.w, o.h);
            }
            HPDF_Page_Stroke(page);
            break;
        default: break;
        }
    }
    HPDF_Page_BeginText(page);
    int font = -1;
    float size = 0;
    for (const PdfOp& o : ops) {
        if (o.kind != PdfOp::Kind::Text || o.text.empty()) continue;
        if (int(o.style) != font || o.size != size) {
            HPDF_Page_SetFontAndSize(page, m_fonts.font(o.style), o.size);
            font = int(o.style);
            size = o.size;
        }
        if (fill != o.color) {
            rgb(o.color, r, g, b);
            HPDF_Page_SetRGBFill(page, r, g, b);
            fill = o.color;
        }
        HPDF_Page_TextOut(page, o.x, m_height - o.y, o.text.c_str());
    }
    HPDF_Page_EndText(page);
    for (const PdfOp& o : ops) {
        HPDF_Rect rect{o.x, m_height - o.y - o.h, o.x + o.w, m_height - o.y};
        HPDF_Annotation a = nullptr;
        if (o.kind == PdfOp::Kind::UriLink && !o.text.empty()) a = HPDF_Page_CreateURILinkAnnot(page, rect, o.text.c_str());
        else if (o.kind == PdfOp::Kind::PageLink && o.target >= 0 && size_t(o.target) < targets.size() && targets[size_t(o.target)])
            a = HPDF_Page_CreateLinkAnnot(page, rect, targets[size_t(o.target)]);
        if (a) HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
    }
}

} // namespace cpc
