#include "editor/TextListPage.h"

#include "common/EntityLabel.h"
#include "common/MessageBox.h"
#include "common/UiLanguage.h"
#include "edit/StructureChanges.h"
#include "editor/BilingualEditor.h"
#include "editor/Guidance.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace cpc {

namespace {

QLabel* headingLabel(const QString& text, QWidget* parent, double scale)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    l->setFont(f);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}

QString number(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'g', 12) : TextListPage::tr("not reported");
}

} // namespace

QBoxLayout* TextListPage::headingWithRemove(const QString& text, QWidget* parent, const QString& action,
                                            std::function<void()> remove)
{
    auto* row = new QHBoxLayout;
    row->addWidget(headingLabel(text, parent, 1.1), 1);
    auto* button = new QToolButton(parent);
    button->setText(action);
    button->setObjectName(QStringLiteral("removeEntryButton"));
    button->setAccessibleName(action + QLatin1Char(' ') + text);
    button->setEnabled(!m_ctx.document->isReadOnly());
    connect(button, &QToolButton::clicked, this, std::move(remove));
    row->addWidget(button, 0, Qt::AlignTop);
    return row;
}

void TextListPage::removeTerm(const QString& termEn)
{
    const Report& r = m_ctx.document->report();
    auto changes = StructureChanges::removeGlossaryTerm(r, termEn);
    if (!changes) return;
    if (MessageBox::question(this, tr("Remove Term"),
                             tr("Remove the term “%1” and its definition from the glossary?").arg(termEn) +
                                 QStringLiteral("\n\n") + tr("You can bring it back with Edit > Undo.")) !=
        QMessageBox::Yes)
        return;
    m_ctx.session->edit(changes.value(), tr("Remove term %1").arg(termEn));
}

void TextListPage::removeEntity(const QString& id)
{
    const Report& r = m_ctx.document->report();
    const QString who = EntityLabel::of(r, id);
    auto changes = StructureChanges::removeEntity(r, id);
    if (!changes) {
        MessageBox::warning(this, tr("Remove Entity"),
                            tr("%1 cannot be removed yet: %2.").arg(who, changes.error().message));
        return;
    }
    if (MessageBox::question(this, tr("Remove Entity"),
                             tr("Remove %1 from the report's entities?").arg(who) + QStringLiteral("\n\n") +
                                 tr("You can bring it back with Edit > Undo.")) != QMessageBox::Yes)
        return;
    m_ctx.session->edit(changes.value(), tr("Remove entity %1").arg(who));
}

TextListPage::TextListPage(const PageContext& context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("page:") + context.node.path().toString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    connect(context.document, &ReportDocument::changed, this, [this] {
        if (structureKey() != m_structure) build();
    });
    build();
}

QString TextListPage::structureKey() const
{
    const Report& r = m_ctx.document->report();
    QStringList ids;
    if (m_ctx.node.kind == NodeKind::Entities)
        for (const Entity& e : r.entities)
            ids << e.id;
    if (m_ctx.node.kind == NodeKind::Glossary)
        for (const GlossaryEntry& g : r.glossary)
            ids << g.term.en();
    if (m_ctx.node.kind == NodeKind::Indicator)
        if (const Indicator* ind = r.indicator(m_ctx.node.id))
            for (auto it = ind->actuals.cbegin(); it != ind->actuals.cend(); ++it)
                ids << number(ind->targets.value(it.key())) + QLatin1Char('/') + number(it.value());
    return ids.join(QChar(0x1f));
}

void TextListPage::build()
{
    m_structure = structureKey();
    delete m_content;
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* v = new QVBoxLayout(inner);
    const Report& r = m_ctx.document->report();
    auto addText = [&](const FieldPath& path, bool rich, const QString& label) {
        auto* e = new BilingualEditor(m_ctx.session, path, rich, inner);
        e->setLabel(label);
        if (rich) e->setMinimumHeight(fontMetrics().lineSpacing() * 9);
        v->addWidget(e);
    };
    switch (m_ctx.node.kind) {
    case NodeKind::Entities:
        v->addWidget(headingLabel(tr("Entities"), inner, 1.4));
        for (const Entity& e : r.entities) {
            v->addLayout(headingWithRemove(EntityLabel::of(e), inner, tr("Remove entity…"),
                                           [this, id = e.id] { removeEntity(id); }));
            addText(Paths::text(FieldKind::EntityAcronym, {e.id}), false, tr("Acronym"));
            addText(Paths::text(FieldKind::EntityName, {e.id}), false, tr("Name"));
        }
        break;
    case NodeKind::Glossary:
        v->addWidget(headingLabel(tr("Glossary"), inner, 1.4));
        for (const GlossaryEntry& g : r.glossary) {
            // The English term is the entry's identity: it is shown, not edited, here.
            v->addLayout(headingWithRemove(g.term.en() + QStringLiteral(" / ") + g.term.es(), inner,
                                           tr("Remove term…"),
                                           [this, term = g.term.en()] { removeTerm(term); }));
            addText(Paths::text(FieldKind::GlossaryDefinition, {g.term.en()}), true, tr("Definition"));
        }
        break;
    case NodeKind::Indicator:
        if (const Indicator* ind = r.indicator(m_ctx.node.id)) {
            v->addWidget(headingLabel(tr("Indicator %1").arg(ind->id), inner, 1.4));
            QStringList facts;
            for (auto it = ind->actuals.cbegin(); it != ind->actuals.cend(); ++it)
                facts << tr("Year %1: target %2, actual %3")
                             .arg(QLocale().toString(it.key()), number(ind->targets.value(it.key())),
                                  number(it.value()));
            auto* values = new QLabel(facts.join(QLatin1Char('\n')), inner);
            values->setObjectName(QStringLiteral("indicatorValues"));
            v->addWidget(values);
            addText(Paths::text(FieldKind::IndicatorName, {ind->id}), false, tr("Name"));
            addText(Paths::text(FieldKind::IndicatorDefinition, {ind->id}), true, tr("Definition"));
            addText(Paths::text(FieldKind::IndicatorSource, {ind->id}), false, tr("Source of the data"));
            const QString guide = Guidance(m_ctx.document->reportTemplate().get()).forIndicator();
            if (!guide.isEmpty()) {
                auto* g = new QLabel(inner);
                g->setTextFormat(Qt::MarkdownText);
                g->setText(guide);
                g->setWordWrap(true);
                v->addWidget(g);
            }
        }
        break;
    default: {
        v->addWidget(headingLabel(tr("Indicators"), inner, 1.4));
        const int objective = m_ctx.node.kind == NodeKind::IndicatorObjective ? m_ctx.node.id.toInt() : -1;
        for (const Indicator& ind : r.indicators)
            if (objective < 0 || ind.objective == objective)
                v->addWidget(new QLabel(
                    ind.id + QStringLiteral("  ") + UiLanguage::pick(ind.name.en(), ind.name.es()), inner));
        break;
    }
    }
    v->addStretch(1);
    scroll->setWidget(inner);
    m_content = scroll;
    layout()->addWidget(scroll);
}

} // namespace cpc
