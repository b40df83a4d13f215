#pragma once

#include "model/Language.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cpc {

// The report composed as a printed document, independent of the file format that will carry it: what
// comes in which order, with which words, numbers and protection of small counts. The Word export writes
// these blocks; each block exists in three variants — English, Spanish, and the bilingual one that the
// parallel layout shares between its columns (tables and charts).

struct DocCell {
    DocCell() = default;
    explicit DocCell(QString t) : text(std::move(t)) {}
    QString text;
    bool bold = false;
    bool numeric = false; // right-aligned figures
};

struct DocTable {
    QList<QString> headers;
    QList<bool> numeric; // per column
    QList<QList<DocCell>> rows;
};

struct DocChartPoint {
    QString label;
    std::optional<double> target, actual;
};

struct DocChart {
    QString title, targetLabel, actualLabel;
    QList<DocChartPoint> points;
    QList<QString> valueTexts; // per point: "target: 40 · actual: 36", the figures as the reader reads them
};

struct DocBlock {
    enum class Kind { Heading, Narrative, Facts, Table, Chart, Note };
    Kind kind = Kind::Note;
    int level = 0;                                // Heading: 1..3
    QString number;                               // Heading: "3.2"
    QString text;                                 // Heading title, Note text
    QString markdown;                             // Narrative
    Language textLanguage = Language::En;         // Narrative: the language `markdown` is written in
    QString notice;                               // Narrative: "Translation pending…", shown before it
    QList<std::pair<QString, QString>> facts;     // Facts: label and value
    DocTable table;                               // Table
    DocChart chart;                               // Chart
    std::optional<Language> language;             // unset: the bilingual variant
};

// One step of the document: the same content in each language. `shared` blocks (tables, charts, notes of
// the indicator part) have a bilingual variant that the parallel layout sets across both columns;
// the others are set side by side, one column per language.
struct DocPassage {
    DocBlock en, es, both;
    bool shared = false;
    bool breakBefore = false; // starts a new page (the annexes)
};

} // namespace cpc
