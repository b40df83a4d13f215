#include "editor/BilingualEditor.h"

#include "editor/RichTextEdit.h"
#include "editor/TextLookup.h"
#include "editor/TextSideEditor.h"
#include "editor/WordDiff.h"
#include "model/FieldSchema.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cpc {

namespace {
// The short word beside each side's text; the sentence below says why (stateSentence).
QString stateLabel(TranslationState state)
{
    switch (state) {
    case TranslationState::Missing:
        return BilingualEditor::tr("Missing");
    case TranslationState::Current:
        return BilingualEditor::tr("Current");
    case TranslationState::Stale:
        return BilingualEditor::tr("Stale");
    }
    return QString();
}
} // namespace

BilingualEditor::BilingualEditor(EditSession* session, const FieldPath& path, bool rich, QWidget* parent)
    : QWidget(parent), m_session(session), m_path(path)
{
    setObjectName(QStringLiteral("bilingual:") + path.toString());
    ReportDocument* doc = session->document();
    const Language source = doc->report().info.sourceLanguage;
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_split = split;
    for (Language l : {source, otherLanguage(source)}) {
        auto* side = new TextSideEditor(l, rich, split);
        m_sides[l == Language::En ? 0 : 1] = side;
        side->setReadOnly(doc->isReadOnly());
        split->addWidget(side);
        const FieldPath sidePath = path.child(languageCode(l));
        connect(side->editor(), &RichTextEdit::edited, this,
                [this, side, sidePath] { m_session->type(sidePath, side->editor()->storedText()); });
        connect(side->editor(), &RichTextEdit::focusLeft, m_session, &EditSession::flush);
        connect(side, &TextSideEditor::confirmRequested, this,
                [this, sidePath] { m_session->confirm(sidePath); });
        connect(side, &TextSideEditor::showChangesRequested, this, [this, l] { showChanges(l); });
    }
    // No layout: a parent layout would ask a layout, not this editor, for the height at a width (Qt's
    // QWidgetItem does), and the splitter's minimum is two sides' width where this editor's is one side's.
    setSizePolicy(split->sizePolicy());
    connect(doc, &ReportDocument::changed, this, &BilingualEditor::onChanged);
    refresh();
}

int BilingualEditor::sideBySideWidth() const
{
    // Each side keeps room for its state line and a few words per line, not only its own minimum.
    const int comfortable =
        qMax(fontMetrics().averageCharWidth() * 36,
             qMax(m_sides[0]->minimumSizeHint().width(), m_sides[1]->minimumSizeHint().width()));
    return 2 * comfortable + m_split->handleWidth();
}

QSize BilingualEditor::minimumSizeHint() const
{
    QSize hint = m_split->minimumSizeHint();
    hint.setWidth(qMax(m_sides[0]->minimumSizeHint().width(), m_sides[1]->minimumSizeHint().width()));
    return hint;
}

int BilingualEditor::heightForWidth(int width) const
{
    const auto height = [](const QWidget* side, int w) {
        const int h = side->heightForWidth(w);
        return qMax(h, side->minimumSizeHint().height());
    };
    const int handle = m_split->handleWidth();
    if (width < sideBySideWidth()) return height(m_sides[0], width) + handle + height(m_sides[1], width);
    // The user may have moved the divider: at the current width, each side's own width counts.
    int left = (width - handle) / 2;
    if (width == this->width() && m_split->orientation() == Qt::Horizontal)
        left = m_split->widget(0)->width();
    const int right = width - handle - left;
    return qMax(height(m_split->widget(0), left), height(m_split->widget(1), right));
}

QSize BilingualEditor::sizeHint() const
{
    return m_split->sizeHint();
}

bool BilingualEditor::event(QEvent* event)
{
    // A side that grew (a longer state line, a text box fitting more lines) tells the splitter, which tells
    // this editor; without a layout of its own, it passes the news on to the page's layout.
    if (event->type() == QEvent::LayoutRequest) updateGeometry();
    return QWidget::event(event);
}

bool BilingualEditor::sideBySide() const
{
    return m_split->orientation() == Qt::Horizontal;
}

void BilingualEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() >= sideBySideWidth() ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted) {
        m_split->setOrientation(wanted);
        updateGeometry(); // a stacked editor is taller
    }
    m_split->setGeometry(rect());
}

TextSideEditor* BilingualEditor::side(Language l) const
{
    return m_sides[l == Language::En ? 0 : 1];
}

QString BilingualEditor::languageName(Language l)
{
    return l == Language::En ? tr("English") : tr("Spanish");
}

