// The PDF layout of long words, long links and long titles: a short input is repeated into a text of up
// to 300,000 characters and set as a narrative, a heading, a plain paragraph or a table cell, in a wide
// or a narrow column. Checks beyond "no crash": no line runs past its column, every string a page
// writes stays within what PDF readers keep (32,767 bytes), no link target is longer than the readers
// accept (Limits::kMaxLinkLength), and the ops grow at most linearly with the text (a hang or a
// quadratic blow-up shows as a timeout or an out-of-memory). One input in sixteen also goes through the
// whole PdfExporter::render with the text as the report's title, an entity's name and a section title;
// its output must be a PDF.
//
// Input: byte 0 picks the kind (bits 0-1), the column (bit 2) and the repetitions (bits 3-6: 1 to
// 2^15); byte 1 bit 0 joins the repetitions with spaces; the rest is the text repeated.
#include "../core/pdf/PdfTestFonts.h"
#include "FuzzSupport.h"
#include "pdf/BlockSetter.h"
#include "pdf/PdfContentWriter.h"
#include "pdf/PdfExporter.h"
#include "pdf/PdfFlow.h"
#include "pdf/PdfTable.h"
#include "util/Limits.h"

#include <array>
#include <cstdlib>

namespace {

constexpr qsizetype kMaxText = 300000;

const cpc::PdfFonts& fonts()
{
    static const PdfTestFonts f;
    if (!f.loaded) std::abort();
    return f.fonts;
}

void check(const std::vector<cpc::FlowPage>& pages, float left, float width, qsizetype chars)
{
    size_t ops = 0;
    const std::array<std::string, cpc::PdfFonts::kFaces> names{"F1", "F2", "F3", "F4", "F5", "F6"};
    for (const cpc::FlowPage& p : pages) {
        for (const cpc::PdfOp& o : p.ops) {
            if (o.kind == cpc::PdfOp::Kind::Text && o.x + o.w > left + width + 1)
                std::abort(); // past the column
            if (o.kind == cpc::PdfOp::Kind::Text && o.text.size() > 32767 / 2)
                std::abort(); // two bytes a glyph
            if (o.kind == cpc::PdfOp::Kind::UriLink &&
                o.text.size() > size_t(4 * cpc::Limits::kMaxLinkLength))
                std::abort();
        }
        ops += p.ops.size();
        (void)cpc::PdfContentWriter(fonts(), 792, names).write(p.ops);
    }
    // A character makes at most a line, a link underline and an annotation; pages add their frame.
    if (ops > 4 * size_t(chars) + 16 * pages.size() + 64) std::abort();
}

void layout(const QString& text, int kind, bool narrow)
{
    const float width = narrow ? 228 : 468; // a parallel column, or the Letter frame
    const cpc::BlockSetter setter(fonts());
    std::vector<cpc::FlowBlock> blocks;
    switch (kind) {
    case 0:
        setter.markdown(text, width, 0x000000, blocks);
        break;
    case 1:
        blocks.push_back(setter.heading(1, QStringLiteral("3"), text, width));
        break;
    case 2:
        blocks.push_back(setter.plain(text, cpc::FontStyle::Bold, 26, width, 0x1B2A41));
        break;
    default: {
        cpc::PdfTable table(fonts(), width);
        table.setColumns({{QStringLiteral("Name"), 2, false}, {QStringLiteral("Value"), 1, true}});
        table.addRow({cpc::TableCell(text, text.left(1000)), cpc::TableCell(QStringLiteral("12"))});
        blocks.push_back(table.build(648));
    }
    }
    std::vector<cpc::FlowPage> pages;
    std::vector<cpc::HeadingMark> marks(1);
    cpc::PdfFlow(72, 72, width, 648).flow(blocks, pages, marks);
    check(pages, 72, width, text.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    if (size < 3) return 0;
    const uint8_t knobs = data[0];
    const bool spaced = data[1] & 1;
    const QString unit = QString::fromUtf8(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    if (unit.isEmpty()) return 0;
    const qsizetype reps = qsizetype(1) << ((knobs >> 3) & 15);
    QString text;
    text.reserve(std::min(kMaxText, unit.size() * reps + reps));
    for (qsizetype i = 0; i < reps && text.size() < kMaxText; ++i) {
        if (spaced && i > 0) text += QLatin1Char(' ');
        text += unit;
    }
    text.truncate(kMaxText);
    if (text.at(text.size() - 1).isHighSurrogate()) text.chop(1);
    layout(text, knobs & 3, knobs & 4);
    if ((knobs & 0x80) == 0 || (data[1] & 0xF0) != 0xF0) return 0;

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
    const QString title = text.left(200000);
    report.info.title.write(cpc::Language::En, title, 1);
    report.sections.first().title.write(cpc::Language::En, title, 1);
    if (!report.entities.isEmpty()) {
        report.entities.first().name.write(cpc::Language::En, title, 1);
        report.info.preparedBy = report.entities.first().id;
    }
    report.sections.first().body.write(cpc::Language::En, text.left(20000), 1);
    cpc::PdfOptions options;
    options.languages = (data[1] & 2) ? cpc::PdfOptions::Languages::Both : cpc::PdfOptions::Languages::En;
    options.layout = (data[1] & 4) ? cpc::PdfOptions::Layout::Parallel : cpc::PdfOptions::Layout::Sequential;
    options.paper = (data[1] & 8) ? cpc::PdfOptions::Paper::A4 : cpc::PdfOptions::Paper::Letter;
    auto pdf = cpc::PdfExporter::render(report, options);
    if (!pdf || !pdf.value().startsWith("%PDF-")) std::abort(); // within the limits, the export never fails
    return 0;
}
