#include "document/ReportOutline.h"

#include "document/DocumentWords.h"
#include "document/IndicatorOutline.h"
#include "document/Typography.h"
#include "pdf/MarkdownParser.h"

namespace cpc {

DocPassage ReportOutline::passage(const Variant& make, bool shared)
{
    DocPassage p;
    p.en = make(Language::En);
    p.es = make(Language::Es);
    p.both = make(std::nullopt);
    p.shared = shared;
    return p;
}

DocBlock ReportOutline::narrative(const BiText& text, std::optional<Language> ol)
{
    // A missing translation shows the original with a notice (the reader sees what there is, and that
    // it is not yet theirs); a stale one says so.
    const Language l = ol.value_or(Language::En);
    const DocumentWords loc(l);
    DocBlock b;
    b.kind = DocBlock::Kind::Narrative;
    b.language = ol;
    b.textLanguage = l;
    switch (text.state(l)) {
    case TranslationState::Current:
        b.markdown = text.text(l);
        break;
    case TranslationState::Stale:
        b.notice = loc.text("translation_outdated");
        b.markdown = text.text(l);
        break;
    case TranslationState::Missing:
        if (text.text(otherLanguage(l)).isEmpty()) {
            b.notice = loc.text("not_written");
        } else {
            b.notice = loc.text("translation_pending") + QStringLiteral(". ") + loc.text("shown_original");
            b.markdown = text.text(otherLanguage(l));
            b.textLanguage = otherLanguage(l);
        }
        break;
    }
    return b;
}

DocPassage ReportOutline::heading(int level, const QString& number, const BiText& title)
{
    return passage([&](std::optional<Language> l) {
        DocBlock b;
        b.kind = DocBlock::Kind::Heading;
        b.level = level;
        b.number = number;
        b.language = l;
        b.text = DocumentWords::bilingual(title, l);
        return b;
    });
}

DocCell ReportOutline::cell(const BiText& text, std::optional<Language> l)
{
    const Language first = l.value_or(Language::En);
    // side() falls back on the other language's text: the cell says which language it then shows.
    const auto shown = [&](Language side) { return text.text(side).isEmpty() ? otherLanguage(side) : side; };
    DocCell c{DocumentWords::side(text, first)};
    c.language = shown(first);
    if (!l && DocumentWords::side(text, Language::Es) != c.text) {
        c.second = DocumentWords::side(text, Language::Es);
        c.secondLanguage = shown(Language::Es);
    }
    return c;
}

QString ReportOutline::entityNames(const QStringList& ids, Language l) const
{
    QStringList names;
    for (const QString& id : ids) {
        const Entity* e = m_report.entity(id);
        names << (e ? DocumentWords::entityName(*e, l) : id);
    }
    return names.join(QStringLiteral("; "));
}

void ReportOutline::activity(const Activity& a, const QString& number, QList<DocPassage>& out) const
{
    out.append(heading(2, number, a.title));
    out.append(passage([&](std::optional<Language> ol) {
        const Language l = ol.value_or(Language::En);
        const DocumentWords w(l);
        DocBlock b;
        b.kind = DocBlock::Kind::Facts;
        b.language = ol;
        b.facts.append({w.text("responsible"),
                        a.responsible.isEmpty() ? w.text("none") : entityNames(a.responsible, l)});
        b.facts.append({w.text("status"), w.text(("status." + a.status.toUtf8()).constData())});
        QStringList types;
        for (const QString& t : a.traffickingTypes)
            types << w.text(("type." + t.toUtf8()).constData());
        b.facts.append({w.text("trafficking_types"),
                        types.isEmpty() ? w.text("none") : types.join(QStringLiteral("; "))});
        return b;
    }));
    out.append(passage([&](std::optional<Language> l) { return narrative(a.body, l); }));
}

void ReportOutline::annexes(QList<DocPassage>& out) const
{
    const auto annex = [](const char* key) {
        return BiText(DocumentWords(Language::En).text(key), DocumentWords(Language::Es).text(key));
    };
    // An empty annex says so rather than showing a table of headers only.
    const auto table = [](std::optional<Language> l, DocTable t) {
        DocBlock b;
        b.language = l;
        if (t.rows.isEmpty()) {
            b.text = DocumentWords(l).label("none");
            return b;
        }
        b.kind = DocBlock::Kind::Table;
        b.table = std::move(t);
        return b;
    };
    out.append(heading(1, QString(), annex("annex_glossary")));
    out.last().breakBefore = true;
    out.append(passage(
        [&](std::optional<Language> l) {
            const DocumentWords w(l);
            DocTable t;
            t.purpose = DocTable::Purpose::Glossary;
            t.headers = {w.label("term"), w.label("definition")};
            t.numeric = {false, false};
            for (const GlossaryEntry& g : m_report.glossary) {
                DocCell term = cell(g.term, l);
                term.bold = true;
                // A definition is Markdown (the window edits it with the narratives' toolbar): its marks
                // are not printed in the table's cell.
                const BiText definition(MarkdownParser::plainText(g.definition.en()),
                                        MarkdownParser::plainText(g.definition.es()));
                t.rows.append({term, cell(definition, l)});
            }
            return table(l, t);
        },
        true));
    out.append(heading(1, QString(), annex("annex_entities")));
    out.append(passage(
        [&](std::optional<Language> l) {
            const DocumentWords w(l);
            DocTable t;
            t.purpose = DocTable::Purpose::Entities;
            t.headers = {w.label("acronym"), w.label("name"), w.label("kind")};
            t.numeric = {false, false, false};
            for (const Entity& e : m_report.entities) {
                DocCell acronym = cell(e.acronym, l);
                if (acronym.text.isEmpty()) acronym.text = e.id;
                acronym.bold = true;
                t.rows.append(
                    {acronym, cell(e.name, l), DocCell{w.label(("kind." + e.kind.toUtf8()).constData())}});
            }
            return table(l, t);
        },
        true));
}

QList<DocCover> ReportOutline::cover(const QList<Language>& languages, const Findings& pending) const
{
    constexpr int kPendingListed = 12; // findings the cover of a final print lists; then "and N more"
    const Entity* preparer = m_report.entity(m_report.info.preparedBy);
    QList<DocCover> sides;
    for (const Language l : languages) {
        const PdfLocale loc(l);
        DocCover c;
        c.language = l;
        c.partnership = DocumentWords::side(m_report.info.partnership, l);
        c.title = DocumentWords::side(m_report.info.title, l);
        c.lines << loc.text("reporting_year").arg(m_report.info.reportingYear)
                << loc.text("period").arg(loc.date(m_report.info.periodStart),
                                          loc.date(m_report.info.periodEnd));
        const QString by = preparer ? DocumentWords::side(preparer->name, l) : m_report.info.preparedBy;
        if (!by.isEmpty()) c.lines << loc.text("prepared_by").arg(by);
        c.lines << loc.text("date").arg(loc.today());
        if (!pending.isEmpty()) {
            c.pendingHeading = loc.text("final_pending").arg(pending.size());
            for (int k = 0; k < std::min<int>(kPendingListed, int(pending.size())); ++k)
                c.pending << pending[k].message(l);
            if (pending.size() > kPendingListed)
                c.pendingMore = loc.text("and_more").arg(pending.size() - kPendingListed);
        }
        Typography::prepare(c);
        sides.append(c);
    }
    return sides;
}

QList<ReportOutline::Run> ReportOutline::runs(const QList<DocPassage>& passages)
{
    const auto heading = [&](qsizetype i) { return passages[i].en.kind == DocBlock::Kind::Heading; };
    QList<Run> out;
    for (qsizetype i = 0; i < passages.size();) {
        qsizetype last = i + 1;
        if (!heading(i))
            while (last < passages.size() && !heading(last) && passages[last].shared == passages[i].shared &&
                   !passages[last].breakBefore)
                ++last;
        out.append({i, last});
        i = last;
    }
    return out;
}

QList<std::optional<Language>> ReportOutline::parts(const PdfOptions& o)
{
    using L = PdfOptions::Languages;
    if (o.languages == L::En) return {Language::En};
    if (o.languages == L::Es) return {Language::Es};
    if (o.layout == PdfOptions::Layout::Parallel) return {std::nullopt};
    return {Language::En, Language::Es}; // all of the English, then all of the Spanish
}

QList<Language> ReportOutline::languages(const PdfOptions& o)
{
    using L = PdfOptions::Languages;
    return o.languages == L::En   ? QList<Language>{Language::En}
           : o.languages == L::Es ? QList<Language>{Language::Es}
                                  : QList<Language>{Language::En, Language::Es};
}

QList<DocPassage> ReportOutline::compose() const
{
    QList<DocPassage> out;
    bool indicatorsDone = false;
    int number = 0;
    for (const Section& s : m_report.sections) {
        const QString num = QString::number(++number);
        out.append(heading(1, num, s.title.isEmpty() ? BiText(s.id, s.id) : s.title));
        out.append(passage([&](std::optional<Language> l) { return narrative(s.body, l); }));
        int k = 0;
        for (const Activity& a : s.activities)
            activity(a, num + QLatin1Char('.') + QString::number(++k), out);
        if (s.kind == QLatin1String("indicators") && !indicatorsDone) {
            IndicatorOutline(m_report, m_plan).compose(num, out);
            indicatorsDone = true;
        }
    }
    if (!indicatorsDone && !m_report.indicators.isEmpty()) {
        const QString num = QString::number(++number);
        out.append(heading(
            1, num,
            BiText(QStringLiteral("Performance indicators"), QStringLiteral("Indicadores de desempeño"))));
        IndicatorOutline(m_report, m_plan).compose(num, out);
    }
    annexes(out);
    // Typographic quotes and no-break spaces, for every format alike.
    Typography::prepare(out);
    return out;
}

} // namespace cpc
