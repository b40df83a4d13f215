#include "pdf/PdfStreams.h"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <memory>
#include <zlib.h>

namespace cpc {

namespace {

// Libharu writes a stream's /Filter only for the filters it applies itself; this writes it for ours.
HPDF_STATUS flateKey(HPDF_Dict, HPDF_Stream out)
{
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

void append(HPDF_Stream stream, QByteArray& out)
{
    const HPDF_UINT count = HPDF_MemStream_GetBufCount(stream);
    for (HPDF_UINT i = 0; i < count; ++i) {
        HPDF_UINT length = 0;
        const HPDF_BYTE* p = HPDF_MemStream_GetBufPtr(stream, i, &length);
        if (p) out.append(reinterpret_cast<const char*>(p), qsizetype(length));
    }
}

// Replaces what stream object `dict` holds with `data` compressed.
bool deflateInto(HPDF_Dict dict, std::string_view data)
{
    uLongf size = compressBound(uLong(data.size()));
    const std::unique_ptr<Bytef[]> out(new Bytef[size]);
    if (compress2(out.get(), &size, reinterpret_cast<const Bytef*>(data.data()), uLong(data.size()),
                  PdfStreams::kLevel) != Z_OK)
        return false;
    HPDF_MemStream_FreeData(dict->stream);
    if (HPDF_Stream_Write(dict->stream, out.get(), HPDF_UINT(size)) != HPDF_OK) return false;
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = flateKey;
    return true;
}

// A stream object whose data this class may replace: a memory stream, not compressed here yet, and
// without a writing step of libharu's own that a new one would displace.
bool ours(HPDF_Dict dict)
{
    return dict && dict->stream && dict->stream->type == HPDF_STREAM_MEMORY && !dict->write_fn;
}

// Anything else stays as libharu writes it.
bool compress(HPDF_Dict dict)
{
    if (!ours(dict)) return true;
    const QByteArray held = PdfStreams::bytes(dict->stream);
    return deflateInto(dict, std::string_view(held.constData(), size_t(held.size())));
}

} // namespace

bool PdfStreams::write(HPDF_Dict stream, std::string_view data)
{
    if (!stream || !stream->stream) return false;
    if (!ours(stream))
        return HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                 HPDF_UINT(data.size())) == HPDF_OK;
    if (HPDF_Stream_Size(stream->stream) == 0) return deflateInto(stream, data);
    QByteArray all = bytes(stream->stream);
    all.append(data.data(), qsizetype(data.size()));
    return deflateInto(stream, std::string_view(all.constData(), size_t(all.size())));
}

bool PdfStreams::compressFonts(const PdfFonts& fonts)
{
    for (int f = 0; f < PdfFonts::kFaces; ++f) {
        HPDF_Font font = fonts.loadedFace(f);
        if (!font) continue;
        auto* attr = static_cast<HPDF_FontAttr>(font->attr);
        // Libharu's own step before it writes a TrueType font makes the descriptor and the subset program
        // once (when it saves, it finds them made and only names them again).
        if (!attr || !font->before_write_fn || font->before_write_fn(font) != HPDF_OK) return false;
        HPDF_Dict descriptor = attr->fontdef->descriptor;
        auto* program =
            descriptor ? static_cast<HPDF_Dict>(HPDF_Dict_GetItem(descriptor, "FontFile2", HPDF_OCLASS_DICT))
                       : nullptr;
        // The font's filter is the one libharu gives its two maps when it saves.
        font->filter = HPDF_STREAM_FILTER_NONE;
        for (HPDF_Dict s : {program, attr->map_stream, attr->cmap_stream})
            if (s && !compress(s)) return false;
    }
    return true;
}

QByteArray PdfStreams::bytes(HPDF_Stream stream)
{
    QByteArray out;
    out.reserve(qsizetype(HPDF_Stream_Size(stream)));
    append(stream, out);
    return out;
}

} // namespace cpc
