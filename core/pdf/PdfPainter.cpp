#include "pdf/PdfPainter.h"

#include "pdf/PdfContentWriter.h"
#include "pdf/PdfMetadata.h"
#include "pdf/PdfStreams.h"

#include <QByteArray>
#include <array>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace cpc {

bool PdfPainter::paint(HPDF_Page page, int index, const PdfOps& ops,
                       const std::vector<HPDF_Destination>& targets) const
{
    // Registering a face with the page gives its resource name (/F1...); only faces the page uses.
    std::array<std::string, PdfFonts::kFaces> names;
    const unsigned used = PdfContentWriter::facesUsed(ops, m_fonts);
    for (unsigned s = 0; s < PdfFonts::kFaces; ++s) {
        if (!(used & (1u << s))) continue;
        const char* name = HPDF_Page_GetLocalFontName(page, m_fonts.face(int(s)));
        if (!name) return false;
        names[s] = name;
    }
    for (const PdfOp& o : ops)
        if (o.kind == PdfOp::Kind::HatchRect) {
            if (!hatch(page, o)) return false;
            break;
        }
    const std::string content =
        PdfContentWriter(m_fonts, m_height, std::move(names), m_structure, index).write(ops);
    if (!PdfStreams::write(static_cast<HPDF_PageAttr>(page->attr)->contents, content)) return false;

    for (const PdfOp& o : ops) {
        HPDF_Rect rect{o.x, m_height - o.y - o.h, o.x + o.w, m_height - o.y};
        HPDF_Annotation a = nullptr;
        if (o.kind == PdfOp::Kind::UriLink && !o.text.empty())
            a = HPDF_Page_CreateURILinkAnnot(page, rect, o.text.c_str());
        else if (o.kind == PdfOp::Kind::PageLink && o.target >= 0 && size_t(o.target) < targets.size() &&
                 targets[size_t(o.target)])
            a = HPDF_Page_CreateLinkAnnot(page, rect, targets[size_t(o.target)]);
        if (!a) continue;
        HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
        // What the link does, in words (PDF/UA-1 7.18.5): its address, or the heading it goes to.
        if (!o.text.empty() &&
            HPDF_Dict_Add(a, "Contents",
                          PdfMetadata::textString(page->mmgr, QString::fromStdString(o.text))) != HPDF_OK)
            return false;
        if (m_structure && o.tag >= 0) m_structure->addAnnotation(o.tag, index, a);
    }
    return true;
}

bool PdfPainter::hatch(HPDF_Page page, const PdfOp& like) const
{
    // A coloured tiling pattern of one diagonal per tile: a hatched bar costs one fill, not a path per line.
    HPDF_STATUS ret = HPDF_OK;
    if (!m_hatch) {
        auto* attr = static_cast<HPDF_PageAttr>(page->attr);
        m_hatch = HPDF_DictStream_New(page->mmgr, attr->xref);
        if (!m_hatch) return false;
        const float step = like.spacing > 0.5f ? like.spacing : 4.f;
        ret += HPDF_Dict_AddName(m_hatch, "Type", "Pattern");
        ret += HPDF_Dict_AddNumber(m_hatch, "PatternType", 1);
        ret += HPDF_Dict_AddNumber(m_hatch, "PaintType", 1);
        ret += HPDF_Dict_AddNumber(m_hatch, "TilingType", 1);
        HPDF_Array box = HPDF_Array_New(page->mmgr);
        if (!box) return false;
        ret += HPDF_Dict_Add(m_hatch, "BBox", box);
        for (float v : {0.f, 0.f, step, step})
            ret += HPDF_Array_AddReal(box, v);
        ret += HPDF_Dict_AddReal(m_hatch, "XStep", step);
        ret += HPDF_Dict_AddReal(m_hatch, "YStep", step);
        ret += HPDF_Dict_Add(m_hatch, "Resources", HPDF_Dict_New(page->mmgr));
        // The tile's diagonal and the two corner pieces of its neighbours' (the line's width crosses the
        // edge). Written without printf: the application's C locale may use a decimal comma.
        const auto n = [](double v) { return QByteArray::number(v, 'f', 3) + ' '; };
        const unsigned c = like.color;
        const QByteArray tile = n(((c >> 16) & 0xFF) / 255.0) + n(((c >> 8) & 0xFF) / 255.0) +
                                n((c & 0xFF) / 255.0) + "RG " + n(like.size) + "w 0 0 m " + n(step) +
                                n(step) + "l S -1 " + n(step - 1) + "m 1 " + n(step + 1) + "l S " +
                                n(step - 1) + "-1 m " + n(step + 1) + "1 l S\n";
        ret += HPDF_Stream_WriteStr(m_hatch->stream, tile.constData());
    }
    HPDF_Dict resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
    HPDF_Dict patterns = HPDF_Dict_New(page->mmgr);
    if (!resources || !patterns) return false;
    ret += HPDF_Dict_Add(patterns, PdfContentWriter::kHatchPattern, m_hatch);
    ret += HPDF_Dict_Add(resources, "Pattern", patterns);
    return ret == HPDF_OK;
}

} // namespace cpc
