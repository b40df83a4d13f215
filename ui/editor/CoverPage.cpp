#include "editor/CoverPage.h"

#include "common/UiLanguage.h"
#include "editor/BilingualEditor.h"
#include "editor/PageHeading.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"

#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cpc {

CoverPage::CoverPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_ctx(context), m_year(new QLabel(this)), m_period(new QLabel(this)),
      m_source(new QLabel(this)), m_preparedBy(new QLabel(this))
{
    setObjectName(QStringLiteral("page:report"));
    auto* heading = PageHeading::style(new QLabel(tr("Cover details"), this));

    auto* facts = new QFormLayout;
    facts->addRow(tr("Reporting year:"), m_year);
    facts->addRow(tr("Reporting period:"), m_period);
    facts->addRow(tr("Source language:"), m_source);
    facts->addRow(tr("Prepared by:"), m_preparedBy);
    for (QLabel* l : {m_year, m_period, m_source, m_preparedBy})
        l->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    auto* title = new BilingualEditor(context.session, Paths::text(FieldKind::ReportTitle), false, this);
    title->setLabel(tr("Report title"));
    auto* partnership =
        new BilingualEditor(context.session, Paths::text(FieldKind::ReportPartnership), false, this);
    partnership->setLabel(tr("Partnership"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(facts);
    layout->addWidget(title);
    layout->addWidget(partnership);
    layout->addStretch(1);
    connect(context.document, &ReportDocument::changed, this, &CoverPage::refresh);
    refresh();
}

void CoverPage::refresh()
{
    const ReportInfo& info = m_ctx.document->report().info;
    const QLocale l;
    m_year->setText(l.toString(info.reportingYear));
    const QDate start = QDate::fromString(info.periodStart, Qt::ISODate);
    const QDate end = QDate::fromString(info.periodEnd, Qt::ISODate);
    m_period->setText(
        start.isValid() && end.isValid()
            ? tr("%1 to %2").arg(l.toString(start, QLocale::LongFormat), l.toString(end, QLocale::LongFormat))
            : tr("not set"));
    m_source->setText(BilingualEditor::languageName(info.sourceLanguage));
    const Entity* e = m_ctx.document->report().entity(info.preparedBy);
    m_preparedBy->setText(e ? UiLanguage::pick(e->name.en(), e->name.es()) : info.preparedBy);
}

} // namespace cpc
