#pragma once

#include "export/SuppressionPlan.h"
#include "model/Report.h"
#include "pdf/BlockSetter.h"
#include "pdf/PdfOptions.h"

#include <hpdf.h>

#include <atomic>
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
    PdfDocumentPlan(const Report& report, const PdfOptions& options, const PdfFonts& fonts, const SuppressionPlan& plan);

    Status build(const std::function<void(int)>& progress, const std::atomic<bool>* cancel);

    const PdfPageGeometry& geometry() const { return m_geometry; }
    const std::vector<FlowPage>& pages() const { return m_pages; }
    // Every heading of every part, with its page in pages().
    const std::vector<HeadingMark>& marks() const { return m_marks; }
    // The bookmarks: one tree per part, mirroring the headings.
    void addOutlines(HPDF_Doc doc, const std::vector<HPDF_Destination>& targets) const;

private:
    struct Part {
        std::optional<Language> language; // unset: parallel
        int firstPage = 0, contentsPages = 0, bodyPages = 0;
        int firstMark = 0, markCount = 0;
    };
    void cover();
    // Where each entry of the contents landed, to add its page number and link once the body is placed.
    struct ContentsEntry {
        int page = -1;
        float y = 0;
        float height = 0;
        float baseline = 0; // of the entry's last line, from its top
    };
    void contents(Part& part, std::vector<FlowPage>& pages, std::vector<ContentsEntry>& entries);
    void decorate();
    QString word(const Part& part, const char* key) const;

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
};

} // namespace cpc
