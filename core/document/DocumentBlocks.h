#pragma once

#include "model/Language.h"
#include "pdf/NumberFormat.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace cpc {

// The report composed as a printed document, independent of the file format that will carry it: what
// comes in which order, with which words, numbers and protection of small counts. The PDF and the Word
// export are two targets of these blocks; each block exists in three variants — English, Spanish, and
// the bilingual one that the parallel layout shares between its columns (tables and charts).

struct DocCell {
    // What the reader should notice about a cell (a progress status); each format shows it its own way.
    enum class Tone { Plain, Good, Bad, Muted };
    DocCell() = default;
    explicit DocCell(QString t) : text(std::move(t)) {}
    QString text;
    // A second paragraph: the Spanish of the bilingual variant, or a notice about the text in a
    // language's variant ("Translation pending").
    QString second;
    // The language each paragraph is written in, where it is not the block's (a text shown in its other
    // language for want of a translation): what a word too wide for its column is hyphenated by.
    std::optional<Language> language, secondLanguage;
    bool bold = false;
    bool numeric = false; // right-aligned figures
    Tone tone = Tone::Plain;
};

struct DocTable {
    // Which of the report's tables it is: the formats size their columns by it.
    enum class Purpose { Tracking, Breakdown, Glossary, Entities };
    Purpose purpose = Purpose::Tracking;
    QList<QString> headers;
    QList<bool> numeric; // per column
    QList<QList<DocCell>> rows;
};

struct DocChartPoint {
    QString label;
    int year = 0;
    std::optional<double> target, actual; // actual unset: not reported or masked
    QString targetText, actualText;       // the figures as the reader reads them ("—" when unset)
};

struct DocChart {
    QString title, targetLabel, actualLabel;
    // How the chart writes its figures: its language's convention, or the shared one in the bilingual chart.
    NumberFormat numbers = NumberFormat::of(Language::En);
    Unit unit = Unit::Count; // the indicator's
    NumberFormat::Scale scale = NumberFormat::Scale::Units;
    int decimals = -1; // of every figure (NumberFormat::value), -1 as needed
    QString axisTitle; // what the value axis counts when its figures do not say
    QList<DocChartPoint> points;
    QString description; // the chart in words, for readers who cannot see it
};

struct DocBlock {
    enum class Kind { Heading, Narrative, Facts, Table, Chart, Note };
    Kind kind = Kind::Note;
    int level = 0;                            // Heading: 1..3
    QString number;                           // Heading: "3.2"
    QString text;                             // Heading title, Note text
    QString markdown;                         // Narrative
    Language textLanguage = Language::En;     // Narrative: the language `markdown` is written in
    QString notice;                           // Narrative: "Translation pending…", shown before it
    bool fine = false;                        // Note: the small print under a table
    QList<std::pair<QString, QString>> facts; // Facts: label and value
    DocTable table;                           // Table
    DocChart chart;                           // Chart
    std::optional<Language> language;         // unset: the bilingual variant
};

// One step of the document: the same content in each language. `shared` blocks (tables, charts, notes of
// the indicator part) have a bilingual variant that the parallel layout sets across both columns;
// the others are set side by side, one column per language.
struct DocPassage {
    DocBlock en, es, both;
    bool shared = false;
    bool breakBefore = false; // starts a new page (the annexes)
};

// One language's side of the cover: the partnership, the title, the facts of the report (year, period,
// preparer, date) and, for a final print that is not ready, what remains to be done.
struct DocCover {
    Language language = Language::En;
    QString partnership, title;
    QList<QString> lines;
    QString pendingHeading; // empty: nothing pending
    QList<QString> pending; // the first findings
    QString pendingMore;    // "and N more"
};

} // namespace cpc
