// The Markdown-to-PDF layout: any narrative text is set on pages (breaking, tables of runs, fonts)
// without crashing or hanging. The first byte picks the options; the rest is the English narrative.
#include "FuzzSupport.h"

#include "pdf/MarkdownParser.h"
#include "pdf/PdfExporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    if (size < 1) return 0;
    const uint8_t knobs = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    (void)cpc::MarkdownParser::parse(text);

    static const cpc::Report base = [] {
        cpc::Report r = cpc::fuzz::sampleReport();
        while (r.sections.size() > 1) r.sections.removeLast();
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