// Spanish writes language names in lower case inside a sentence ("el texto en inglés").
QString BilingualEditor::languageInSentence(Language l)
{
    return l == Language::En ? tr("English", "inside a sentence") : tr("Spanish", "inside a sentence");
}

void BilingualEditor::setLabel(const QString& label)
{
    m_label = label;
    refresh();
}

void BilingualEditor::onChanged(const QList<FieldPath>& paths)
{
    for (const FieldPath& p : paths)
        if (p.startsWith(m_path) || m_path.startsWith(p)) {
            refresh();
            return;
        }
}

QString BilingualEditor::stateSentence(const ReportDocument& doc, const FieldPath& path, const BiText& text,
                                       Language l)
{
    const Language o = otherLanguage(l);
    switch (text.state(l)) {
    case TranslationState::Missing:
        return text.text(o).isEmpty() ? tr("Not written yet in either language.")
                                      : tr("The %1 text is missing.").arg(languageInSentence(l));
    case TranslationState::Current:
        return text.text(o).isEmpty()
                   ? tr("Written; the %1 text is still missing.").arg(languageInSentence(o))
                   : tr("Current: in step with the %1 text.").arg(languageInSentence(o));
    case TranslationState::Stale:
        break;
    }
    // The first change to the other side after this side's basis is the news this side has not caught up
    // with.
    QDateTime when;
    for (const HistoryEntry& e : doc.history(path.child(languageCode(o))))
        if (e.id > text.basis(l)) {
            when = e.at;
            break;
        }
    if (!when.isValid())
        return tr("Stale: the %1 text changed after the %2 text was last confirmed.")
            .arg(languageInSentence(o), languageInSentence(l));
    const QString date = QLocale().toString(when.toLocalTime().date(), tr("d MMMM yyyy", "date format"));
    return tr("Stale: the %1 text was last confirmed before the %2 text changed on %3.")
        .arg(languageInSentence(l), languageInSentence(o), date);
}

void BilingualEditor::refresh()
{
    const ReportDocument* doc = m_session->document();
    const std::optional<BiText> text = TextLookup::find(doc->report(), m_path);
    const Language source = doc->report().info.sourceLanguage;
    for (Language l : {Language::En, Language::Es}) {
        TextSideEditor* s = side(l);
        const QString role = l == source ? tr("source") : tr("translation");
        const QString heading = m_label.isEmpty() ? tr("%1 (%2)").arg(languageName(l), role)
                                                  : tr("%1 — %2 (%3)").arg(m_label, languageName(l), role);
        s->setHeading(heading);
        if (!text || text->isEmpty()) {
            // Nothing written yet is not a problem to flag: the checks say where a text is expected.
            // An explanation is asked for only where a result misses its target.
            const auto kind = FieldSchema::matchText(m_path);
            const bool optional = kind && kind->kind() == FieldKind::IndicatorVarianceExplanation;
            s->setState(QString(),
                        optional ? tr("Not written yet in either language; this text is optional.")
                                 : tr("Not written yet in either language."),
                        false);
            if (!m_session->hasPending(m_path.child(languageCode(l)))) s->editor()->setStoredText(QString());
            continue;
        }
        const TranslationState st = text->state(l);
        s->setState(stateLabel(st), stateSentence(*doc, m_path, *text, l), st == TranslationState::Stale);
        // Typing not yet committed is newer than the file: leave it alone.
        if (!m_session->hasPending(m_path.child(languageCode(l)))) s->editor()->setStoredText(text->text(l));
    }
}

void BilingualEditor::showChanges(Language l)
{
    const ReportDocument* doc = m_session->document();
    const std::optional<BiText> text = TextLookup::find(doc->report(), m_path);
    if (!text) return;
    const Language o = otherLanguage(l);
    const QJsonValue then = doc->valueAt(m_path.child(languageCode(o)), text->basis(l));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Changes in the %1 text").arg(languageInSentence(o)));
    auto* intro = new QLabel(stateSentence(*doc, m_path, *text, l), &dialog);
    intro->setWordWrap(true);
    auto* view = new QTextBrowser(&dialog);
    view->setAccessibleName(tr("Changes since the last confirmation"));
    // A formatted text is shown formatted, never as its Markdown source.
    view->setHtml(side(o)->editor()->isSingleLine()
                      ? WordDiff::html(then.toString(), text->text(o))
                      : WordDiff::formattedHtml(then.toString(), text->text(o)));
    auto* legend = new QLabel(tr("Struck-through words were removed; underlined words were added."), &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(view, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    dialog.resize(700, 450);
    dialog.exec();
}

} // namespace cpc
