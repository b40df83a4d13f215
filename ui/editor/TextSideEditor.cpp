#include "editor/TextSideEditor.h"

#include "editor/RichTextEdit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace cpc {

namespace {

QList<std::function<void(TextSideEditor&)>>& decorators()
{
    static QList<std::function<void(TextSideEditor&)>> list;
    return list;
}

} // namespace

void TextSideEditor::addDecorator(std::function<void(TextSideEditor&)> decorate)
{
    decorators() << std::move(decorate);
}

TextSideEditor::TextSideEditor(Language language, bool rich, QWidget* parent)
    : QWidget(parent), m_language(language), m_heading(new QLabel(this)), m_state(new QLabel(this)),
      m_showChanges(new QPushButton(tr("Show changes"), this)),
      m_confirm(new QPushButton(tr("Confirm translation"), this)), m_edit(new RichTextEdit(this))
{
    const QString lang = languageCode(language);
    setObjectName(QStringLiteral("side-") + lang);
    m_edit->setObjectName(QStringLiteral("edit-") + lang);
    m_edit->setSingleLine(!rich);
    m_heading->setTextFormat(Qt::PlainText);
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setBuddy(m_edit);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_heading->setWordWrap(
        true); // long labels ("Fuente de los datos — Español (origen)") must not widen a narrow page
    m_showChanges->setToolTip(
        tr("See what changed in the other language since this text was last confirmed"));
    m_confirm->setToolTip(tr("Declare this text a faithful translation of the other language as it is now"));
    connect(m_showChanges, &QPushButton::clicked, this, &TextSideEditor::showChangesRequested);
    connect(m_confirm, &QPushButton::clicked, this, &TextSideEditor::confirmRequested);

    // The heading, then the state (a sentence), then what can be done about it, each on its own line:
    // beside the heading, the buttons cut it short in a narrow column ("Narrative — Spa").
    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_showChanges);
    actions->addWidget(m_confirm);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addLayout(actions);
    if (rich) {
        m_toolbar = new QToolBar(this);
        m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toolbar->setAccessibleName(tr("Formatting"));
        // Short labels, as every word processor has them, so that all six fit a narrow column at 1366 px;
        // the full name is the tooltip and what a screen reader says.
        addFormatAction(tr("Bold"), tr("B", "short label of Bold"), QKeySequence::Bold,
                        [this] { m_edit->toggleBold(); });
        addFormatAction(tr("Italic"), tr("I", "short label of Italic"), QKeySequence::Italic,
                        [this] { m_edit->toggleItalic(); });
        addFormatAction(tr("Bullets"), QStringLiteral("•"), QKeySequence(tr("Ctrl+Shift+8")),
                        [this] { m_edit->toggleList(false); });
        addFormatAction(tr("Numbering"), QStringLiteral("1."), QKeySequence(tr("Ctrl+Shift+7")),
                        [this] { m_edit->toggleList(true); });
        addFormatAction(tr("Subheading"), tr("Sub", "short label of Subheading"),
                        QKeySequence(tr("Ctrl+Alt+3")), [this] { m_edit->toggleSubheading(); });
        addFormatAction(tr("Link…"), tr("Link", "short label of Link…"), QKeySequence(tr("Ctrl+K")),
                        [this] { askLink(); });
        QFont bold = m_toolbar->widgetForAction(m_toolbar->actions().at(0))->font();
        bold.setBold(true);
        m_toolbar->widgetForAction(m_toolbar->actions().at(0))->setFont(bold);
        QFont italic = m_toolbar->widgetForAction(m_toolbar->actions().at(1))->font();
        italic.setItalic(true);
        m_toolbar->widgetForAction(m_toolbar->actions().at(1))->setFont(italic);
        // Never folded behind an overflow arrow: the column keeps room for every button.
        m_toolbar->setMinimumWidth(m_toolbar->sizeHint().width());
        layout->addWidget(m_toolbar);
    }
    layout->addWidget(m_edit, rich ? 1 : 0);
    // A short text's box keeps its height: beside a taller one, the spare room goes below it, so both
    // languages' headings stay on one line.
    if (!rich) layout->addStretch(1);
    setState(QString(), QString(), false);
    for (const auto& decorate : decorators())
        decorate(*this);
}

void TextSideEditor::addFormatAction(const QString& text, const QString& label, const QKeySequence& shortcut,
                                     const std::function<void()>& run)
{
    auto* a = m_toolbar->addAction(text);
    a->setIconText(label);
    a->setShortcut(shortcut);
    // The shortcut works while this side's editor has the focus, not in the other language.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QChar(0x2026)),
                                                shortcut.toString(QKeySequence::NativeText)));
    addAction(a);
    if (QWidget* button = m_toolbar->widgetForAction(a))
        button->setAccessibleName(QString(text).remove(QChar(0x2026)));
    connect(a, &QAction::triggered, this, [this, run] {
        run();
        m_edit->setFocus();
    });
}

void TextSideEditor::askLink()
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Link"), tr("Web address (leave empty to remove the link):"),
                              QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok) return;
    m_edit->setLink(url.trimmed() == QLatin1String("https://") ? QString() : url.trimmed());
}

void TextSideEditor::setHeading(const QString& text)
{
    m_heading->setText(text);
    m_edit->setAccessibleName(text);
}

void TextSideEditor::setState(const QString& label, const QString& detail, bool stale)
{
    m_state->setText(detail.isEmpty() ? label : detail);
    m_state->setToolTip(detail);
    m_state->setAccessibleName(detail.isEmpty() ? label : detail);
    m_showChanges->setVisible(stale);
    m_confirm->setVisible(stale && !m_edit->isReadOnly());
    m_edit->setAccessibleDescription(detail.isEmpty() ? label : detail);
}

void TextSideEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    if (m_toolbar) m_toolbar->setEnabled(!readOnly);
    if (readOnly) m_confirm->hide();
}

} // namespace cpc
