#pragma once

#include "document/DocumentBlocks.h"
#include "docx/DocxNumbering.h"
#include "docx/DocxWriter.h"
#include "pdf/MarkdownParser.h"

#include <QByteArray>
#include <QStringList>
#include <QXmlStreamWriter>

namespace cpc {

// The Word target of the composed report (ReportOutline): writes word/document.xml with named styles for
// every part, Word lists, tables with a repeated header row, a contents field the reader can update, and
// the parallel layout as a two-column table read column by column.
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
    void pageBreak() { m_w.pageBreak(); }

    // Closes the body with the page size: US Letter or A4, one-inch margins.
    QByteArray finish(bool a4) { return m_w.finish(a4); }
    QByteArray numberingXml() const { return m_numbering.xml(); }
    QByteArray relationshipsXml() const { return m_w.relationshipsXml(); }

private:
    // Writes the block; true when it ends with a paragraph (a table cell must).
    bool block(const DocBlock& b);
    void heading(const DocBlock& b);
    int narrative(const QString& markdown, Language l); // the number of paragraphs written
    void facts(const DocBlock& b);
    void table(const DocTable& t, std::optional<Language> l);
    void chart(const DocBlock& b);
    void note(const QString& text, std::optional<Language> l);

    void cell(const DocCell& c, std::optional<Language> l, int width);

    DocxWriter m_w;
    QXmlStreamWriter& m_x;
    DocxNumbering m_numbering;
    int m_bookmark = 0;
};

} // namespace cpc
