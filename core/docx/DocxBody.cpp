#include "docx/DocxBody.h"

#include "document/ReportOutline.h"

namespace cpc {

namespace {

constexpr auto W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr auto R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr int kTextWidth = 9360; // twentieths of a point: 6.5 inches, Letter and A4 alike with 1" margins

} // namespace

DocxBody::DocxBody() : m_x(m_w.xml()) {}

void DocxBody::cover(const QList<DocCover>& sides)
{
    // As the PDF's cover: each language's side in turn, then what a final print still lacks.
    const auto line = [this](const QString& style, const QString& text, Language l, bool bold = false) {
        if (text.isEmpty()) return;
        m_w.startParagraph(style);
        m_w.run(text, l, bold);
        m_x.writeEndElement();
    };
    for (const DocCover& c : sides) {
        line(QStringLiteral("Subtitle"), c.partnership, c.language);
        line(QStringLiteral("Title"), c.title, c.language);
        for (const QString& text : c.lines)
            line(QStringLiteral("Subtitle"), text, c.language);
    }
    for (const DocCover& c : sides) {
        line(QStringLiteral("Normal"), c.pendingHeading, c.language, true);
        for (const QString& finding : c.pending)
            line(QStringLiteral("Normal"), QStringLiteral("• ") + finding, c.language);
        line(QStringLiteral("Note"), c.pendingMore, c.language);
    }
}

void DocxBody::contents(const QString& heading, const QList<DocPassage>& list, std::optional<Language> l)
{
    m_w.startParagraph(QStringLiteral("TOCHeading"));
    m_w.runs(heading, l);
    m_x.writeEndElement();
    bool first = true;
    const auto fieldChar = [this](const char* type) {
        m_x.writeStartElement(QLatin1String(W), QStringLiteral("r"));
        m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("fldChar"));
        m_x.writeAttribute(QLatin1String(W), QStringLiteral("fldCharType"), QLatin1String(type));
        if (QLatin1String(type) == QLatin1String("begin"))
            m_x.writeAttribute(QLatin1String(W), QStringLiteral("dirty"), QStringLiteral("true"));
        m_x.writeEndElement();
    };
    for (const DocPassage& p : list) {
        const DocBlock& b = l ? (*l == Language::En ? p.en : p.es) : p.both;
        if (b.kind != DocBlock::Kind::Heading || b.level > 2) continue;
        m_w.startParagraph(QStringLiteral("TOC%1").arg(b.level));
        if (first) {
            fieldChar("begin");
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("r"));
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("instrText"));
            m_x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_x.writeCharacters(QStringLiteral(" TOC \\o \"1-3\" \\h \\z \\u "));
            m_x.writeEndElement();
            m_x.writeEndElement();
            fieldChar("separate");
            first = false;
        }
        m_w.runs(b.number.isEmpty() ? b.text : b.number + QLatin1Char(' ') + b.text, l);
        m_x.writeEndElement();
    }
    if (!first) {
        m_w.startParagraph(QStringLiteral("Normal"));
        fieldChar("end");
        m_x.writeEndElement();
    }
    m_w.pageBreak();
}

void DocxBody::heading(const DocBlock& b)
{
    m_w.startParagraph(QStringLiteral("Heading%1").arg(std::clamp(b.level, 1, 3)));
    // A bookmark per heading, so that Word's contents field can link to it when it updates.
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("bookmarkStart"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("id"), QString::number(m_bookmark));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("name"),
                       QStringLiteral("_Heading%1").arg(m_bookmark));
    m_w.runs(b.number.isEmpty() ? b.text : b.number + QLatin1Char(' ') + b.text, b.language);
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("bookmarkEnd"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("id"), QString::number(m_bookmark++));
    m_x.writeEndElement();
}

