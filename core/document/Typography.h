#pragma once

#include "document/DocumentBlocks.h"

#include <QString>

namespace cpc {

// The text-preparation step of every printed format (PDF and Word): what the authors typed on a keyboard
// made typographic, without touching what they stored. Straight quotes become curly quotes, in English
// and in Spanish alike (“…” and ‘…’: Colombian official usage, docs/pdf-typesetting.md), a typewriter
// apostrophe the typographic one (’); no-break spaces keep together what a line must never separate: a
// number and its unit or currency ("85 %", "COP 1.200"), a day and its month ("26 de abril", "April 26"),
// a law or article and its number ("Ley 985"), and the inside of «…» typed with spaces.
class Typography {
public:
    // `before`: the character that precedes `text` in its paragraph (quotes open or close by it).
    static QString prepare(const QString& text, QChar before = QChar());
    // The same for a Markdown narrative, leaving its syntax alone: link targets, autolinks, code spans
    // and escaped quotes.
    static QString prepareMarkdown(const QString& markdown);
    // Every text of the composed report a reader reads (headings, narratives, facts, notes, the text
    // cells of tables), in place; figures and fixed words are left as they are.
    static void prepare(QList<DocPassage>& passages);
    static void prepare(DocCover& cover);
};

} // namespace cpc
