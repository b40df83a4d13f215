#pragma once

#include "docx/DocxNumbering.h"
#include "document/DocumentBlocks.h"
#include "pdf/MarkdownParser.h"

#include <QByteArray>
#include <QStringList>
#include <QXmlStreamWriter>

namespace cpc {

// Writes word/document.xml from the composed report: named styles for every part, Word lists, tables
// with a repeated header row, a contents field the reader can update, and every run marked with its
// language (w:lang) so that Word's spelling and screen readers switch between English and Spanish.
class DocxBody {
public:
    DocxBody();

    // The cover: each language's side in turn.
    void cover(const QList<DocCover>& sides);
    // A contents field pre-filled with the headings (Word updates it with page numbers on opening).
    void contents(const QString& heading, const QList<DocPassage>& passages, std::optional<Language> l);
    // The passages in one language, or side by side (unset): one table row per pair of passages, shared
    // blocks across the page.
    void passages(const QList<DocPassage>& list, std::optional<Language> l);
    void pageBreak();

    // Closes the body with the page size: US Letter or A4, one-inch margins.
    QByteArray finish(bool a4);
    QByteArray numberingXml() const { return m_numbering.xml(); }
    QByteArray relationshipsXml() const;

private:
    // Writes the block; true when it ends with a paragraph (a table cell must).
    bool block(const DocBlock& b);
    void heading(const DocBlock& b);
    int narrative(const QString& markdown, Language l); // the number of paragraphs written
    void facts(const DocBlock& b);
    void table(const DocTable& t, std::optional<Language> l);
    void chart(const DocBlock& b);
    void note(const QString& text, std::optional<Language> l);

    void startParagraph(const QString& style, bool keepNext = false, const QString& align = QString());
    void run(const QString& text, std::optional<Language> l, bool bold = false, bool italic = false, bool link = false);
    // A bilingual label "English / Español": each part in its language.
    void runs(const QString& text, std::optional<Language> l, bool bold = false);
    void cell(const DocCell& c, std::optional<Language> l, int width);
    QString linkId(const QString& url);

    QByteArray m_out;
    QXmlStreamWriter m_x;
    DocxNumbering m_numbering;
    QStringList m_links;
    int m_bookmark = 0;
};

} // namespace cpc