int DocxBody::narrative(const QString& markdown, Language l)
{
    int paragraphs = 0;
    int list = 0;
    bool ordered = false;
    for (const MdBlock& md : MarkdownParser::parse(markdown)) {
        const bool item = md.kind == MdBlock::Kind::ListItem;
        if (!item) list = 0;
        if (md.kind == MdBlock::Kind::Subheading)
            m_w.startParagraph(QStringLiteral("Subheading"));
        else if (!item)
            m_w.startParagraph(QStringLiteral("Normal"));
        else {
            const bool isOrdered = !md.marker.isEmpty() && md.marker.at(0).isDigit();
            if (!md.marker.isEmpty() && (list == 0 || (md.depth <= 1 && isOrdered != ordered))) {
                list = m_numbering.newList(isOrdered);
                ordered = isOrdered;
            }
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("p"));
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("pPr"));
            m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("pStyle"));
            m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"), QStringLiteral("ListParagraph"));
            if (!md.marker.isEmpty()) {
                m_x.writeStartElement(QLatin1String(W), QStringLiteral("numPr"));
                m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("ilvl"));
                m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"),
                                   QString::number(std::max(0, md.depth - 1)));
                m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("numId"));
                m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"), QString::number(list));
                m_x.writeEndElement();
            } else {
                m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("ind"));
                m_x.writeAttribute(QLatin1String(W), QStringLiteral("left"),
                                   QString::number(720 * std::max(1, md.depth)));
            }
            m_x.writeEndElement();
        }
        for (const MdRun& r : md.runs) {
            if (r.link.isEmpty()) {
                m_w.run(r.text, l, r.bold, r.italic);
                continue;
            }
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("hyperlink"));
            m_x.writeAttribute(QLatin1String(R), QStringLiteral("id"), m_w.linkId(r.link));
            m_w.run(r.text, l, r.bold, r.italic, true);
            m_x.writeEndElement();
        }
        m_x.writeEndElement();
        ++paragraphs;
    }
    return paragraphs;
}

void DocxBody::facts(const DocBlock& b)
{
    for (const auto& [label, value] : b.facts) {
        m_w.startParagraph(QStringLiteral("Normal"));
        m_w.run(label + QStringLiteral(": "), b.language, true);
        m_w.run(value, b.language);
        m_x.writeEndElement();
    }
}

