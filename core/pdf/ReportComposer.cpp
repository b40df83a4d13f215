#include "pdf/ReportComposer.h"

#include "document/DocumentWords.h"

#include "pdf/IndicatorComposer.h"
#include "pdf/PdfTable.h"

namespace cpc {

namespace {

QString side(const BiText& t, Language l) { return DocumentWords::side(t, l); }

} // namespace

ReportComposer::ReportComposer(const Report& report, const PdfFonts& fonts, const SuppressionPlan& plan, float width,
                               float frameHeight)
    : m_report(report), m_setter(fonts), m_plan(plan), m_width(width), m_frameHeight(frameHeight)
{
}

void ReportComposer::narrative(const BiText& text, Language l, float width, std::vector<FlowBlock>& out) const
{
    const size_t first = out.size();
    m_setter.narrative(text, l, width, out);
    // A missing translation is stood in for by the original text: it is read in its own language.
    if (text.state(l) == TranslationState::Missing && !text.text(otherLanguage(l)).isEmpty())
        for (size_t i = first; i < out.size(); ++i) out[i].language = otherLanguage(l);
}

void ReportComposer::tagRest(std::vector<FlowBlock>& blocks, size_t first) const
{
    if (!m_tagger) return;
    m_tagger->tag(blocks, first, blocks.size(), m_parent, m_language,
                  m_language ? std::nullopt : std::optional<Language>(Language::Es));
}

void ReportComposer::sides(const SideFn& fn, std::vector<FlowBlock>& out) const
{
    if (m_language) {
        const size_t first = out.size();
        fn(*m_language, m_width, out);
        if (m_tagger) m_tagger->tag(out, first, out.size(), m_parent, m_language);
        return;
    }
    const float column = (m_width - kGutter) / 2;
    std::vector<FlowBlock> en, es;
    fn(Language::En, column, en);
    fn(Language::Es, column, es);
    // Each column is a passage of its own language, tagged before the columns are set side by side.
    if (m_tagger) {
        m_tagger->tag(en, 0, en.size(), m_parent, Language::En);
        m_tagger->tag(es, 0, es.size(), m_parent, Language::Es);
    }
    for (FlowBlock& b : BlockSetter::pair(std::move(en), std::move(es), column + kGutter)) out.push_back(std::move(b));
}

void ReportComposer::heading(int level, const QString& number, const BiText& title, std::vector<FlowBlock>& out) const
{
    HeadingMark mark;
    mark.level = level;
    mark.number = number;
    const QString en = side(title, Language::En), es = side(title, Language::Es);
    mark.title = m_language ? side(title, *m_language) : en;
    if (!m_language && es != en) mark.subtitle = es;
    m_marks->push_back(mark);
    const size_t first = out.size();
    sides(
        [&](Language l, float w, std::vector<FlowBlock>& o) {
            o.push_back(m_setter.heading(level, number, side(title, l), w));
            o.back().role = FlowBlock::Role::Heading;
            o.back().depth = level;
        },
        out);
    if (out.size() > first) out[first].heading = int(m_marks->size()) - 1;
}

QString ReportComposer::entityNames(const QStringList& ids, Language l) const
{
    QStringList names;
    for (const QString& id : ids) {
        const Entity* e = m_report.entity(id);
        names << (e ? DocumentWords::entityName(*e, l) : id);
    }
    return names.join(QStringLiteral("; "));
}

void ReportComposer::activity(const Activity& a, const QString& number, std::vector<FlowBlock>& out) const
{
    heading(2, number, a.title, out);
    sides(
        [&](Language l, float w, std::vector<FlowBlock>& o) {
            const PdfLocale loc(l);
            std::vector<std::pair<QString, QString>> facts;
            facts.emplace_back(loc.text("responsible"), a.responsible.isEmpty() ? loc.text("none") : entityNames(a.responsible, l));
            facts.emplace_back(loc.text("status"), loc.text(("status." + a.status.toUtf8()).constData()));
            QStringList types;
            for (const QString& t : a.traffickingTypes) types << loc.text(("type." + t.toUtf8()).constData());
            facts.emplace_back(loc.text("trafficking_types"), types.isEmpty() ? loc.text("none") : types.join(QStringLiteral("; ")));
            o.push_back(m_setter.facts(facts, w));
            narrative(a.body, l, w, o);
        },
        out);
}

void ReportComposer::annexes(std::vector<FlowBlock>& out) const
{
    const auto annexTitle = [](const char* key) {
        return BiText(PdfLocale(Language::En).text(key), PdfLocale(Language::Es).text(key));
    };
    const auto label = [this](const char* key) { return m_language ? PdfLocale(*m_language).text(key) : PdfLocale::both(key); };
    const auto cell = [this](const BiText& t) {
        const Language l = m_language.value_or(Language::En);
        TableCell c{side(t, l)};
        if (!m_language && t.es() != t.en()) c.second = t.es();
        return c;
    };
    heading(1, QString(), annexTitle("annex_glossary"), out);
    out.back().breakBefore = true;
    size_t first = out.size();
    PdfTable glossary(m_setter.fonts(), m_width, 8.5f);
    glossary.setColumns({{label("term"), 1.2f}, {label("definition"), 3.f}});
    for (const GlossaryEntry& g : m_report.glossary) {
        TableCell term = cell(g.term);
        term.style = FontStyle::Bold;
        glossary.addRow({term, cell(g.definition)});
    }
    if (glossary.isEmpty()) out.push_back(m_setter.plain(label("none"), FontStyle::Italic, BlockSetter::kBodySize, m_width, 0x666666));
    else out.push_back(glossary.build(m_frameHeight));
    tagRest(out, first);

    heading(1, QString(), annexTitle("annex_entities"), out);
    first = out.size();
    PdfTable entities(m_setter.fonts(), m_width, 8.5f);
    entities.setColumns({{label("acronym"), 1.f}, {label("name"), 3.f}, {label("kind"), 1.2f}});
    for (const Entity& e : m_report.entities) {
        TableCell acronym = cell(e.acronym);
        if (acronym.text.isEmpty()) acronym.text = e.id;
        acronym.style = FontStyle::Bold;
        entities.addRow({acronym, cell(e.name), TableCell{label(("kind." + e.kind.toUtf8()).constData())}});
    }
    if (entities.isEmpty()) out.push_back(m_setter.plain(label("none"), FontStyle::Italic, BlockSetter::kBodySize, m_width, 0x666666));
    else out.push_back(entities.build(m_frameHeight));
    tagRest(out, first);
}

std::vector<FlowBlock> ReportComposer::compose(std::optional<Language> language, std::vector<HeadingMark>& marks,
                                               const std::atomic<bool>* cancel, PdfBlockTagger* tagger, int parent) const
{
    m_language = language;
    m_marks = &marks;
    m_tagger = tagger;
    m_parent = parent;
    std::vector<FlowBlock> out;
    bool indicatorsDone = false;
    int number = 0;
    const auto indicators = [&](const QString& num) {
        IndicatorComposer ic(m_report, m_setter, m_plan);
        const size_t first = out.size();
        ic.compose(m_language, num, m_width, m_frameHeight,
                   [this](int level, const QString& n, const BiText& t, std::vector<FlowBlock>& o) { heading(level, n, t, o); },
                   out);
        tagRest(out, first); // its headings are tagged already
        indicatorsDone = true;
    };
    for (const Section& s : m_report.sections) {
        if (cancel && cancel->load()) break;
        const QString num = QString::number(++number);
        BiText title = s.title;
        if (title.isEmpty()) title = BiText(s.id, s.id);
        heading(1, num, title, out);
        sides([&](Language l, float w, std::vector<FlowBlock>& o) { narrative(s.body, l, w, o); }, out);
        int k = 0;
        for (const Activity& a : s.activities) activity(a, num + QLatin1Char('.') + QString::number(++k), out);
        if (s.kind == QLatin1String("indicators") && !indicatorsDone) indicators(num);
    }
    if (!indicatorsDone && !m_report.indicators.isEmpty()) {
        const QString num = QString::number(++number);
        heading(1, num, BiText(QStringLiteral("Performance indicators"), QStringLiteral("Indicadores de desempeño")), out);
        indicators(num);
    }
    annexes(out);
    m_marks = nullptr;
    m_tagger = nullptr;
    m_language.reset();
    return out;
}

} // namespace cpc
