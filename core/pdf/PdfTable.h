#pragma once

#include "pdf/LineBreaker.h"
#include "pdf/PdfFlow.h"

#include <QString>
#include <optional>
#include <vector>

namespace cpc {

struct TableCell {
    TableCell() = default;
    TableCell(QString t, QString s = QString(), FontStyle st = FontStyle::Regular, unsigned c = 0x000000)
        : text(std::move(t)), second(std::move(s)), style(st), color(c)
    {
    }

    QString text;
    QString second; // a second paragraph in italics (the Spanish of the parallel layout, a note)
    FontStyle style = FontStyle::Regular;
    unsigned color = 0x000000;
    // The paragraphs' languages: a word wider than its column is hyphenated by their patterns.
    std::optional<Language> language, secondLanguage;
};

struct TableColumn {
    QString header;
    float weight = 1;   // share of the width the figure columns leave to the text columns
    bool right = false; // figures are right-aligned
};

// Sets a table across the frame's width: cells wrapped in their column, the header row repeated on each
// page, rows never cut (a row taller than a page is set as several rows, each whole).
class PdfTable {
public:
    PdfTable(const PdfFonts& fonts, float width, float fontSize = 8.5f)
        : m_fonts(fonts), m_width(width), m_size(fontSize)
    {
    }

    void setColumns(std::vector<TableColumn> columns) { m_columns = std::move(columns); }
    // The language of the headers (a word too wide for its column is hyphenated by its patterns).
    void setLanguage(std::optional<Language> language) { m_language = language; }
    void addRow(std::vector<TableCell> cells) { m_rows.push_back(std::move(cells)); }
    bool isEmpty() const { return m_rows.empty(); }
    // The table as one block; `maxRowHeight` is the frame height.
    FlowBlock build(float maxRowHeight) const;
    // The columns' widths across the table (see PdfTable.cpp: figures whole, words unbroken).
    std::vector<float> columnWidths() const;

private:
    struct Prepared {
        QString text;     // sanitised
        float full = 0;   // its width on one line
        float widest = 0; // its widest word
    };
    struct PreparedCell {
        Prepared text, second;
    };
    Prepared prepare(const QString& raw, FontStyle style) const;
    // The widest piece `text` is set in within `width`: a word that fits whole, else the widest piece
    // between its hyphenation points with its hyphen (a number or a word without points: whole).
    float widestPiece(const QString& text, FontStyle style, std::optional<Language> language,
                      float width) const;
    // The header row, then the body rows.
    std::vector<std::vector<PreparedCell>> prepareAll() const;
    std::vector<float> widthsOf(const std::vector<std::vector<PreparedCell>>& cells) const;
    void addRows(FlowBlock& block, const std::vector<TableCell>& cells,
                 const std::vector<PreparedCell>& texts, bool header, float maxRowHeight, bool shade) const;

    const PdfFonts& m_fonts;
    float m_width;
    float m_size;
    std::vector<TableColumn> m_columns;
    std::optional<Language> m_language;
    std::vector<std::vector<TableCell>> m_rows;
    mutable std::vector<float> m_widths; // of the table being built
};

} // namespace cpc
