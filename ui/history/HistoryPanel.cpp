#include "history/HistoryPanel.h"

#include "common/FieldLabel.h"
#include "edit/FieldValues.h"
#include "edit/ReportTexts.h"
#include "editor/WordDiff.h"
#include "history/HistoryModel.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cpc {

namespace {
QJsonValue orNull(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}
QString when(const HistoryEntry& e)
{
    return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
}
QString diffHtml(const FieldPath& path, const QJsonValue& before, const QJsonValue& after)
{
    if (HistoryModel::isFormatted(path))
        return WordDiff::formattedHtml(FieldLabel::fullText(before), FieldLabel::fullText(after));
    return WordDiff::html(FieldLabel::fullText(before), FieldLabel::fullText(after));
}
} // namespace

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent), m_model(new HistoryModel(this)), m_title(new QLabel(this)),
      m_field(new QComboBox(this)), m_table(new QTableView(this)), m_diff(new QTextBrowser(this)),
      m_message(new QLabel(this)), m_restoreBefore(new QPushButton(tr("Restore &Before"), this)),
      m_restoreAfter(new QPushButton(tr("Restore &After"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_field->setAccessibleName(tr("Text or value"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Changes"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::FromColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::ToColumn, QHeaderView::Stretch);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    m_diff->setAccessibleName(tr("Differences"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_restoreBefore->setToolTip(tr("Put back the value this field had before the chosen change"));
    m_restoreAfter->setToolTip(tr("Put back the value this field had right after the chosen change"));
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setPath(FieldPath::fromString(m_field->currentData().toString()));
        selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::selectionChanged);
    connect(m_restoreBefore, &QPushButton::clicked, this, &HistoryPanel::restoreBefore);
    connect(m_restoreAfter, &QPushButton::clicked, this, &HistoryPanel::restoreAfter);

    auto* fieldRow = new QHBoxLayout;
    auto* fieldLabel = new QLabel(tr("&Field:"), this);
    fieldLabel->setBuddy(m_field);
    fieldRow->addWidget(fieldLabel);
    fieldRow->addWidget(m_field, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreBefore);
    buttons->addWidget(m_restoreAfter);
    buttons->addStretch(1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_diff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(fieldRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    selectionChanged();
}

void HistoryPanel::setSession(EditSession* session)
{
    m_session = session;
    m_model->setDocument(session ? session->document() : nullptr);
    setNode(m_node);
}

void HistoryPanel::setNode(const NavNode& node)
{
    m_node = node;
    fillFields();
}

void HistoryPanel::fillFields()
{
    const ReportDocument* doc = m_session ? m_session->document() : nullptr;
    const QSignalBlocker block(m_field);
    m_field->clear();
    m_title->setText(doc ? tr("History") : QString());
    if (!doc) {
        m_model->setPath(FieldPath());
        return;
    }
    const FieldPath base = m_node.path();
    const Report& r = doc->report();
    QSet<QString> seen;
    auto add = [&](const FieldPath& p) {
        if (seen.contains(p.toString())) return;
        seen.insert(p.toString());
        m_field->addItem(FieldLabel::fieldName(p).isEmpty() ? p.toString() : FieldLabel::fieldName(p),
                         p.toString());
    };
    // The texts first, in the order they read, then every other field that has a recorded change.
    ReportTexts::forEach(r, [&](const FieldPath& p, const BiText&) {
        if (!p.startsWith(base) || p.size() != base.size() + 1) return;
        const Language source = r.info.sourceLanguage;
        add(p.child(languageCode(source)));
        add(p.child(languageCode(otherLanguage(source))));
    });
    QStringList others;
    for (const HistoryEntry& e : doc->history(base, 2000))
        if (!seen.contains(e.path.toString()) && e.path.size() > base.size() &&
            FieldSchema::owner(e.path) != FieldOwner::Comments)
            others << e.path.toString();
    others.removeDuplicates();
    others.sort();
    for (const QString& p : std::as_const(others))
        add(FieldPath::fromString(p));
    // The narrative is what people most often look back on.
    const FieldKind bodyKind =
        m_node.kind == NodeKind::Activity ? FieldKind::ActivityBody : FieldKind::SectionBody;
    const int body =
        m_field->findData(Paths::of(bodyKind, {m_node.id, languageCode(r.info.sourceLanguage)}).toString());
    m_field->setCurrentIndex(body >= 0 ? body : 0);
    m_model->setPath(FieldPath::fromString(m_field->currentData().toString()));
    selectionChanged();
}

bool HistoryPanel::showField(const FieldPath& path)
{
    const int i = m_field->findData(path.toString());
    if (i < 0) return false;
    m_field->setCurrentIndex(i);
    return true;
}

QList<int> HistoryPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HistoryPanel::selectionChanged()
{
    const QList<int> rows = selectedRows();
    const ReportDocument* doc = m_session ? m_session->document() : nullptr;
    const bool writable = doc && !doc->isReadOnly();
    m_restoreBefore->setEnabled(writable && rows.size() == 1);
    m_restoreAfter->setEnabled(writable && rows.size() == 1);
    if (!doc) {
        m_diff->clear();
        return;
    }
    if (rows.isEmpty()) {
        m_diff->setHtml(
            m_model->rowCount() == 0
                ? tr("<p>No change of this field is recorded.</p>")
                : tr("<p>Choose a change to see what it changed, or two to compare those versions.</p>"));
        return;
    }
    if (rows.size() == 1) {
        const HistoryEntry& e = m_model->entry(rows.first());
        const QString head =
            tr("%1, %2 by %3")
                .arg(when(e), HistoryModel::originName(e.origin), HistoryModel::authorName(doc, e.author));
        m_diff->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(head.toHtmlEscaped()) +
                        diffHtml(e.path, e.oldValue, e.newValue));
        return;
    }
    // Newest first: the last selected row is the older version.
    const HistoryEntry& newer = m_model->entry(rows.first());
    const HistoryEntry& older = m_model->entry(rows.last());
    const QString head = tr("From the version of %1 (%2) to the version of %3 (%4)")
                             .arg(when(older), HistoryModel::authorName(doc, older.author), when(newer),
                                  HistoryModel::authorName(doc, newer.author));
    m_diff->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(head.toHtmlEscaped()) +
                    diffHtml(newer.path, older.newValue, newer.newValue));
}

void HistoryPanel::restoreBefore()
{
    restore(true);
}
void HistoryPanel::restoreAfter()
{
    restore(false);
}

void HistoryPanel::restore(bool before)
{
    const QList<int> rows = selectedRows();
    if (!m_session || rows.size() != 1) return;
    const HistoryEntry e = m_model->entry(rows.first());
    const QJsonValue value = orNull(before ? e.oldValue : e.newValue);
    if (orNull(FieldValues::get(m_session->document()->report(), e.path)) == value) {
        m_message->setText(tr("That is already the current version."));
        return;
    }
    m_message->clear();
    m_session->edit({FieldChange{e.path, value, false}}, tr("Restore earlier version"));
}

} // namespace cpc
