#include "contributions/RequestDialog.h"

#include "common/EntityLabel.h"
#include "common/FileDialog.h"
#include "merge/ContributionScope.h"
#include "navigator/ReviewTarget.h"
#include "settings/Identity.h"
#include "storage/ReportDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace cpc {

RequestDialog::RequestDialog(ReportDocument& doc, const QString& entity, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_entity(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_hasDue(new QCheckBox(tr("&Due by:"), this)), m_due(new QDateEdit(this)),
      m_output(new QLineEdit(this)), m_parts(new QListWidget(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Request Contribution"));
    const Report& r = doc.report();
    int firstWithParts = -1, preferred = -1;
    for (const Entity& e : r.entities) {
        const ContributionScope scope(r, e.id);
        const int parts =
            int(scope.sections().size() + scope.activities().size() + scope.indicators().size());
        m_entity->addItem(
            tr("%1 (%n part(s) assigned)", nullptr, parts).arg(ReviewTarget::entityName(r, e.id)), e.id);
        // An entity with nothing assigned has nothing to write: offer it, greyed out, so the user sees why.
        if (parts == 0) {
            if (auto* model = qobject_cast<QStandardItemModel*>(m_entity->model()))
                model->item(m_entity->count() - 1)->setEnabled(false);
        } else {
            if (firstWithParts < 0) firstWithParts = m_entity->count() - 1;
            if (e.id == entity) preferred = m_entity->count() - 1;
        }
    }
    if (preferred >= 0)
        m_entity->setCurrentIndex(preferred);
    else if (firstWithParts >= 0)
        m_entity->setCurrentIndex(firstWithParts);
    m_parts->setObjectName(QStringLiteral("requestParts"));
    m_parts->setAccessibleName(tr("Parts open for writing"));
    m_parts->setSelectionMode(QAbstractItemView::NoSelection);
    m_parts->setFocusPolicy(Qt::NoFocus);
    m_parts->setMaximumHeight(m_parts->fontMetrics().lineSpacing() * 7);
    m_note->setPlaceholderText(tr("What is asked, in a sentence or two"));
    m_note->setAccessibleName(tr("Note to the contributor"));
    m_note->setTabChangesFocus(true);
    m_hasDue->setChecked(true);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(QDate::currentDate().addDays(21));
    m_due->setAccessibleName(tr("Due date"));
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_output->setAccessibleName(tr("Contribution file"));
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_outputEdited = true; });
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    connect(browse, &QPushButton::clicked, this, &RequestDialog::chooseOutput);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &RequestDialog::suggestOutput);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &RequestDialog::listParts);
    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write Request"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestDialog::createRequest);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro =
        new QLabel(tr("The contributor gets a copy of the whole report for context, with only their "
                      "assigned parts open for writing. Send them the file; merge it when it comes back."),
                   this);
    intro->setWordWrap(true);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Entity:"), m_entity);
    form->addRow(tr("Open for writing:"), m_parts);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_hasDue, m_due);
    // A row whose field is a layout gets no buddy of its own: without one the "&" would show literally.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_output);
    form->addRow(fileLabel, outputRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(600, 460);
    suggestOutput();
    listParts();
}

QString RequestDialog::suggestedFileName(const Report& report, const QString& entity)
{
    // A file name is short: the entity's acronym (its full name is in the file).
    QString name = tr("Contribution from %1 – CPC report year %2")
                       .arg(EntityLabel::shortOf(report, entity))
                       .arg(report.info.reportingYear);
    // Whatever a file system would refuse or read as a folder.
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|])"));
    name.replace(unsafe, QStringLiteral("-"));
    return name + QStringLiteral(".cpcreport");
}

void RequestDialog::suggestOutput()
{
    if (m_outputEdited) return;
    const QFileInfo report(m_doc.path());
    const QString name = suggestedFileName(m_doc.report(), m_entity->currentData().toString());
    m_output->setText(QDir::toNativeSeparators(report.dir().filePath(name)));
}

void RequestDialog::listParts()
{
    m_parts->clear();
    const Report& r = m_doc.report();
    const ContributionScope scope(r, m_entity->currentData().toString());
    auto add = [&](NodeKind kind, const QString& id) {
        if (const auto target = ReviewTarget::of(NavNode{kind, id}, r)) m_parts->addItem(target->title);
    };
    // In the report's order, as the navigator shows them.
    for (const Section& s : r.sections) {
        if (scope.sections().contains(s.id)) add(NodeKind::Section, s.id);
        for (const Activity& a : s.activities)
            if (scope.activities().contains(a.id)) add(NodeKind::Activity, a.id);
    }
    for (const Indicator& i : r.indicators)
        if (scope.indicators().contains(i.id)) add(NodeKind::Indicator, i.id);
    if (m_parts->count() == 0) m_parts->addItem(tr("Nothing is assigned to this entity yet."));
}

void RequestDialog::chooseOutput()
{
    const QString path = FileDialog::saveFileName(this, tr("Contribution File"), m_output->text(),
                                                  FileDialog::reportFilter(), QStringLiteral("cpcreport"));
    if (path.isEmpty()) return;
    m_output->setText(QDir::toNativeSeparators(path));
    m_outputEdited = true;
}

bool RequestDialog::createRequest()
{
    const QString out = QDir::fromNativeSeparators(m_output->text().trimmed());
    if (out.isEmpty()) {
        m_error->setText(tr("Choose where to write the contribution file."));
        m_error->show();
        return false;
    }
    const QString due = m_hasDue->isChecked() ? m_due->date().toString(Qt::ISODate) : QString();
    auto created =
        ContributionRequest::create(m_doc, m_entity->currentData().toString(), out,
                                    m_note->toPlainText().trimmed(), due, Identity::current().author());
    if (!created) {
        m_error->setText(tr("The request was not written: %1").arg(created.error().toString()));
        m_error->show();
        return false;
    }
    m_created = created.take();
    accept();
    return true;
}

} // namespace cpc
