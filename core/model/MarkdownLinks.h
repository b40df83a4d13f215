#pragma once

#include <QString>
#include <optional>

namespace cpc {

// The links a narrative holds, read the way the PDF reads them (md4c with the narratives' flags, autolinks
// included), so that a reader can refuse at input a link the PDF could not carry.
class MarkdownLinks {
public:
    struct Link {
        qsizetype at = 0;     // characters (code points) from the start of the text to the link target
        qsizetype length = 0; // characters of the target
    };
    // md4c's flags for narratives: the one Markdown flavour of the program.
    static unsigned parserFlags();
    // The first link whose target has more than `limit` characters, if any. Linear in the text; a text no
    // longer than `limit` is not parsed at all.
    static std::optional<Link> firstLongerThan(const QString& markdown, qsizetype limit);
    // Code points of a UTF-8 text.
    static qsizetype characters(const char* utf8, qsizetype bytes);
};

} // namespace cpc
