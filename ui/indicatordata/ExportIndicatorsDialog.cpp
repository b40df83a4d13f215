#include "indicatordata/ExportIndicatorsDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/UiLanguage.h"
#include "export/CsvWriter.h"
#include "export/IndicatorTable.h"
#include "export/SuppressionPlan.h"
#include "export/XlsxWriter.h"
#include "storage/ReportDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpc {

ExportIndicatorsDialog::ExportIndicatorsDialog(ReportDocument* doc, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_format(new QComboBox(this)), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Export Indicator Data"));
    setObjectName(QStringLiteral("exportIndicatorsDialog"));
    m_format->addItem(tr("Excel workbook (XLSX)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV (comma- or semicolon-separated text)"), QStringLiteral("csv"));
    m_format->setAccessibleName(tr("Format"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setAccessibleName(tr("Language of headers and names"));
    m_language->setCurrentIndex(UiLanguage::current() == Language::Es ? 0 : 1);

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto* languageLabel = new QLabel(tr("&Language of headers:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    const SuppressionPlan plan(doc->report());
    auto* note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(plan.enabled()
                      ? tr("Small-number protection is on: counts of child victims from 1 to %1 are shown as "
                           "\"%2\", and "
                           "%n other cell(s) are hidden so they cannot be worked out. The report keeps the "
                           "real values.",
                           nullptr, plan.complementaryCount())
                            .arg(plan.threshold())
                            .arg(plan.primaryLabel())
                      : tr("Small-number protection is off: every value is written as it is in the report."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok, &QPushButton::clicked, this, &ExportIndicatorsDialog::chooseAndExport);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool ExportIndicatorsDialog::xlsx() const
{
    return m_format->currentData().toString() == QLatin1String("xlsx");
}

Language ExportIndicatorsDialog::language() const
{
    return m_language->currentData().toString() == QLatin1String("es") ? Language::Es : Language::En;
}

Status ExportIndicatorsDialog::exportTo(const QString& path)
{
    const Report& report = m_doc->report();
    const IndicatorTable table = IndicatorTable::build(report, language(), SuppressionPlan(report));
    return xlsx() ? XlsxWriter::write(path, table, {m_doc->path()})
                  : CsvWriter::write(path, table.combined(), language(), table.note, {m_doc->path()});
}

void ExportIndicatorsDialog::chooseAndExport()
{
    const QString suffix = xlsx() ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString base = QFileInfo(m_doc->path()).completeBaseName();
    const QString dir = QFileInfo(m_doc->path()).absolutePath();
    const QString suggested = QDir(dir).filePath(tr("%1 indicators").arg(base) + QLatin1Char('.') + suffix);
    const QString filter = xlsx() ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString path =
        FileDialog::saveFileName(this, tr("Export Indicator Data"), suggested, filter, suffix);
    if (path.isEmpty()) return;
    if (const Status s = exportTo(path); !s) {
        MessageBox::warning(this, tr("Export Indicator Data"),
                            tr("The indicator data could not be written: %1").arg(s.error().toString()));
        return;
    }
    accept();
}

} // namespace cpc
