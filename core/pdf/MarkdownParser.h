#pragma once

#include <QList>
#include <QString>

namespace cpc {

// A stretch of text with one style.
struct MdRun {
    QString text;
    bool bold = false;
    bool italic = false;
    QString link; // target URL when the run is a link

    bool sameStyle(const MdRun& o) const { return bold == o.bold && italic == o.italic && link == o.link; }
};

// One block of a narrative as the PDF sets it.
struct MdBlock {
    enum class Kind { Paragraph, Subheading, ListItem };
    Kind kind = Kind::Paragraph;
    int depth = 0;  // list nesting: 0 outside lists, 1 or 2 inside (deeper lists are set at 2)
    QString marker; // "•" or "3." on the first paragraph of a list item; empty on its continuation
    QList<MdRun> runs;
};

// Reads the Markdown subset of narratives (paragraphs, bold, italic, lists nested one level, subheadings,
// links) with md4c. Anything else keeps its text as plain paragraphs, so nothing the author wrote is lost.
class MarkdownParser {
public:
    static QList<MdBlock> parse(const QString& markdown);
    // The words of `markdown` without its marks, its blocks joined by spaces (list items after their
    // marker): for a place that prints a Markdown text as one plain paragraph (a table cell).
    static QString plainText(const QString& markdown);
};

} // namespace cpc
