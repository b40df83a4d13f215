#pragma once

#include <QString>
#include <QUrl>

namespace cpc {

// The user guide (Markdown) as a web page for the system's browser, where it can be read at full size and
// printed. The page is written outside the guide's folder (which is read-only once installed), so it
// carries a <base> pointing back at that folder for its pictures to load.
class GuideHtml {
public:
    // A whole HTML page: `languageCode` ("en", "es") for the browser's spelling and hyphenation, `title` for
    // the tab, `base` the folder of the Markdown file (ending in '/').
    static QString page(const QString& markdown, const QString& title, const QString& languageCode,
                        const QUrl& base);
    // Just the body, as md4c renders GitHub-flavoured Markdown (tables included).
    static QString body(const QString& markdown);
};

} // namespace cpc
