#include "contributions/ReviewDialog.h"

#include "common/FieldLabel.h"
#include "contributions/FormattedDiff.h"
#include "contributions/ReviewModel.h"
#include "editor/RichTextEdit.h"
#include "merge/TextMerge.h"
#include "navigator/ReviewTarget.h"
#include "storage/ReportDocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cpc {

namespace {
QString block(const QString& heading, const QString& html)
{
    return QStringLiteral("<h4>%1</h4><div>%2</div>").arg(heading.toHtmlEscaped(), html);
}
QString nothing()
{
    return QStringLiteral("<i>%1</i>").arg(ReviewDialog::tr("(nothing)").toHtmlEscaped());
}
} // namespace

ReviewDialog::ReviewDialog(const MergePlan& plan, const ReportDocument& doc, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_model(new ReviewModel(plan, doc.report(), this)),
      m_heading(new QLabel(this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_details(new QTextBrowser(this)), m_combinedBox(new QWidget(this)), m_combinedEdit(new RichTextEdit),
      m_useCombined(new QPushButton(tr("&Use This Version")))
{
    setObjectName(QStringLiteral("reviewDialog"));
    const ContributionRequest& r = plan.request;
    const QString who = ReviewTarget::entityName(doc.report(), r.entity);
    setWindowTitle(tr("Merge Contribution from %1").arg(who));
    QString heading = tr("Contribution from %1").arg(who);
    if (!r.note.isEmpty()) heading += QStringLiteral(": ") + r.note;
    m_heading->setText(heading);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont hf = m_heading->font();
    hf.setBold(true);
    m_heading->setFont(hf);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Changes that came back"));
    QHeaderView* h = m_table->horizontalHeader();
    h->setSectionResizeMode(ReviewModel::DecisionColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ReviewModel::KindColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ReviewModel::FieldColumn, QHeaderView::Interactive);
    h->resizeSection(ReviewModel::FieldColumn, 260);
    for (int c : {int(ReviewModel::RequestedColumn), int(ReviewModel::CurrentColumn),
                  int(ReviewModel::ReturnedColumn)})
        h->setSectionResizeMode(c, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { showRow(i.row()); });
    connect(m_model, &ReviewModel::decisionsChanged, this, &ReviewDialog::updateSummary);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setAccessibleName(tr("The chosen change in full"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    auto* acceptAll = buttons->addButton(tr("&Accept All Changes"), QDialogButtonBox::ActionRole);
    auto* rejectAll = buttons->addButton(tr("&Reject All Changes"), QDialogButtonBox::ActionRole);
    acceptAll->setObjectName(QStringLiteral("acceptAll"));
    rejectAll->setObjectName(QStringLiteral("rejectAll"));
    connect(acceptAll, &QPushButton::clicked, this, [this] { m_model->setAllChanges(true); });
    connect(rejectAll, &QPushButton::clicked, this, [this] { m_model->setAllChanges(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A conflict need not be mine-or-theirs: both sides' changes, put together, to finish by hand.
    auto* combinedTitle = new QLabel(tr("&Combined version: both sides' changes, to edit as needed"));
    QFont bold = combinedTitle->font();
    bold.setBold(true);
    combinedTitle->setFont(bold);
    combinedTitle->setBuddy(m_combinedEdit);
    m_combinedEdit->setObjectName(QStringLiteral("combinedVersion"));
    m_combinedEdit->setAccessibleName(tr("Combined version"));
    m_useCombined->setObjectName(QStringLiteral("useCombined"));
    m_useCombined->setToolTip(tr("Resolve this conflict with the combined version as you edited it"));
    connect(m_useCombined, &QPushButton::clicked, this, [this] {
        if (m_row >= 0) m_model->setCombined(m_row, m_combinedEdit->storedText());
    });
    auto* combinedRow = new QHBoxLayout;
    combinedRow->addWidget(combinedTitle, 1);
    combinedRow->addWidget(m_useCombined);
    auto* combinedLayout = new QVBoxLayout(m_combinedBox);
    combinedLayout->setContentsMargins(0, 0, 0, 0);
    combinedLayout->addLayout(combinedRow);
    combinedLayout->addWidget(m_combinedEdit, 1);
    m_combinedBox->hide();

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->addWidget(m_combinedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
    updateSummary();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        showRow(-1);
}

QSet<int> ReviewDialog::rejected() const
{
    return m_model->rejected();
}
QSet<int> ReviewDialog::takeReturned() const
{
    return m_model->takeReturned();
}
QHash<int, QJsonValue> ReviewDialog::combined() const
{
    return m_model->combined();
}

void ReviewDialog::updateSummary()
{
    const MergePlan& p = m_model->plan();
    const int changes = p.count(MergeItem::Kind::Change);
    const int accepted = changes - int(m_model->rejected().size());
    const int conflicts = p.count(MergeItem::Kind::Conflict);
    const int taken = int(m_model->takeReturned().size() + m_model->combined().size());
    QStringList parts;
    parts << tr("%1 of %n change(s) accepted", nullptr, changes).arg(accepted);
    if (conflicts > 0)
        parts << tr("%n conflict(s): the report's version is kept unless you take the returned one", nullptr,
                    conflicts) +
                     (taken > 0 ? QStringLiteral(" (%1)").arg(tr("%n taken", nullptr, taken)) : QString());
    if (const int refused = p.count(MergeItem::Kind::Refused); refused > 0)
        parts << tr("%n change(s) outside what was asked, refused", nullptr, refused);
    if (!p.newComments.isEmpty())
        parts << tr("%n new comment(s) will be added", nullptr, int(p.newComments.size()));
    if (p.alreadyMerged > 0) parts << tr("%n field(s) already merged", nullptr, p.alreadyMerged);
    m_summary->setText(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

QString ReviewDialog::readable(const MergeItem& i, const QJsonValue& v) const
{
    return FieldLabel::readable(m_doc.report(), i.path, v, -1).toHtmlEscaped();
}

QString ReviewDialog::formatted(const MergeItem& i, const QJsonValue& v) const
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) return nothing();
    return FieldLabel::isText(i.path, v) ? FormattedDiff::render(v.toString()) : readable(i, v);
}

void ReviewDialog::showRow(int row)
{
    m_row = row;
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->setHtml(m_model->rowCount() == 0 ? tr("<p>No field came back different.</p>") : QString());
        showCombined(-1, false);
        return;
    }
    const MergeItem& i = m_model->item(row);
    QString html = QStringLiteral("<h3>%1</h3>").arg(m_model->fieldLabel(row).toHtmlEscaped());
    const bool text = FieldLabel::isText(i.path, i.returned) && FieldLabel::isText(i.path, i.current) &&
                      FieldLabel::isText(i.path, i.requested);
    auto diff = [&](const QJsonValue& a, const QJsonValue& b) {
        return text ? FormattedDiff::html(a.toString(), b.toString())
                    : QStringLiteral("<p>%1 → %2</p>").arg(readable(i, a), readable(i, b));
    };
    switch (i.kind) {
    case MergeItem::Kind::Change:
        html += block(tr("What changes (removed words struck through, new words underlined)"),
                      diff(i.current, i.returned));
        html += block(tr("In the report now"), formatted(i, i.current)) +
                block(tr("Came back"), formatted(i, i.returned));
        break;
    case MergeItem::Kind::Conflict:
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(
                    tr("Both sides changed this after the request was sent. The report's version stays until "
                       "you choose to take the returned one or a combined version.")
                        .toHtmlEscaped());
        html += block(tr("What the contributor changed"), diff(i.requested, i.returned));
        html += block(tr("What changed here meanwhile"), diff(i.requested, i.current));
        html += block(tr("As sent"), formatted(i, i.requested));
        break;
    case MergeItem::Kind::Refused:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This was not asked of %1, so it is not taken.")
                             .arg(ReviewTarget::entityName(m_doc.report(), m_model->plan().request.entity))
                             .toHtmlEscaped());
        html += block(tr("In the report now"), formatted(i, i.current)) +
                block(tr("Came back"), formatted(i, i.returned));
        break;
    }
    m_details->setHtml(html);
    showCombined(row, text && i.kind == MergeItem::Kind::Conflict);
}

void ReviewDialog::showCombined(int row, bool shown)
{
    m_combinedBox->setVisible(shown);
    if (!shown) return;
    const MergeItem& i = m_model->item(row);
    m_combinedEdit->setStoredText(
        m_model->isCombined(row)
            ? m_model->combinedText(row)
            : TextMerge::combine(i.requested.toString(), i.current.toString(), i.returned.toString()));
}

} // namespace cpc
