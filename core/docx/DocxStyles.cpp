#include "docx/DocxStyles.h"

#include <QXmlStreamWriter>

namespace cpc {

namespace {

constexpr auto W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

struct StyleSpec {
    const char* id;
    const char* name;
    const char* type; // paragraph | character | table
    const char* basedOn;
    double size; // points; 0 inherits
    bool bold, italic;
    int outline;                 // outline level 0..8, -1 none
    int spaceBefore, spaceAfter; // twentieths of a point
    const char* color;
    bool keepNext;
};

// Sizes follow the printed report: body 11 pt, tables 9 pt, headings from 18 pt down.
const StyleSpec kStyles[] = {
    {"Normal", "Normal", "paragraph", nullptr, 11, false, false, -1, 0, 120, nullptr, false},
    {"Title", "Title", "paragraph", "Normal", 24, true, false, -1, 0, 240, "1F3864", false},
    {"Subtitle", "Subtitle", "paragraph", "Normal", 14, false, false, -1, 0, 120, "404040", false},
    {"Heading1", "heading 1", "paragraph", "Normal", 18, true, false, 0, 360, 120, "1F3864", true},
    {"Heading2", "heading 2", "paragraph", "Normal", 14, true, false, 1, 240, 80, "1F3864", true},
    {"Heading3", "heading 3", "paragraph", "Normal", 12, true, false, 2, 200, 60, "1F3864", true},
    {"Subheading", "Subheading", "paragraph", "Normal", 11, true, false, -1, 160, 60, nullptr, true},
    {"ListParagraph", "List Paragraph", "paragraph", "Normal", 0, false, false, -1, 0, 60, nullptr, false},
    {"Caption", "caption", "paragraph", "Normal", 9, true, false, -1, 120, 60, "404040", true},
    {"Note", "Note", "paragraph", "Normal", 8.5, false, true, -1, 60, 120, "555555", false},
    {"TableText", "Table Text", "paragraph", "Normal", 9, false, false, -1, 0, 0, nullptr, false},
    {"TOCHeading", "TOC Heading", "paragraph", "Heading1", 0, true, false, -1, 240, 120, "1F3864", true},
    {"TOC1", "toc 1", "paragraph", "Normal", 0, false, false, -1, 60, 0, nullptr, false},
    {"TOC2", "toc 2", "paragraph", "Normal", 0, false, false, -1, 0, 0, nullptr, false},
    {"TOC3", "toc 3", "paragraph", "Normal", 0, false, false, -1, 0, 0, nullptr, false},
    {"Hyperlink", "Hyperlink", "character", nullptr, 0, false, false, -1, 0, 0, "0563C1", false},
};

void attr(QXmlStreamWriter& x, const char* name, const QString& value)
{
    x.writeAttribute(QLatin1String(W), QLatin1String(name), value);
}

void valElement(QXmlStreamWriter& x, const char* name, const QString& value)
{
    x.writeEmptyElement(QLatin1String(W), QLatin1String(name));
    attr(x, "val", value);
}

void writeStyle(QXmlStreamWriter& x, const StyleSpec& s)
{
    x.writeStartElement(QLatin1String(W), QStringLiteral("style"));
    attr(x, "type", QLatin1String(s.type));
    attr(x, "styleId", QLatin1String(s.id));
    if (QLatin1String(s.id) == QLatin1String("Normal")) attr(x, "default", QStringLiteral("1"));
    valElement(x, "name", QLatin1String(s.name));
    if (s.basedOn) valElement(x, "basedOn", QLatin1String(s.basedOn));
    if (QLatin1String(s.type) == QLatin1String("paragraph")) {
        x.writeEmptyElement(QLatin1String(W), QStringLiteral("qFormat")); // shown in the style gallery
        x.writeStartElement(QLatin1String(W), QStringLiteral("pPr"));
        if (s.keepNext) x.writeEmptyElement(QLatin1String(W), QStringLiteral("keepNext"));
        if (s.spaceBefore || s.spaceAfter) {
            x.writeEmptyElement(QLatin1String(W), QStringLiteral("spacing"));
            attr(x, "before", QString::number(s.spaceBefore));
            attr(x, "after", QString::number(s.spaceAfter));
        }
        if (QLatin1String(s.id) == QLatin1String("ListParagraph")) {
            x.writeEmptyElement(QLatin1String(W), QStringLiteral("ind"));
            attr(x, "left", QStringLiteral("720"));
        }
        if (QLatin1String(s.id).startsWith(QLatin1String("TOC")) &&
            QLatin1String(s.id) != QLatin1String("TOCHeading")) {
            x.writeEmptyElement(QLatin1String(W), QStringLiteral("ind"));
            attr(x, "left", QString::number((QByteArray(s.id).right(1).toInt() - 1) * 220));
        }
        if (s.outline >= 0) valElement(x, "outlineLvl", QString::number(s.outline));
        x.writeEndElement();
    }
    x.writeStartElement(QLatin1String(W), QStringLiteral("rPr"));
    if (s.bold) x.writeEmptyElement(QLatin1String(W), QStringLiteral("b"));
    if (s.italic) x.writeEmptyElement(QLatin1String(W), QStringLiteral("i"));
    if (s.color) valElement(x, "color", QLatin1String(s.color));
    if (QLatin1String(s.id) == QLatin1String("Hyperlink")) valElement(x, "u", QStringLiteral("single"));
    if (s.size > 0) valElement(x, "sz", QString::number(int(s.size * 2)));
    x.writeEndElement();
    x.writeEndElement();
}

QByteArray finish(QXmlStreamWriter& x, QByteArray& out)
{
    x.writeEndDocument();
    return out;
}

} // namespace

QByteArray DocxStyles::styles(Language main)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(QLatin1String(W), QStringLiteral("w"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("styles"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("docDefaults"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("rPrDefault"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("rPr"));
    x.writeEmptyElement(QLatin1String(W), QStringLiteral("rFonts"));
    for (const char* a : {"ascii", "hAnsi", "cs", "eastAsia"})
        attr(x, a, QStringLiteral("Times New Roman"));
    valElement(x, "sz", QStringLiteral("22"));
    x.writeEmptyElement(QLatin1String(W), QStringLiteral("lang"));
    attr(x, "val", languageTag(main));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(QLatin1String(W), QStringLiteral("pPrDefault"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("pPr"));
    x.writeEmptyElement(QLatin1String(W), QStringLiteral("spacing"));
    attr(x, "after", QStringLiteral("120"));
    attr(x, "line", QStringLiteral("264"));
    attr(x, "lineRule", QStringLiteral("auto"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // docDefaults
    for (const StyleSpec& s : kStyles)
        writeStyle(x, s);
    // A table style with thin grid lines, so that tables keep their look in any copy of Word.
    x.writeStartElement(QLatin1String(W), QStringLiteral("style"));
    attr(x, "type", QStringLiteral("table"));
    attr(x, "styleId", QStringLiteral("TableGrid"));
    valElement(x, "name", QStringLiteral("Table Grid"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("tblPr"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("tblBorders"));
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        x.writeEmptyElement(QLatin1String(W), QLatin1String(side));
        attr(x, "val", QStringLiteral("single"));
        attr(x, "sz", QStringLiteral("4"));
        attr(x, "space", QStringLiteral("0"));
        attr(x, "color", QStringLiteral("808080"));
    }
    x.writeEndElement();
    x.writeStartElement(QLatin1String(W), QStringLiteral("tblCellMar"));
    for (const char* side : {"left", "right"}) {
        x.writeEmptyElement(QLatin1String(W), QLatin1String(side));
        attr(x, "w", QStringLiteral("80"));
        attr(x, "type", QStringLiteral("dxa"));
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // styles
    return finish(x, out);
}

QString DocxStyles::languageTag(Language l)
{
    return l == Language::En ? QStringLiteral("en-US") : QStringLiteral("es-CO");
}

QByteArray DocxStyles::settings()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(QLatin1String(W), QStringLiteral("w"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("settings"));
    valElement(x, "updateFields", QStringLiteral("true"));
    valElement(x, "defaultTabStop", QStringLiteral("720"));
    x.writeEndElement();
    return finish(x, out);
}

QByteArray DocxStyles::contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>");
}

QByteArray DocxStyles::packageRelationships()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        "Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
        "Target=\"docProps/app.xml\"/>"
        "</Relationships>");
}

} // namespace cpc
