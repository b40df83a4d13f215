#include "contributions/ReviewDialog.h"

#include "contributions/FieldLabel.h"
#include "contributions/ReviewModel.h"
#include "editor/WordDiff.h"
#include "storage/ReportDocument.h"
#include "workflow/ReviewTarget.h"

#include <QDialogButtonBox>
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
QString plain(const QJsonValue& v)
{
    const QString text = FieldLabel::fullText(v);
    return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(ReviewDialog::tr("(nothing)"))
                          : text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
bool bothText(const QJsonValue& a, const QJsonValue& b)
{
    return (a.isString() || a.isNull() || a.isUndefined()) && (b.isString() || b.isNull() || b.isUndefined());
}
} // namespace

ReviewDialog::ReviewDialog(const MergePlan& plan, const ReportDocument& doc, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_model(new ReviewModel(plan, doc.report(), this)),
      m_heading(new QLabel(this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_details(new QTextBrowser(this))
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

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
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

void ReviewDialog::updateSummary()
{
    const MergePlan& p = m_model->plan();
    const int changes = p.count(MergeItem::Kind::Change);
    const int accepted = changes - int(m_model->rejected().size());
    const int conflicts = p.count(MergeItem::Kind::Conflict);
    const int taken = int(m_model->takeReturned().size());
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

void ReviewDialog::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->setHtml(m_model->rowCount() == 0 ? tr("<p>No field came back different.</p>") : QString());
        return;
    }
    const MergeItem& i = m_model->item(row);
    QString html = QStringLiteral("<h3>%1</h3>").arg(m_model->fieldLabel(row).toHtmlEscaped());
    const bool text = bothText(i.requested, i.returned) && bothText(i.current, i.returned);
    switch (i.kind) {
    case MergeItem::Kind::Change:
        html += block(tr("In the report now"), plain(i.current)) + block(tr("Came back"), plain(i.returned));
        if (text)
            html += block(tr("Differences"),
                          WordDiff::html(FieldLabel::fullText(i.current), FieldLabel::fullText(i.returned)));
        break;
    case MergeItem::Kind::Conflict:
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(
                    tr("Both sides changed this after the request was sent. The report's version stays until "
                       "you choose to take the returned one.")
                        .toHtmlEscaped());
        html += block(tr("As sent"), plain(i.requested)) + block(tr("As returned"), plain(i.returned)) +
                block(tr("As it is now"), plain(i.current));
        if (text) {
            html +=
                block(tr("What the contributor changed"),
                      WordDiff::html(FieldLabel::fullText(i.requested), FieldLabel::fullText(i.returned)));
            html += block(tr("What changed here meanwhile"),
                          WordDiff::html(FieldLabel::fullText(i.requested), FieldLabel::fullText(i.current)));
        }
        break;
    case MergeItem::Kind::Refused:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This was not asked of %1, so it is not taken.")
                             .arg(ReviewTarget::entityName(m_doc.report(), m_model->plan().request.entity))
                             .toHtmlEscaped());
        html += block(tr("In the report now"), plain(i.current)) + block(tr("Came back"), plain(i.returned));
        break;
    }
    m_details->setHtml(html);
}

} // namespace cpc
