#include "pdf/PdfDocumentPlan.h"

#include "document/DocumentWords.h"
#include "document/ReportOutline.h"
#include "pdf/PdfFlow.h"
#include "pdf/ReportComposer.h"

namespace cpc {

namespace {
constexpr unsigned kAccent = 0x1F4E79;
constexpr unsigned kGrey = 0x5A5A5A;
constexpr qsizetype kContentsChars = 1000; // of a title in the contents
constexpr unsigned kDraft = 0xB00020;
} // namespace

PdfDocumentPlan::PdfDocumentPlan(const Report& report, const PdfOptions& options, const PdfFonts& fonts,
                                 const SuppressionPlan& plan)
    : m_report(report), m_options(options), m_fonts(fonts), m_plan(plan), m_setter(fonts)
{
    if (options.paper == PdfOptions::Paper::A4) {
        m_geometry.width = 595.276f;
        m_geometry.height = 841.89f;
        m_geometry.left = m_geometry.right = 62;
    }
}

void PdfDocumentPlan::setReadiness(Findings errors, bool final)
{
    m_errors = std::move(errors);
    m_final = final;
}

Status PdfDocumentPlan::build(const std::function<void(int)>& progress, const std::atomic<bool>* cancel)
{
    m_structure.setDocumentLanguage(m_options.languages == PdfOptions::Languages::Es ? Language::Es
                                                                                     : Language::En);
    for (const std::optional<Language>& l : ReportOutline::parts(m_options))
        m_parts.push_back(Part{l});

    cover();
    const PdfPageGeometry& g = m_geometry;
    const QList<DocPassage> passages = ReportOutline(m_report, m_plan).compose();
    const ReportComposer composer(m_fonts, g.frameWidth(), g.frameHeight());
    const PdfFlow flow(g.left, g.top, g.frameWidth(), g.frameHeight());
    for (size_t pi = 0; pi < m_parts.size(); ++pi) {
        Part& part = m_parts[pi];
        if (cancel && cancel->load()) return success();
        part.element = m_structure.add("Part", 0, part.language);
        std::vector<HeadingMark> marks;
        std::vector<FlowBlock> blocks =
            composer.compose(passages, part.language, marks, cancel, &m_tagger, part.element);
        if (progress) progress(int(100 * (2 * pi + 1) / (2 * m_parts.size())));
        std::vector<FlowPage> body;
        flow.flow(blocks, body, marks);
        blocks.clear();
        blocks.shrink_to_fit();

        part.firstMark = int(m_marks.size());
        part.markCount = int(marks.size());
        for (HeadingMark& m : marks)
            m_marks.push_back(m);
        std::vector<FlowPage> contentsPages;
        std::vector<ContentsEntry> entryPlaces;
        contents(part, contentsPages, entryPlaces);
        part.firstPage = int(m_pages.size());
        part.contentsPages = int(contentsPages.size());
        part.bodyPages = int(body.size());
        const int bodyStart = part.firstPage + part.contentsPages;
        for (int i = part.firstMark; i < part.firstMark + part.markCount; ++i)
            if (m_marks[size_t(i)].page >= 0) m_marks[size_t(i)].page += bodyStart;

        // Page numbers and links of the contents, now that every heading has its page.
        int entry = 0;
        for (int i = part.firstMark; i < part.firstMark + part.markCount; ++i) {
            const HeadingMark& m = m_marks[size_t(i)];
            if (m.level > 2) continue;
            const ContentsEntry& place = entryPlaces[size_t(entry++)];
            const int cpage = place.page;
            const float cy = place.y;
            if (cpage < 0 || m.page < 0) continue;
            const QString num = QString::number(m.page + 1);
            const float size = m.level == 1 ? 10.5f : 9.5f;
            const FontStyle st = m.level == 1 ? FontStyle::Bold : FontStyle::Regular;
            const float w = m_fonts.width(st, num, size);
            PdfOps& ops = contentsPages[size_t(cpage)].ops;
            // The number follows the end of the entry, as in a printed book's contents.
            ops.push_back(PdfOp::makeText(g.left + g.frameWidth() - w, cy + place.baseline, st, size,
                                          num.toStdString(), w));
            ops.back().tag = place.element;
            PdfOp link;
            link.kind = PdfOp::Kind::PageLink;
            link.x = g.left;
            link.y = cy;
            link.w = g.frameWidth();
            link.h = place.height;
            link.target = i;
            link.text = (m.number.isEmpty() ? m.title : m.number + QLatin1Char(' ') + m.title).toStdString();
            if (place.element >= 0) {
                link.tag = m_structure.add("Link", place.element);
                m_structure.at(link.tag).passage = m_structure.at(place.element).passage;
            }
            ops.push_back(link);
        }
        for (FlowPage& p : contentsPages) {
            m_pages.push_back(std::move(p));
            m_pagePart.push_back(int(pi));
        }
        for (FlowPage& p : body) {
            m_pages.push_back(std::move(p));
            m_pagePart.push_back(int(pi));
        }
        if (progress) progress(int(100 * (2 * pi + 2) / (2 * m_parts.size())));
    }
    decorate();
    return success();
}

void PdfDocumentPlan::contents(Part& part, std::vector<FlowPage>& pages, std::vector<ContentsEntry>& places)
{
    const PdfPageGeometry& g = m_geometry;
    std::vector<FlowBlock> blocks;
    FlowBlock title =
        m_setter.heading(1, QString(), DocumentWords(part.language).label("contents"), g.frameWidth());
    title.keepWithNext = false;
    m_tagger.beginPassage();
    m_tagger.tagAs(title, "H1", part.element, part.language);
    blocks.push_back(std::move(title));
    const int toc = m_structure.add("TOC", part.element);
    std::vector<HeadingMark> entries;
    for (int i = part.firstMark; i < part.firstMark + part.markCount; ++i) {
        const HeadingMark& m = m_marks[size_t(i)];
        if (m.level > 2) continue;
        const float size = m.level == 1 ? 10.5f : 9.5f;
        const FontStyle st = m.level == 1 ? FontStyle::Bold : FontStyle::Regular;
        const float indent = m.level == 1 ? 0 : 22;
        const QString num = m_fonts.sanitize(m.number);
        const float numWidth = m.number.isEmpty() ? 0 : (m.level == 1 ? 22 : 30);
        LineBreaker::Style ls;
        ls.size = size;
        ls.justify = false;
        ls.width = g.frameWidth() - indent - numWidth - 40;
        // An entry stands on one page with its number and link (whose height libharu takes only up to
        // 32,767 points): a title of a million characters is printed in full at its heading, here its
        // first thousand.
        auto lines =
            m_setter.breaker().layout(PdfFonts::abridge(m_fonts.sanitize(m.title), kContentsChars), st, ls);
        if (lines.empty()) lines.emplace_back();
        if (!num.isEmpty())
            lines.front().ops.push_back(
                PdfOp::makeText(-numWidth, 0, st, size, num.toStdString(), m_fonts.width(st, num, size)));
        FlowBlock b;
        float lastLeading = size * 1.55f;
        BlockSetter::appendLines(b, lines, lastLeading, size, indent + numWidth);
        if (!m.subtitle.isEmpty()) {
            // The Spanish title on lines of its own under the English one: joined by a slash, the pair
            // wrapped mid-title and the reader lost where one language ended.
            ls.color = 0x4A4A4A;
            auto second =
                m_setter.breaker().layout(PdfFonts::abridge(m_fonts.sanitize(m.subtitle), kContentsChars),
                                          m.level == 1 ? FontStyle::BoldItalic : FontStyle::Italic, ls);
            lastLeading = size * 1.4f;
            for (TextLine& line : second)
                for (PdfOp& o : line.ops)
                    o.part = PdfOp::Part::Second;
            BlockSetter::appendLines(b, second, lastLeading, size, indent + numWidth);
        }
        const int entry = m_tagger.tagAs(b, "TOCI", toc, part.language);
        m_tagger.tagSecond(b, entry, Language::Es);
        b.spaceBefore = m.level == 1 ? 5 : m.subtitle.isEmpty() ? 0 : 2;
        // An entry is never cut: its page number stands on its last line.
        b.orphans = b.widows = int(b.rows.size());
        b.heading = int(entries.size());
        entries.push_back(m);
        const float height = PdfFlow::blockHeight(b);
        // Where appendLines puts the baseline in the last row; the page and place come from the flow.
        places.push_back(
            {-1, 0, height, height - lastLeading + (lastLeading - size) / 2 + size * 0.8f, entry});
        blocks.push_back(std::move(b));
    }
    const PdfFlow flow(g.left, g.top, g.frameWidth(), g.frameHeight());
    flow.flow(blocks, pages, entries);
    for (size_t i = 0; i < entries.size(); ++i) {
        places[i].page = entries[i].page;
        places[i].y = entries[i].y;
    }
}

void PdfDocumentPlan::cover()
{
    const PdfPageGeometry& g = m_geometry;
    FlowPage page;
    page.ops.push_back(PdfOp::makeRect(0, 0, g.width, 14, kAccent));
    float y = g.top + 40;
    const QList<DocCover> sides =
        ReportOutline(m_report, m_plan)
            .cover(ReportOutline::languages(m_options), m_final ? m_errors : Findings());
    const int coverElement = m_structure.add("Sect", 0);
    m_tagger.beginPassage();
    Language current = sides.front().language;
    const auto put = [&](FlowBlock b, float after, const char* type = "P") {
        m_tagger.tagAs(b, type, coverElement, current);
        for (FlowRow& r : b.rows) {
            if (y + r.height > g.height - g.bottom && !page.ops.empty()) {
                // A title longer than the cover goes on over the next pages: nothing is cut.
                m_pages.push_back(std::move(page));
                m_pagePart.push_back(-1);
                page = FlowPage();
                y = g.top;
            }
            translateOps(r.ops, g.left, y);
            page.ops.insert(page.ops.end(), r.ops.begin(), r.ops.end());
            y += r.height;
        }
        y += after;
    };
    const float w = g.frameWidth();
    for (qsizetype i = 0; i < sides.size(); ++i) {
        const DocCover& c = sides[i];
        current = c.language;
        if (i > 0) {
            page.ops.push_back(PdfOp::makeLine(g.left, y, g.left + w, y, 0.8f, 0x9AA8BC));
            y += 26;
        }
        put(m_setter.plain(c.partnership, FontStyle::Bold, 13, w, kAccent), 10);
        put(m_setter.plain(c.title, FontStyle::Bold, sides.size() > 1 ? 20 : 26, w, 0x1B2A41), 14, "H1");
        for (qsizetype k = 0; k < c.lines.size(); ++k)
            put(m_setter.plain(c.lines[k], FontStyle::Regular, 11.5f, w, kGrey),
                k + 1 == c.lines.size() ? 30 : 0);
    }
    // A final print of a report that `check` finds not ready says so, and what remains, in each language.
    for (const DocCover& c : sides) {
        if (c.pendingHeading.isEmpty()) continue;
        current = c.language;
        put(m_setter.plain(c.pendingHeading, FontStyle::Bold, 9.5f, w, kDraft), 2);
        for (const QString& finding : c.pending)
            put(m_setter.plain(QStringLiteral("• ") + finding, FontStyle::Regular, 8.5f, w, 0x333333), 0);
        if (!c.pendingMore.isEmpty())
            put(m_setter.plain(c.pendingMore, FontStyle::Italic, 8.5f, w, 0x333333), 0);
        y += 10;
    }
    m_pages.push_back(std::move(page));
    m_pagePart.push_back(-1);
}

void PdfDocumentPlan::decorate()
{
    const PdfPageGeometry& g = m_geometry;
    const int total = int(m_pages.size());
    // A report `check` finds not ready is a draft on every page, in the header's line (an artifact, like
    // the rest of the page's furniture).
    const QString draft =
        PdfLocale(Language::En).text("draft") + QStringLiteral(" / ") + PdfLocale(Language::Es).text("draft");
    const float draftSize = 9;
    const float draftWidth = isDraft() ? m_fonts.width(FontStyle::Bold, draft, draftSize) : 0;
    for (int i = 0; i < total && isDraft(); ++i)
        m_pages[size_t(i)].ops.push_back(PdfOp::makeText(g.left + g.frameWidth() - draftWidth, g.top - 26,
                                                         FontStyle::Bold, draftSize, draft.toStdString(),
                                                         draftWidth, kDraft));
    const float headerWidth = g.frameWidth() - (draftWidth > 0 ? draftWidth + 12 : 0);
    // The running head of each part, set once: a title can be a million characters long.
    std::vector<QString> heads(m_parts.size());
    for (size_t pi = 0; pi < m_parts.size(); ++pi) {
        const QString header =
            m_fonts.sanitize(DocumentWords::bilingual(m_report.info.title, m_parts[pi].language));
        heads[pi] = m_fonts.elide(FontStyle::Italic, header, 8, headerWidth);
    }
    for (int i = 1; i < total; ++i) {
        const int pi = m_pagePart[size_t(i)];
        if (pi < 0) continue;
        const Part& part = m_parts[size_t(pi)];
        PdfOps& ops = m_pages[size_t(i)].ops;
        const float size = 8;
        const QString footer = part.language
                                   ? PdfLocale(*part.language).text("page_of").arg(i + 1).arg(total)
                                   : PdfLocale(Language::En).text("page_of").arg(i + 1).arg(total) +
                                         QStringLiteral(" / ") +
                                         PdfLocale(Language::Es).text("page_of").arg(i + 1).arg(total);
        const float fw = m_fonts.width(FontStyle::Regular, footer, size);
        ops.push_back(PdfOp::makeText(g.left + (g.frameWidth() - fw) / 2, g.height - g.bottom + 34,
                                      FontStyle::Regular, size, footer.toStdString(), fw, kGrey));
        const QString& header = heads[size_t(pi)];
        ops.push_back(PdfOp::makeText(g.left, g.top - 26, FontStyle::Italic, size, header.toStdString(),
                                      m_fonts.width(FontStyle::Italic, header, size), kGrey));
        ops.push_back(
            PdfOp::makeLine(g.left, g.top - 20, g.left + g.frameWidth(), g.top - 20, 0.5f, 0xB8C0CC));
    }
}

void PdfDocumentPlan::addOutlines(HPDF_Doc doc, const std::vector<HPDF_Destination>& targets) const
{
    HPDF_Encoder utf8 = HPDF_GetEncoder(doc, "UTF-8");
    const auto outline = [&](HPDF_Outline parent, const QString& title) {
        // libharu refuses a title of more than 65,535 bytes; a bookmark shows a line's worth anyway.
        const QByteArray t = PdfFonts::abridge(m_fonts.sanitize(title), 500).toUtf8();
        return HPDF_CreateOutline(doc, parent, t.constData(), utf8);
    };
    for (const Part& part : m_parts) {
        HPDF_Outline root = nullptr;
        if (m_parts.size() > 1) {
            root = outline(
                nullptr,
                part.language
                    ? PdfLocale(*part.language).text(part.language == Language::En ? "english" : "spanish")
                    : QString());
            HPDF_Outline_SetOpened(root, HPDF_TRUE);
            if (part.firstPage < int(m_pages.size())) {
                // The part's contents page.
                HPDF_Page page = HPDF_GetPageByIndex(doc, HPDF_UINT(part.firstPage));
                if (page) {
                    HPDF_Destination d = HPDF_Page_CreateDestination(page);
                    HPDF_Outline_SetDestination(root, d);
                }
            }
        }
        HPDF_Outline level1 = nullptr, level2 = nullptr;
        for (int i = part.firstMark; i < part.firstMark + part.markCount; ++i) {
            const HeadingMark& m = m_marks[size_t(i)];
            HPDF_Outline parent = m.level == 1   ? root
                                  : m.level == 2 ? (level1 ? level1 : root)
                                                 : (level2   ? level2
                                                    : level1 ? level1
                                                             : root);
            const QString title =
                m.subtitle.isEmpty() ? m.title : m.title + QStringLiteral(" / ") + m.subtitle;
            HPDF_Outline o =
                outline(parent, m.number.isEmpty() ? title : m.number + QLatin1Char(' ') + title);
            if (targets[size_t(i)]) HPDF_Outline_SetDestination(o, targets[size_t(i)]);
            if (m.level == 1) {
                level1 = o;
                level2 = nullptr;
            } else if (m.level == 2) {
                level2 = o;
            }
        }
    }
}

} // namespace cpc
