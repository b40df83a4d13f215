#include "pdf/PdfMetadata.h"

#include "pdf/PdfFonts.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace cpc {

namespace {

QString xml(const QString& s)
{
    return s.toHtmlEscaped();
}

QString pick(const BiText& t, Language l)
{
    return t.text(l).isEmpty() ? t.text(otherLanguage(l)) : t.text(l);
}

} // namespace

const char* PdfMetadata::tag(Language l)
{
    return l == Language::En ? "en-US" : "es-CO";
}

HPDF_Binary PdfMetadata::textString(HPDF_MMgr mmgr, const QString& whole)
{
    // A description, not the text itself (a link's words, a figure's alt text): readers and libharu keep
    // strings far shorter than a title may be, so it is abridged like the document properties.
    const QString text = PdfFonts::abridge(whole, 1000);
    QByteArray bytes("\xFE\xFF", 2);
    bytes.reserve(2 + text.size() * 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), HPDF_UINT(bytes.size()));
}

QByteArray PdfMetadata::xmp(const Info& info)
{
    const Language first = info.language;
    QString titles =
        QStringLiteral("<rdf:li xml:lang=\"x-default\">%1</rdf:li>").arg(xml(pick(info.title, first)));
    QString languages;
    for (Language l : {first, otherLanguage(first)}) {
        if (l != first && l != info.otherLanguage) continue;
        titles += QStringLiteral("<rdf:li xml:lang=\"%1\">%2</rdf:li>")
                      .arg(QLatin1String(tag(l)), xml(pick(info.title, l)));
        languages += QStringLiteral("<rdf:li>%1</rdf:li>").arg(QLatin1String(tag(l)));
    }
    QString descriptions =
        QStringLiteral("<rdf:li xml:lang=\"x-default\">%1</rdf:li>").arg(xml(pick(info.subject, first)));
    const QString created = info.created.toOffsetFromUtc(info.created.offsetFromUtc()).toString(Qt::ISODate);
    const QString packet =
        QStringLiteral("<?xpacket begin=\"") + QChar(0xFEFF) +
        QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                       " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                       "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                       "<pdfuaid:part>1</pdfuaid:part>\n"
                       "<dc:format>application/pdf</dc:format>\n"
                       "<dc:title><rdf:Alt>%1</rdf:Alt></dc:title>\n"
                       "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "<dc:description><rdf:Alt>%3</rdf:Alt></dc:description>\n"
                       "<dc:language><rdf:Bag>%4</rdf:Bag></dc:language>\n"
                       "<xmp:CreatorTool>%5</xmp:CreatorTool>\n"
                       "<xmp:CreateDate>%6</xmp:CreateDate>\n"
                       "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
            .arg(titles, xml(info.author), descriptions, languages, xml(info.creator), created);
    return packet.toUtf8();
}

bool PdfMetadata::write(HPDF_Doc doc, const Info& info)
{
    // Tagged PDF and PDF/UA-1 build on PDF 1.7; libharu writes the header from this field.
    doc->pdf_version = HPDF_VER_17;
    HPDF_MMgr mmgr = doc->mmgr;
    HPDF_Dict catalog = doc->catalog;
    HPDF_STATUS ret = HPDF_OK;
    ret += HPDF_Dict_Add(catalog, "Lang", HPDF_String_New(mmgr, tag(info.language), nullptr));

    HPDF_Dict mark = HPDF_Dict_New(mmgr);
    if (!mark) return false;
    ret += HPDF_Dict_Add(catalog, "MarkInfo", mark);
    ret += HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);

    HPDF_Dict viewer = HPDF_Dict_New(mmgr);
    if (!viewer) return false;
    ret += HPDF_Dict_Add(catalog, "ViewerPreferences", viewer);
    ret += HPDF_Dict_AddBoolean(viewer, "DisplayDocTitle", HPDF_TRUE);

    // The metadata stays uncompressed, so that any tool (and PDF/A, should it come) can read it.
    HPDF_Dict metadata = HPDF_DictStream_New(mmgr, doc->xref);
    if (!metadata) return false;
    metadata->filter = HPDF_STREAM_FILTER_NONE;
    ret += HPDF_Dict_AddName(metadata, "Type", "Metadata");
    ret += HPDF_Dict_AddName(metadata, "Subtype", "XML");
    const QByteArray packet = xmp(info);
    ret += HPDF_Stream_Write(metadata->stream, reinterpret_cast<const HPDF_BYTE*>(packet.constData()),
                             HPDF_UINT(packet.size()));
    ret += HPDF_Dict_Add(catalog, "Metadata", metadata);

    // Labels match the printed numbers ("Page 3 of 40" counts the cover as page 1).
    ret += HPDF_AddPageLabel(doc, 0, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, nullptr);
    return ret == HPDF_OK;
}

} // namespace cpc
