#pragma once

#include "model/Language.h"

#include <QByteArray>
#include <QStringList>
#include <QXmlStreamWriter>
#include <optional>

namespace cpc {

// The WordprocessingML of word/document.xml at the level of paragraphs and runs: every run marked with
// its language (w:lang), so that Word's spelling and screen readers switch between English and
// Spanish; hyperlinks collected for the document's relationships; the page size at the end.
class DocxWriter {
public:
    DocxWriter();

    QXmlStreamWriter& xml() { return m_x; }
    // Opens a paragraph of a named style; the caller closes it.
    void startParagraph(const QString& style, bool keepNext = false, const QString& align = QString());
    void run(const QString& text, std::optional<Language> l, bool bold = false, bool italic = false,
             bool link = false);
    // A bilingual label "English / Español": each part in its language.
    void runs(const QString& text, std::optional<Language> l, bool bold = false);
    // The relationship id of a hyperlink's address.
    QString linkId(const QString& url);
    void pageBreak();

    // Closes the body with the page size: US Letter or A4, one-inch margins.
    QByteArray finish(bool a4);
    QByteArray relationshipsXml() const;

private:
    QByteArray m_out;
    QXmlStreamWriter m_x;
    QStringList m_links;
};

} // namespace cpc
