#include "pdf/PdfPainter.h"

#include "pdf/PdfContentWriter.h"
#include "pdf/PdfMetadata.h"

#include <array>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace cpc {

bool PdfPainter::paint(HPDF_Page page, int index, const PdfOps& ops, const std::vector<HPDF_Destination>& targets) const
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
    const std::string content = PdfContentWriter(m_fonts, m_height, std::move(names), m_structure, index).write(ops);
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    if (HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(content.data()),
                          HPDF_UINT(content.size())) != HPDF_OK)
        return false;

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
        if (!o.text.empty() && HPDF_Dict_Add(a, "Contents", PdfMetadata::textString(page->mmgr, QString::fromStdString(o.text))) != HPDF_OK)
            return false;
        if (m_structure && o.tag >= 0) m_structure->addAnnotation(o.tag, index, a);
    }
    return true;
}

} // namespace cpc
