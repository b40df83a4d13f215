#include "indicatordata/ImportIndicatorsDialog.h"

#include "common/FileDialog.h"
#include "import/XlsxReader.h"
#include "indicatordata/ImportPlanModels.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"
#include "util/Limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cpc {

namespace {

QTableView* tableFor(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    return view;
}

} // namespace

ImportIndicatorsDialog::ImportIndicatorsDialog(ReportDocument* doc, EditSession* session, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_session(session), m_file(new QLineEdit(this)),
      m_sheet(new QComboBox(this)), m_sheetLabel(new QLabel(tr("&Sheet:"), this)), m_year(new QSpinBox(this)),
      m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)), m_changes(new ImportChangesModel(this)),
      m_errors(new ImportErrorsModel(this))
{
    setWindowTitle(tr("Import Indicator Data"));
    setObjectName(QStringLiteral("importIndicatorsDialog"));
    resize(860, 560);

    m_file->setReadOnly(true);
    m_file->setAccessibleName(tr("Data file"));
    m_file->setPlaceholderText(tr("a CSV or XLSX file, one row per indicator and year"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportIndicatorsDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_sheet->setAccessibleName(tr("Sheet"));
    m_sheetLabel->setBuddy(m_sheet);
    connect(m_sheet, &QComboBox::activated, this, &ImportIndicatorsDialog::replan);
    m_year->setRange(0, Limits::kMaxYear);
    m_year->setSpecialValueText(tr("as given in the file"));
    m_year->setAccessibleName(tr("Year for rows without one"));
    connect(m_year, &QSpinBox::valueChanged, this, &ImportIndicatorsDialog::replan);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    form->addRow(m_sheetLabel, m_sheet);
    auto* yearLabel = new QLabel(tr("&Year for rows without one:"), this);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, m_year);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_changesView = tableFor(m_changes, tr("Values that will change"), this);
    m_errorsView = tableFor(m_errors, tr("Rows that cannot be imported"), this);
    m_tabs->addTab(m_changesView, tr("Changes"));
    m_tabs->addTab(m_errorsView, tr("Problems"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow()) accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    m_sheet->setVisible(false);
    m_sheetLabel->setVisible(false);
    m_summary->setText(tr("Choose the file to import. Nothing changes until you press Import."));
}

void ImportIndicatorsDialog::browse()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = FileDialog::openFileName(
        this, tr("Import Indicator Data"), dir,
        tr("Indicator data (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (!path.isEmpty()) setFile(path);
}

void ImportIndicatorsDialog::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_bytes.clear();
    m_readError.clear();
    const QFileInfo info(path);
    QFile f(path);
    if (!info.isFile())
        m_readError = tr("the file does not exist");
    else if (info.size() > IndicatorImport::kMaxFileBytes)
        m_readError = tr("the file is too large (at most %1 MB)").arg(IndicatorImport::kMaxFileBytes >> 20);
    else if (!f.open(QIODevice::ReadOnly))
        m_readError = tr("the file cannot be read (%1)").arg(f.errorString());
    else
        m_bytes = f.readAll();

    m_sheet->clear();
    const bool xlsx = XlsxReader::looksLikeZip(m_bytes);
    if (xlsx) {
        // A damaged workbook gets no list here; planning the import names what is wrong with it.
        if (const auto names = XlsxReader::sheetNames(m_bytes, info.fileName()))
            m_sheet->addItems(names.value());
    }
    m_sheet->setVisible(xlsx);
    m_sheetLabel->setVisible(xlsx);
    replan();
}

void ImportIndicatorsDialog::setSheet(const QString& sheet)
{
    m_sheet->setCurrentIndex(m_sheet->findText(sheet));
    replan();
}

void ImportIndicatorsDialog::setYear(int year)
{
    m_year->setValue(year);
}

void ImportIndicatorsDialog::replan()
{
    if (m_path.isEmpty()) return;
    const QString fileName = QFileInfo(m_path).fileName();
    if (!m_readError.isEmpty()) {
        m_plan = ImportPlan{};
        m_plan.errors.append(Error{m_readError, fileName});
    } else {
        IndicatorImport::Options options;
        if (m_year->value() > 0) options.year = m_year->value();
        options.sheet = m_sheet->count() ? m_sheet->currentText() : QString();
        m_plan = IndicatorImport::fromBytes(m_doc->report(), m_bytes, fileName, options);
    }
    m_changes->setItems(m_plan.preview, m_doc->report());
    m_errors->setErrors(m_plan.errors, fileName);
    for (QTableView* v : {m_changesView, m_errorsView})
        v->resizeColumnsToContents();

    m_tabs->setTabText(0, tr("Changes (%1)").arg(m_plan.preview.size()));
    m_tabs->setTabText(1, tr("Problems (%1)").arg(m_plan.errorCount()));
    QString summary;
    if (!m_plan.ok()) {
        summary =
            tr("%n row(s) cannot be imported. Correct the file and choose it again; nothing will be imported "
               "until every row is right.",
               nullptr, m_plan.errorCount());
        m_tabs->setCurrentIndex(1);
    } else {
        summary = tr("Read %1.").arg(m_plan.format) + QLatin1Char(' ') +
                  tr("%n value(s) will change", nullptr, int(m_plan.preview.size())) + QStringLiteral("; ") +
                  tr("%n already as in the file", nullptr, m_plan.unchanged) + QLatin1Char('.');
        if (!m_plan.ignoredColumns.isEmpty())
            summary += QLatin1Char(' ') +
                       tr("Ignored columns: %1.").arg(m_plan.ignoredColumns.join(QStringLiteral(", ")));
        m_tabs->setCurrentIndex(0);
    }
    m_summary->setText(summary);
    m_import->setEnabled(m_plan.ok() && !m_plan.preview.isEmpty() && !m_doc->isReadOnly());
}

bool ImportIndicatorsDialog::importNow()
{
    if (!m_plan.ok() || m_plan.preview.isEmpty()) return false;
    return m_session->edit(m_plan.changes.changes,
                           tr("Import indicator data from %1").arg(QFileInfo(m_path).fileName()));
}

} // namespace cpc
