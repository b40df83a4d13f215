#pragma once

#include <QStringView>
#include <optional>

namespace cpc {

// Whether the printed report can show a character: the one question the readiness check ("check") asks
// before export, so that text the PDF's fonts lack (Arabic, Hebrew, Chinese, Japanese, Korean, emoji...)
// is found with its place instead of printing as a replacement mark. The answer comes from the faces the
// PDF draws text with (PdfFonts): the family's, and the fallback face for Chinese, Japanese and Korean
// where its Debian package is installed (FallbackFont).
// Invisible characters (controls, line breaks, format characters) count as shown: the PDF drops them.
class PrintableText {
public:
    static bool canShow(char32_t codePoint);
    // The index (in UTF-16 units) of the first character of `text` the PDF cannot show, if any.
    static std::optional<qsizetype> firstUnshown(QStringView text);
};

} // namespace cpc
