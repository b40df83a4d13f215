#include "docx/DocxWriter.h"

#include "docx/DocxStyles.h"

namespace cpc {

namespace {

constexpr auto W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr auto R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QString tag(std::optional<Language> l)
{
    return DocxStyles::languageTag(l.value_or(Language::En));
}

} // namespace

DocxWriter::DocxWriter() : m_x(&m_out)
{
    m_x.writeStartDocument(QStringLiteral("1.0"), true);
    m_x.writeNamespace(QLatin1String(W), QStringLiteral("w"));
    m_x.writeNamespace(QLatin1String(R), QStringLiteral("r"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("document"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("body"));
}

void DocxWriter::startParagraph(const QString& style, bool keepNext, const QString& align)
{
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("p"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("pPr"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("pStyle"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"), style);
    if (keepNext) m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("keepNext"));
    if (!align.isEmpty()) {
        m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("jc"));
        m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"), align);
    }
    m_x.writeEndElement();
}

void DocxWriter::run(const QString& text, std::optional<Language> l, bool bold, bool italic, bool link)
{
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("r"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("rPr"));
    if (link) {
        m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("rStyle"));
        m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"), QStringLiteral("Hyperlink"));
    }
    if (bold) m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("b"));
    if (italic) m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("i"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("lang"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"), tag(l));
    m_x.writeEndElement();
    // Line breaks inside a text become Word breaks; the rest is kept exactly (spaces too).
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("br"));
        m_x.writeStartElement(QLatin1String(W), QStringLiteral("t"));
        m_x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        m_x.writeCharacters(lines[i]);
        m_x.writeEndElement();
    }
    m_x.writeEndElement();
}

void DocxWriter::runs(const QString& text, std::optional<Language> l, bool bold)
{
    const qsizetype slash = l ? -1 : text.indexOf(QStringLiteral(" / "));
    if (slash < 0) {
        run(text, l ? l : std::optional<Language>(Language::En), bold);
        return;
    }
    run(text.left(slash), Language::En, bold);
    run(QStringLiteral(" / "), Language::En, bold);
    run(text.mid(slash + 3), Language::Es, bold);
}

QString DocxWriter::linkId(const QString& url)
{
    qsizetype i = m_links.indexOf(url);
    if (i < 0) {
        m_links.append(url);
        i = m_links.size() - 1;
    }
    return QStringLiteral("rIdLink%1").arg(i + 1);
}

void DocxWriter::pageBreak()
{
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("p"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("r"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("br"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("type"), QStringLiteral("page"));
    m_x.writeEndElement();
    m_x.writeEndElement();
}

QByteArray DocxWriter::finish(bool a4)
{
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("sectPr"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("pgSz"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("w"),
                       a4 ? QStringLiteral("11906") : QStringLiteral("12240"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("h"),
                       a4 ? QStringLiteral("16838") : QStringLiteral("15840"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("pgMar"));
    for (const char* side : {"top", "right", "bottom", "left"})
        m_x.writeAttribute(QLatin1String(W), QLatin1String(side), QStringLiteral("1440"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("header"), QStringLiteral("720"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("footer"), QStringLiteral("720"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("gutter"), QStringLiteral("0"));
    m_x.writeEndElement();
    m_x.writeEndElement(); // body
    m_x.writeEndElement(); // document
    m_x.writeEndDocument();
    return m_out;
}

QByteArray DocxWriter::relationshipsXml() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    x.writeStartElement(QStringLiteral("Relationships"));
    const QString base =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    const std::pair<const char*, const char*> parts[] = {
        {"styles", "styles.xml"}, {"numbering", "numbering.xml"}, {"settings", "settings.xml"}};
    int id = 0;
    for (const auto& [type, target] : parts) {
        x.writeEmptyElement(QStringLiteral("Relationship"));
        x.writeAttribute(QStringLiteral("Id"), QStringLiteral("rIdPart%1").arg(++id));
        x.writeAttribute(QStringLiteral("Type"), base + QLatin1String(type));
        x.writeAttribute(QStringLiteral("Target"), QLatin1String(target));
    }
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        x.writeEmptyElement(QStringLiteral("Relationship"));
        x.writeAttribute(QStringLiteral("Id"), QStringLiteral("rIdLink%1").arg(i + 1));
        x.writeAttribute(QStringLiteral("Type"), base + QStringLiteral("hyperlink"));
        x.writeAttribute(QStringLiteral("Target"), m_links[i]);
        x.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace cpc
