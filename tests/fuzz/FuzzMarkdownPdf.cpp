// The Markdown-to-PDF layout: any narrative text is set on pages (parsing, line breaking, long words,
// page flow, the content stream) without crashing or hanging, and no line runs past its column. The
// first byte picks the options; the rest is the narrative. Every input is set and written as page
// content with fonts loaded once (fast, so the fuzzer explores the layout); one in sixteen also goes
// through the whole PdfExporter::render (libharu's document, fonts and compression included), whose
// output must be a PDF.
#include "../core/pdf/PdfTestFonts.h"
#include "FuzzSupport.h"
#include "pdf/BlockSetter.h"
#include "pdf/MarkdownParser.h"
#include "pdf/PdfContentWriter.h"
#include "pdf/PdfExporter.h"
#include "pdf/PdfFlow.h"

#include <array>
#include <cstdlib>

namespace {

const cpc::PdfFonts& fonts()
{
    static const PdfTestFonts f;
    if (!f.loaded) std::abort();
    return f.fonts;
}

void layout(const QString& text, uint8_t knobs)
{
    const float width = (knobs & 2) ? 228 : 468; // a parallel column, or the Letter frame
    const cpc::BlockSetter setter(fonts());
    std::vector<cpc::FlowBlock> blocks;
    setter.markdown(text, width, 0x000000, blocks);
    std::vector<cpc::FlowPage> pages;
    std::vector<cpc::HeadingMark> marks;
    cpc::PdfFlow(72, 72, width, 648).flow(blocks, pages, marks);
    const std::array<std::string, cpc::PdfFonts::kFaces> names{"F1", "F2", "F3", "F4", "F5", "F6"};
    for (const cpc::FlowPage& p : pages) {
        for (const cpc::PdfOp& o : p.ops)
            if (o.kind == cpc::PdfOp::Kind::Text && o.x + o.w > 72 + width + 1)
                std::abort(); // past the column
        (void)cpc::PdfContentWriter(fonts(), 792, names).write(p.ops);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    if (size < 1) return 0;
    const uint8_t knobs = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    (void)cpc::MarkdownParser::parse(text);
    layout(text, knobs);
    if ((knobs & 0xF0) != 0xF0) return 0;

    static const cpc::Report base = [] {
        cpc::Report r = cpc::fuzz::sampleReport();
        while (r.sections.size() > 1)
            r.sections.removeLast();
        r.indicators.clear();
        r.comments.clear();
        return r;
    }();
    cpc::Report report = base;
    if (report.sections.isEmpty()) return 0;
    report.sections.first().body.write(cpc::Language::En, text, 1);
    report.sections.first().body.write(cpc::Language::Es, text.left(200), 2);
    cpc::PdfOptions options;
    options.languages = (knobs & 1) ? cpc::PdfOptions::Languages::Both : cpc::PdfOptions::Languages::En;
    options.layout = (knobs & 2) ? cpc::PdfOptions::Layout::Parallel : cpc::PdfOptions::Layout::Sequential;
    options.paper = (knobs & 4) ? cpc::PdfOptions::Paper::A4 : cpc::PdfOptions::Paper::Letter;
    auto pdf = cpc::PdfExporter::render(report, options);
    if (pdf && !pdf.value().startsWith("%PDF-")) std::abort();
    return 0;
}
