#pragma once

#include <QString>

class QTextBlock;
class QTextDocument;

namespace cpc {

// Between the editor's QTextDocument and the Markdown subset the report stores: paragraphs, **bold**,
// *italic*, bullet and numbered lists nested one level, ### subheadings and links. QTextDocument's own
// toMarkdown() writes far more (tables, code, underline, HTML), so the stored form is written here from
// blocks and fragments: whatever the subset cannot say is kept as its words and loses only its look.
class MarkdownConverter {
public:
    struct Options {
        bool keepImages = true; // as ![](name); a paste drops them instead
    };

    static QString toMarkdown(const QTextDocument& doc, const Options& options);
    static QString toMarkdown(const QTextDocument& doc) { return toMarkdown(doc, Options{}); }
    // Loads stored Markdown into `doc` for editing (CommonMark: tables and other extensions stay text).
    static void fromMarkdown(QTextDocument& doc, const QString& markdown);
    // Markdown for HTML from the clipboard (Word, a web page): only what the subset allows survives.
    static QString fromHtml(const QString& html);
    // Escapes characters that would otherwise start Markdown syntax.
    static QString escape(const QString& text, bool atLineStart);

private:
    static QString inlineText(const QTextBlock& block, bool inHeading, const Options& options);
};

} // namespace cpc
