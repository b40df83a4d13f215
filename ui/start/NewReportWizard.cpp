#include "start/NewReportWizard.h"

#include "common/FileDialog.h"
#include "common/UiLanguage.h"
#include "settings/Identity.h"
#include "storage/ReportDocument.h"
#include "template/TemplateLibrary.h"
#include "util/Limits.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace cpc {

namespace {

QString shownDate(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QString();
}

} // namespace

NewReportWizard::NewReportWizard(QWidget* parent)
    : QWizard(parent), m_template(new QComboBox), m_lastYear(new QLineEdit), m_year(new QSpinBox),
      m_period(new QLabel), m_noTemplate(new QLabel)
{
    setWindowTitle(tr("New Report"));
    setOption(QWizard::NoBackButtonOnStartPage);

    auto* first = new QWizardPage;
    first->setTitle(tr("What the report follows"));
    first->setSubTitle(
        tr("Choose the template agreed for the partnership, or start from last year's report."));
    for (const TemplateListing& t : TemplateLibrary::available()) {
        const QString name = UiLanguage::pick(t.name.en(), t.name.es());
        m_template->addItem(name.isEmpty() ? t.id : name, t.path);
        m_template->setItemData(m_template->count() - 1, t.id, Qt::UserRole + 1);
    }
    m_template->setAccessibleName(tr("Template"));
    m_noTemplate->setWordWrap(true);
    m_noTemplate->setText(
        tr("No template is installed. Start from last year's report, or ask for the template "
           "agreed for the partnership and install it in Preferences."));
    m_noTemplate->setVisible(m_template->count() == 0);
    m_lastYear->setPlaceholderText(tr("(optional) last year's report"));
    m_lastYear->setAccessibleName(tr("Last year's report"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p =
            FileDialog::openFileName(this, tr("Last Year's Report"), QString(), FileDialog::reportFilter());
        if (!p.isEmpty()) setLastYearFile(p);
    });
    connect(m_lastYear, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_template->setEnabled(text.trimmed().isEmpty());
        m_year->setEnabled(text.trimmed().isEmpty());
        updatePeriod();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewReportWizard::updatePeriod);
    auto* lastRow = new QHBoxLayout;
    lastRow->addWidget(m_lastYear, 1);
    lastRow->addWidget(browse);
    auto* f1 = new QFormLayout(first);
    f1->addRow(tr("&Template:"), m_template);
    f1->addRow(m_noTemplate);
    // A label beside a layout has no buddy, and would show its '&': give it the line edit.
    auto* lastLabel = new QLabel(tr("Start from &last year:"));
    lastLabel->setBuddy(m_lastYear);
    f1->addRow(lastLabel, lastRow);

    auto* second = new QWizardPage;
    second->setTitle(tr("Reporting year"));
    second->setSubTitle(
        tr("Year 1 is the first year after the partnership was signed. The period follows from "
           "the template."));
    m_year->setRange(1, Limits::kMaxYear);
    m_year->setAccessibleName(tr("Reporting year"));
    m_period->setWordWrap(true);
    connect(m_year, &QSpinBox::valueChanged, this, &NewReportWizard::updatePeriod);
    auto* f2 = new QFormLayout(second);
    f2->addRow(tr("Reporting &year:"), m_year);
    f2->addRow(tr("Period:"), m_period);
    addPage(first);
    addPage(second);
    updatePeriod();
}

void NewReportWizard::setLastYearFile(const QString& path)
{
    m_lastYear->setText(path);
    auto old = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    if (old) m_year->setValue(old.value()->report().info.reportingYear + 1);
    updatePeriod();
}

void NewReportWizard::setReportingYear(int year)
{
    m_year->setValue(year);
}

bool NewReportWizard::setTemplateId(const QString& id)
{
    const int i = m_template->findData(id, Qt::UserRole + 1);
    if (i >= 0) m_template->setCurrentIndex(i);
    return i >= 0;
}

void NewReportWizard::updatePeriod()
{
    // The period shown is the one the report will have: worked out by the same service that makes it.
    Result<ReportStart> start = buildStart();
    if (!start) {
        m_period->setText(start.error().message);
        return;
    }
    const ReportInfo& info = start.value().report.info;
    const QString from = shownDate(info.periodStart), to = shownDate(info.periodEnd);
    m_period->setText(from.isEmpty() || to.isEmpty()
                          ? tr("not set by the template; enter it on the cover page")
                          : tr("%1 to %2").arg(from, to));
}

Result<ReportStart> NewReportWizard::buildStart() const
{
    const QString lastYear = m_lastYear->text().trimmed();
    if (!lastYear.isEmpty()) return ReportCreator::carryForward(lastYear);
    const QString path = m_template->currentData().toString();
    if (path.isEmpty()) return Error{tr("choose a template or last year's report"), QString()};
    return ReportCreator::fromTemplate(path, m_year->value());
}

Result<std::unique_ptr<ReportDocument>> NewReportWizard::createReport()
{
    Result<ReportStart> start = buildStart();
    if (!start) return start.error();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const int year = start.value().report.info.reportingYear;
    const QString suggested =
        QDir(dir).filePath(tr("CPC report year %1").arg(year) + QStringLiteral(".cpcreport"));
    const QString path = FileDialog::saveFileName(parentWidget(), tr("Save the New Report"), suggested,
                                                  FileDialog::reportFilter(), QStringLiteral("cpcreport"));
    if (path.isEmpty()) return std::unique_ptr<ReportDocument>(); // the user cancelled
    if (QFileInfo::exists(path))
        return Error{tr("a file with this name already exists; choose another name"), path};
    return ReportCreator::create(path, start.value(), Identity::current().author());
}

} // namespace cpc