void DocxBody::cell(const DocCell& c, std::optional<Language> l, int width)
{
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("tc"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("tcPr"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("tcW"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("w"), QString::number(width));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("type"), QStringLiteral("dxa"));
    m_x.writeEndElement();
    m_w.startParagraph(QStringLiteral("TableText"), false, c.numeric ? QStringLiteral("right") : QString());
    m_w.runs(c.text, l, c.bold);
    if (!c.second.isEmpty() && !l) {
        // The bilingual variant's Spanish, after the English as in the rest of its labels.
        m_w.run(QStringLiteral(" / "), Language::En, c.bold);
        m_w.run(c.second, Language::Es, c.bold);
    } else if (!c.second.isEmpty()) {
        m_w.run(QStringLiteral("\n") + c.second, l, false, true);
    }
    m_x.writeEndElement();
    m_x.writeEndElement();
}

void DocxBody::table(const DocTable& t, std::optional<Language> l)
{
    if (t.rows.isEmpty()) {
        note(QStringLiteral("—"), l);
        return;
    }
    const int columns = int(t.headers.size());
    const int width = kTextWidth / std::max(1, columns);
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("tbl"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("tblPr"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("tblStyle"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("val"), QStringLiteral("TableGrid"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("tblW"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("w"), QStringLiteral("5000"));
    m_x.writeAttribute(QLatin1String(W), QStringLiteral("type"), QStringLiteral("pct"));
    m_x.writeEndElement();
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("tblGrid"));
    for (int c = 0; c < columns; ++c) {
        m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("gridCol"));
        m_x.writeAttribute(QLatin1String(W), QStringLiteral("w"), QString::number(width));
    }
    m_x.writeEndElement();
    // The header row repeats at the top of every page the table runs onto.
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("tr"));
    m_x.writeStartElement(QLatin1String(W), QStringLiteral("trPr"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("tblHeader"));
    m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("cantSplit"));
    m_x.writeEndElement();
    for (int c = 0; c < columns; ++c) {
        DocCell header{t.headers[c]};
        header.bold = true;
        header.numeric = t.numeric.value(c);
        cell(header, l, width);
    }
    m_x.writeEndElement();
    for (const QList<DocCell>& row : t.rows) {
        m_x.writeStartElement(QLatin1String(W), QStringLiteral("tr"));
        m_x.writeStartElement(QLatin1String(W), QStringLiteral("trPr"));
        m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("cantSplit"));
        m_x.writeEndElement();
        for (int c = 0; c < columns; ++c)
            cell(row.value(c), l, width);
        m_x.writeEndElement();
    }
    m_x.writeEndElement();
}

void DocxBody::chart(const DocBlock& b)
{
    // The chart's figures as a table under its title: what a reader and a screen reader can use alike.
    m_w.startParagraph(QStringLiteral("Caption"), true);
    m_w.runs(b.chart.title, b.language);
    m_x.writeEndElement();
    DocTable t;
    t.headers = {QString(), b.chart.targetLabel, b.chart.actualLabel};
    t.numeric = {false, true, true};
    for (const DocChartPoint& p : b.chart.points) {
        DocCell target{p.targetText}, actual{p.actualText};
        target.numeric = actual.numeric = true;
        t.rows.append({DocCell{p.label}, target, actual});
    }
    table(t, b.language);
}

void DocxBody::note(const QString& text, std::optional<Language> l)
{
    m_w.startParagraph(QStringLiteral("Note"));
    m_w.runs(text, l);
    m_x.writeEndElement();
}

bool DocxBody::block(const DocBlock& b)
{
    switch (b.kind) {
    case DocBlock::Kind::Heading:
        heading(b);
        return true;
    case DocBlock::Kind::Narrative:
        if (!b.notice.isEmpty()) note(b.notice, b.language.value_or(Language::En));
        return narrative(b.markdown, b.textLanguage) > 0 || !b.notice.isEmpty();
    case DocBlock::Kind::Facts:
        facts(b);
        return !b.facts.isEmpty();
    case DocBlock::Kind::Table:
        table(b.table, b.language);
        return b.table.rows.isEmpty();
    case DocBlock::Kind::Chart:
        chart(b);
        return false;
    case DocBlock::Kind::Note:
        if (b.text.isEmpty()) return false;
        note(b.text, b.language);
        return true;
    }
    return false;
}

void DocxBody::passages(const QList<DocPassage>& list, std::optional<Language> l)
{
    if (l) {
        for (const DocPassage& p : list) {
            if (p.breakBefore) m_w.pageBreak();
            block(*l == Language::En ? p.en : p.es);
        }
        return;
    }
    // Side by side: consecutive passages share one borderless two-column table, a row each.
    bool open = false;
    const auto close = [&] {
        if (!open) return;
        m_x.writeEndElement();
        // Word needs a paragraph between two tables, or it merges them.
        m_w.startParagraph(QStringLiteral("TableText"));
        m_x.writeEndElement();
        open = false;
    };
    // As the PDF reads them: each run of paired passages is one row, its columns read whole in turn.
    for (const ReportOutline::Run& run : ReportOutline::runs(list)) {
        const DocPassage& p = list[run.first];
        if (p.breakBefore) {
            close();
            m_w.pageBreak();
        }
        if (p.shared) {
            close();
            for (qsizetype i = run.first; i < run.last; ++i)
                block(list[i].both);
            continue;
        }
        if (!open) {
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("tbl"));
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("tblPr"));
            m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("tblW"));
            m_x.writeAttribute(QLatin1String(W), QStringLiteral("w"), QStringLiteral("5000"));
            m_x.writeAttribute(QLatin1String(W), QStringLiteral("type"), QStringLiteral("pct"));
            m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("tblLayout"));
            m_x.writeAttribute(QLatin1String(W), QStringLiteral("type"), QStringLiteral("fixed"));
            m_x.writeEndElement();
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("tblGrid"));
            for (int c = 0; c < 2; ++c) {
                m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("gridCol"));
                m_x.writeAttribute(QLatin1String(W), QStringLiteral("w"), QString::number(kTextWidth / 2));
            }
            m_x.writeEndElement();
            open = true;
        }
        m_x.writeStartElement(QLatin1String(W), QStringLiteral("tr"));
        for (const Language side : {Language::En, Language::Es}) {
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("tc"));
            m_x.writeStartElement(QLatin1String(W), QStringLiteral("tcPr"));
            m_x.writeEmptyElement(QLatin1String(W), QStringLiteral("tcW"));
            m_x.writeAttribute(QLatin1String(W), QStringLiteral("w"), QString::number(kTextWidth / 2));
            m_x.writeAttribute(QLatin1String(W), QStringLiteral("type"), QStringLiteral("dxa"));
            m_x.writeEndElement();
            bool paragraph = false;
            for (qsizetype i = run.first; i < run.last; ++i)
                paragraph = block(side == Language::En ? list[i].en : list[i].es);
            if (!paragraph) {
                m_w.startParagraph(QStringLiteral("TableText"));
                m_x.writeEndElement();
            }
            m_x.writeEndElement();
        }
        m_x.writeEndElement();
    }
    close();
}

} // namespace cpc
