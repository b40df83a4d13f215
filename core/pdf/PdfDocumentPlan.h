#pragma once

#include "checks/Finding.h"
#include "export/SuppressionPlan.h"
#include "model/Report.h"
#include "pdf/BlockSetter.h"
#include "pdf/PdfBlockTagger.h"
#include "pdf/PdfOptions.h"

#include <atomic>
#include <hpdf.h>
#include <optional>

namespace cpc {

struct PdfPageGeometry {
    float width = 612, height = 792;
    float left = 66, right = 66, top = 74, bottom = 70;
    float frameWidth() const { return width - left - right; }
    float frameHeight() const { return height - top - bottom; }
};

// Every page of the document laid out in memory, in order: the cover, then for each part (a language,
// or the parallel pair) its contents and its body; then page numbers, running header and footer.
class PdfDocumentPlan {
public:
    PdfDocumentPlan(const Report& report, const PdfOptions& options, const PdfFonts& fonts,
                    const SuppressionPlan& plan);

    // The errors `check` reports: none, a final print; else a draft (a mark on every page), unless
    // `final`, when the cover lists them. Before build().
    void setReadiness(Findings errors, bool final);
    bool isDraft() const { return !m_errors.isEmpty() && !m_final; }
    Status build(const std::function<void(int)>& progress, const std::atomic<bool>* cancel);

    const PdfPageGeometry& geometry() const { return m_geometry; }
    const std::vector<FlowPage>& pages() const { return m_pages; }
    // Frees page `i`'s drawing once it is painted: the memory goes to what libharu builds next (the
    // structure tree, the saved file) instead of new pages of memory, each a fault of its own.
    void release(size_t i) { PdfOps().swap(m_pages[i].ops); }
    // Every heading of every part, with its page in pages().
    const std::vector<HeadingMark>& marks() const { return m_marks; }
    // The structure tree of the pages' content; the content writer adds where each element landed.
    PdfStructure& structure() { return m_structure; }
    // The document's first language (the catalog's), the one the title and page labels speak.
    Language language() const { return m_structure.documentLanguage(); }
    // The bookmarks: one tree per part, mirroring the headings.
    void addOutlines(HPDF_Doc doc, const std::vector<HPDF_Destination>& targets) const;

private:
    struct Part {
        std::optional<Language> language; // unset: parallel
        int firstPage = 0, contentsPages = 0, bodyPages = 0;
        int firstMark = 0, markCount = 0;
        int element = 0; // its Part in the structure tree
    };
    void cover();
    // Where each entry of the contents landed, to add its page number and link once the body is placed.
    struct ContentsEntry {
        int page = -1;
        float y = 0;
        float height = 0;
        float baseline = 0; // of the entry's last line, from its top
        int element = -1;   // its TOCI
    };
    void contents(Part& part, std::vector<FlowPage>& pages, std::vector<ContentsEntry>& entries);
    void decorate();

    const Report& m_report;
    PdfOptions m_options;
    const PdfFonts& m_fonts;
    const SuppressionPlan& m_plan;
    BlockSetter m_setter;
    PdfPageGeometry m_geometry;
    std::vector<FlowPage> m_pages;
    std::vector<HeadingMark> m_marks;
    std::vector<Part> m_parts;
    std::vector<int> m_pagePart; // part of each page; -1 for the cover
    Findings m_errors;
    bool m_final = false;
    PdfStructure m_structure;
    PdfBlockTagger m_tagger{m_structure};
};

} // namespace cpc
