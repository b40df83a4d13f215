#include "pdf/PassageSetter.h"

#include "pdf/ChartPainter.h"
#include "pdf/PdfTable.h"

namespace cpc {

namespace {

constexpr float kNarrowTable = 340;
constexpr float kTableSize = 8.5f; // breakdowns and charts: a reader compares a few figures at a glance

unsigned colorOf(DocCell::Tone tone)
{
    switch (tone) {
    case DocCell::Tone::Bad:
        return 0xA11D1D;
    case DocCell::Tone::Good:
        return 0x1E6B30;
    case DocCell::Tone::Muted:
        return 0x555555;
    case DocCell::Tone::Plain:
        break;
    }
    return 0x000000;
}

// Each table's column shares and type size: the tracking table is dense, the annexes are read.
std::vector<float> weightsOf(DocTable::Purpose purpose)
{
    switch (purpose) {
    case DocTable::Purpose::Tracking:
        return {3.0f, 1.2f, 1.35f, 1.2f, 1.2f, 1.2f, 1.3f, 2.6f};
    case DocTable::Purpose::Breakdown:
        return {2.f, 2.f, 1.2f};
    case DocTable::Purpose::Glossary:
        return {1.2f, 3.f};
    case DocTable::Purpose::Entities:
        return {1.f, 3.f, 1.2f};
    }
    return {};
}

} // namespace

FlowBlock PassageSetter::table(const DocTable& t, float width, std::optional<Language> language) const
{
    // 8.5 points at least: a printed ministerial document is read, not scanned.
    PdfTable table(m_setter.fonts(),
                   t.purpose == DocTable::Purpose::Breakdown ? std::min(width, kNarrowTable) : width,
                   kTableSize);
    const std::vector<float> weights = weightsOf(t.purpose);
    std::vector<TableColumn> columns;
    for (qsizetype c = 0; c < t.headers.size(); ++c)
        columns.push_back(
            {t.headers[c], size_t(c) < weights.size() ? weights[size_t(c)] : 1.f, t.numeric.value(c)});
    table.setColumns(std::move(columns));
    table.setLanguage(language.value_or(Language::En));
    for (const QList<DocCell>& row : t.rows) {
        std::vector<TableCell> cells;
        for (const DocCell& c : row) {
            cells.emplace_back(c.text, c.second, c.bold ? FontStyle::Bold : FontStyle::Regular,
                               colorOf(c.tone));
            cells.back().language = c.language ? c.language : language.value_or(Language::En);
            cells.back().secondLanguage =
                c.secondLanguage ? c.secondLanguage : language.value_or(Language::Es);
        }
        table.addRow(std::move(cells));
    }
    return table.build(m_frameHeight);
}

FlowBlock PassageSetter::chart(const DocChart& c, float width) const
{
    FlowBlock b;
    b.rows.push_back(ChartPainter(m_setter.fonts()).paint(c, std::min(width, kNarrowTable), 118));
    b.role = FlowBlock::Role::Figure;
    b.alt = c.description;
    b.spaceBefore = 4;
    b.spaceAfter = 4;
    return b;
}

void PassageSetter::set(const DocBlock& b, float width, std::vector<FlowBlock>& out, bool column) const
{
    switch (b.kind) {
    case DocBlock::Kind::Heading:
        out.push_back(m_setter.heading(b.level, b.number, b.text, width));
        out.back().role = FlowBlock::Role::Heading;
        out.back().depth = b.level;
        return;
    case DocBlock::Kind::Narrative: {
        const size_t first = out.size();
        const bool original = b.language && b.textLanguage != *b.language;
        m_setter.narrative(b.notice, b.markdown, original, width, out, TextSetting{b.textLanguage, !column});
        // The original text standing in for a missing translation is read in its own language.
        if (original)
            for (size_t i = first; i < out.size(); ++i)
                out[i].language = b.textLanguage;
        return;
    }
    case DocBlock::Kind::Facts: {
        std::vector<std::pair<QString, QString>> facts(b.facts.begin(), b.facts.end());
        out.push_back(m_setter.facts(facts, width));
        return;
    }
    case DocBlock::Kind::Table:
        if (!b.table.rows.isEmpty()) out.push_back(table(b.table, width, b.language));
        return;
    case DocBlock::Kind::Chart:
        out.push_back(chart(b.chart, width));
        return;
    case DocBlock::Kind::Note:
        if (b.text.isEmpty()) return; // a note of the bilingual variant only (the shared numbers' convention)
        out.push_back(
            b.fine ? m_setter.plain(b.text, FontStyle::Italic, 7.5f, width, 0x555555, false, b.language)
                   : m_setter.plain(b.text, FontStyle::Italic, BlockSetter::kBodySize, width, 0x666666, false,
                                    b.language));
        return;
    }
}

} // namespace cpc
