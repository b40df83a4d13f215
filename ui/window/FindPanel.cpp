#include "window/FindPanel.h"

#include "common/EntityLabel.h"
#include "common/FieldLabel.h"
#include "common/UiLanguage.h"
#include "edit/ReportTexts.h"
#include "editor/BilingualEditor.h"
#include "model/FieldSchema.h"
#include "storage/ReportDocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace cpc {

namespace {

QString pick(const BiText& t)
{
    return UiLanguage::pick(t.en(), t.es());
}

// Where a text is, as the user knows the report: the part's title, then which text of it, in words.
QString placeName(const Report& r, const FieldPath& text)
{
    QString part, what = FieldLabel::fieldName(text); // without the language: the list names it in words
    const std::optional<FieldMatch> m = FieldSchema::matchText(text);
    if (!m) return what;
    const FieldOwner owner = m->spec->owner;
    const QString id = m->id();
    if (owner == FieldOwner::Report) {
        part = FindPanel::tr("Cover");
        what = m->kind() == FieldKind::ReportTitle ? FindPanel::tr("Title of the report")
                                                   : FindPanel::tr("Partnership");
    } else if (owner == FieldOwner::Section) {
        const Section* s = r.section(id);
        part = s ? pick(s->title) : QString();
    } else if (owner == FieldOwner::Activity) {
        const Activity* a = r.activity(id);
        part = FindPanel::tr("Activity %1: %2").arg(id, a ? pick(a->title) : QString());
    } else if (owner == FieldOwner::Indicator) {
        const Indicator* i = r.indicator(id);
        part = FindPanel::tr("Indicator %1: %2").arg(id, i ? pick(i->name) : QString());
    } else if (owner == FieldOwner::Entity) {
        part = FindPanel::tr("Entities");
        what = EntityLabel::of(r, id);
    } else if (owner == FieldOwner::Glossary) {
        part = FindPanel::tr("Glossary");
        what = m->kind() == FieldKind::GlossaryTerm ? FindPanel::tr("Term “%1”").arg(id)
                                                    : FindPanel::tr("Definition of “%1”").arg(id);
    }
    return part.isEmpty() ? what : part + QStringLiteral(" › ") + what;
}

} // namespace

FindPanel::FindPanel(QWidget* parent)
    : QWidget(parent), m_query(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("findPanel"));
    m_query->setPlaceholderText(tr("Find in English and Spanish"));
    m_query->setAccessibleName(tr("Text to find"));
    m_query->setClearButtonEnabled(true);
    m_results->setAccessibleName(tr("Places found"));
    m_results->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::textChanged, this, &FindPanel::search);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    auto activate = [this](QListWidgetItem* item) {
        if (item) emit pathActivated(FieldPath::fromString(item->data(Qt::UserRole).toString()));
    };
    connect(m_results, &QListWidget::itemActivated, this, activate);
    connect(m_results, &QListWidget::itemClicked, this, activate);
}

void FindPanel::setDocument(const ReportDocument* doc)
{
    if (m_doc) disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc) connect(m_doc, &ReportDocument::changed, this, [this] { search(m_query->text()); });
    search(m_query->text());
}

void FindPanel::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

int FindPanel::resultCount() const
{
    return m_results->count();
}

void FindPanel::search(const QString& query)
{
    if (m_query->text() != query) m_query->setText(query); // setText calls back here once
    m_results->clear();
    const QString q = query.trimmed();
    if (!m_doc || q.isEmpty()) {
        m_summary->clear();
        return;
    }
    ReportTexts::forEach(m_doc->report(), [&](const FieldPath& path, const BiText& t) {
        for (Language l : {Language::Es, Language::En}) {
            const QString& text = t.text(l);
            const qsizetype at = text.indexOf(q, 0, Qt::CaseInsensitive);
            if (at < 0) continue;
            const qsizetype from = std::max<qsizetype>(0, at - 40);
            QString snippet = text.mid(from, q.size() + 80).simplified();
            if (from > 0) snippet.prepend(QChar(0x2026));
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 · %2\n%3")
                    .arg(placeName(m_doc->report(), path), BilingualEditor::languageName(l), snippet));
            item->setData(Qt::UserRole, path.child(languageCode(l)).toString());
            m_results->addItem(item);
        }
    });
    m_summary->setText(m_results->count() == 0 ? tr("Not found")
                                               : tr("%1 places").arg(QLocale().toString(m_results->count())));
}

} // namespace cpc
