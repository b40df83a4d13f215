#include "docx/DocxNumbering.h"

#include <QXmlStreamWriter>

namespace cpc {

namespace {

constexpr auto W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

void valElement(QXmlStreamWriter& x, const char* name, const QString& value)
{
    x.writeEmptyElement(QLatin1String(W), QLatin1String(name));
    x.writeAttribute(QLatin1String(W), QStringLiteral("val"), value);
}

void abstractList(QXmlStreamWriter& x, int id, bool ordered)
{
    x.writeStartElement(QLatin1String(W), QStringLiteral("abstractNum"));
    x.writeAttribute(QLatin1String(W), QStringLiteral("abstractNumId"), QString::number(id));
    valElement(x, "multiLevelType", QStringLiteral("hybridMultilevel"));
    for (int level = 0; level < 3; ++level) {
        x.writeStartElement(QLatin1String(W), QStringLiteral("lvl"));
        x.writeAttribute(QLatin1String(W), QStringLiteral("ilvl"), QString::number(level));
        valElement(x, "start", QStringLiteral("1"));
        if (ordered) {
            valElement(x, "numFmt", level == 1 ? QStringLiteral("lowerLetter") : QStringLiteral("decimal"));
            valElement(x, "lvlText", QStringLiteral("%%1.").arg(level + 1));
        } else {
            valElement(x, "numFmt", QStringLiteral("bullet"));
            valElement(x, "lvlText", level == 1 ? QStringLiteral("◦") : QStringLiteral("•"));
        }
        valElement(x, "lvlJc", QStringLiteral("left"));
        x.writeStartElement(QLatin1String(W), QStringLiteral("pPr"));
        x.writeEmptyElement(QLatin1String(W), QStringLiteral("ind"));
        x.writeAttribute(QLatin1String(W), QStringLiteral("left"), QString::number(720 * (level + 1)));
        x.writeAttribute(QLatin1String(W), QStringLiteral("hanging"), QStringLiteral("360"));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement();
}

} // namespace

int DocxNumbering::newList(bool ordered)
{
    m_lists.append(ordered);
    return int(m_lists.size());
}

QByteArray DocxNumbering::xml() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(QLatin1String(W), QStringLiteral("w"));
    x.writeStartElement(QLatin1String(W), QStringLiteral("numbering"));
    abstractList(x, 0, false);
    abstractList(x, 1, true);
    for (qsizetype i = 0; i < m_lists.size(); ++i) {
        x.writeStartElement(QLatin1String(W), QStringLiteral("num"));
        x.writeAttribute(QLatin1String(W), QStringLiteral("numId"), QString::number(i + 1));
        valElement(x, "abstractNumId", m_lists[i] ? QStringLiteral("1") : QStringLiteral("0"));
        if (m_lists[i]) { // each numbered list starts again at 1
            x.writeStartElement(QLatin1String(W), QStringLiteral("lvlOverride"));
            x.writeAttribute(QLatin1String(W), QStringLiteral("ilvl"), QStringLiteral("0"));
            valElement(x, "startOverride", QStringLiteral("1"));
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace cpc
