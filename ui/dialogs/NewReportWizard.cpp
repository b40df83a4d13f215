#include "dialogs/NewReportWizard.h"

#include "common/FileDialog.h"
#include "common/UiLanguage.h"
#include "json/ReportJsonReader.h"
#include "settings/Preferences.h"
#include "storage/ReportDocument.h"
#include "util/ResourcePaths.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace cpc {

namespace {

BiText bi(const QJsonValue& v) { return BiText(v[QStringLiteral("en")].toString(), v[QStringLiteral("es")].toString()); }

Section section(const QString& id, const QString& kind, const BiText& title, int objective = 0)
{
    Section s;
    s.id = id;
    s.kind = kind;
    s.title = title;
    s.objective = objective;
    return s;
}

} // namespace

Report NewReportWizard::standardSkeleton()
{
    Report r;
    r.info.templateId = QStringLiteral("cpc-annual");
    r.info.partnership = BiText(QStringLiteral("U.S.–Colombia Child Protection Compact Partnership"),
                                QStringLiteral("Asociación del Pacto de Protección Infantil entre Estados Unidos y Colombia"));
    r.info.sourceLanguage = Language::Es;
    r.sections << section(QStringLiteral("executive-summary"), QStringLiteral("narrative"),
                          BiText(QStringLiteral("Executive summary"), QStringLiteral("Resumen ejecutivo")));
    const char* const en[] = {"Prevention", "Protection", "Prosecution", "Partnership"};
    const char* const es[] = {"Prevención", "Protección", "Judicialización", "Alianzas"};
    for (int o = 1; o <= 4; ++o)
        r.sections << section(QStringLiteral("objective-%1").arg(o), QStringLiteral("objective"),
                              BiText(QStringLiteral("Objective %1: %2").arg(o).arg(QLatin1String(en[o - 1])),
                                     QStringLiteral("Objetivo %1: %2").arg(o).arg(QString::fromUtf8(es[o - 1]))),
                              o);
    r.sections << section(QStringLiteral("recommendations"), QStringLiteral("recommendations"),
                          BiText(QStringLiteral("Recommendations for further assistance"),
                                 QStringLiteral("Recomendaciones de asistencia adicional")));
    r.sections << section(QStringLiteral("sustainability"), QStringLiteral("sustainability"),
                          BiText(QStringLiteral("Sustainability"), QStringLiteral("Sostenibilidad")));
    r.sections << section(QStringLiteral("areas-for-improvement"), QStringLiteral("areas_for_improvement"),
                          BiText(QStringLiteral("Areas for improvement"), QStringLiteral("Áreas de mejora")));
    r.sections << section(QStringLiteral("indicators"), QStringLiteral("indicators"),
                          BiText(QStringLiteral("Performance indicators"), QStringLiteral("Indicadores de desempeño")));
    return r;
}

QList<QPair<QString, QString>> NewReportWizard::availableTemplates()
{
    QList<QPair<QString, QString>> out;
    const QString dir = ResourcePaths::file(QStringLiteral("templates"));
    if (dir.isEmpty()) return out;
    for (const QFileInfo& f : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(f.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        const BiText name = bi(o.value(QStringLiteral("name")));
        const QString shown = UiLanguage::pick(name.en(), name.es());
        out << qMakePair(f.absoluteFilePath(), shown.isEmpty() ? f.completeBaseName() : shown);
    }
    return out;
}

NewReportWizard::NewReportWizard(QWidget* parent)
    : QWizard(parent), m_template(new QComboBox), m_lastYear(new QLineEdit), m_year(new QSpinBox), m_start(new QDateEdit),
      m_end(new QDateEdit)
{
    setWindowTitle(tr("New Report"));
    setOption(QWizard::NoBackButtonOnStartPage);

    auto* first = new QWizardPage;
    first->setTitle(tr("What the report follows"));
    first->setSubTitle(tr("Choose the template agreed for the partnership, or start from last year's report."));
    for (const auto& [path, name] : availableTemplates()) m_template->addItem(name, path);
    m_template->addItem(tr("Standard CPC annual report"), QString());
    m_template->setAccessibleName(tr("Template"));
    m_lastYear->setPlaceholderText(tr("(optional) last year's .cpcreport file"));
    m_lastYear->setAccessibleName(tr("Last year's report"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = FileDialog::openFileName(this, tr("Last Year's Report"), QString(), FileDialog::reportFilter());
        if (!p.isEmpty()) setLastYearFile(p);
    });
    auto* lastRow = new QHBoxLayout;
    lastRow->addWidget(m_lastYear, 1);
    lastRow->addWidget(browse);
    auto* f1 = new QFormLayout(first);
    f1->addRow(tr("&Template:"), m_template);
    // A label beside a layout has no buddy, and would show its '&': give it the line edit.
    auto* lastLabel = new QLabel(tr("Start from &last year:"));
    lastLabel->setBuddy(m_lastYear);
    f1->addRow(lastLabel, lastRow);

    auto* second = new QWizardPage;
    second->setTitle(tr("Reporting year and period"));
    second->setSubTitle(tr("Year 1 is the first year after the partnership was signed."));
    m_year->setRange(1, 20);
    m_year->setAccessibleName(tr("Reporting year"));
    for (QDateEdit* d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setAccessibleName(tr("Period start"));
    m_end->setAccessibleName(tr("Period end"));
    m_start->setDate(QDate(QDate::currentDate().year() - 1, 10, 1));
    connect(m_year, &QSpinBox::valueChanged, this, &NewReportWizard::updatePeriod);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& d) { m_end->setDate(d.addYears(1).addDays(-1)); });
    auto* f2 = new QFormLayout(second);
    f2->addRow(tr("Reporting &year:"), m_year);
    f2->addRow(tr("Period &starts:"), m_start);
    f2->addRow(tr("Period &ends:"), m_end);
    addPage(first);
    addPage(second);
    updatePeriod();
}

void NewReportWizard::setLastYearFile(const QString& path)
{
    m_lastYear->setText(path);
    auto old = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    if (!old) return;
    const ReportInfo& info = old.value()->report().info;
    m_year->setValue(info.reportingYear + 1);
    const QDate start = QDate::fromString(info.periodStart, Qt::ISODate);
    if (start.isValid()) m_start->setDate(start.addYears(1));
}

void NewReportWizard::setReportingYear(int year) { m_year->setValue(year); }

void NewReportWizard::updatePeriod() { m_end->setDate(m_start->date().addYears(1).addDays(-1)); }

Result<Report> NewReportWizard::buildReport(QByteArray* templateJson) const
{
    Report r;
    const QString lastYear = m_lastYear->text().trimmed();
    if (!lastYear.isEmpty()) {
        auto old = ReportDocument::open(lastYear, ReportDocument::Mode::ReadOnly);
        if (!old) return old.error();
        r = old.value()->report();
        *templateJson = old.value()->templateJson();
        // Last year's words stay beside each narrative as the previous version; this year starts empty.
        for (Section& s : r.sections) {
            const BiText body = s.body;
            s.body = BiText();
            s.body.setPrevious(body.en(), body.es());
            s.review = Workflow{};
            for (Activity& a : s.activities) {
                const BiText was = a.body;
                a.body = BiText();
                a.body.setPrevious(was.en(), was.es());
                a.review = Workflow{};
            }
        }
        r.comments.clear();
    } else {
        const QString path = m_template->currentData().toString();
        r = standardSkeleton();
        if (!path.isEmpty()) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error{tr("the template could not be read"), path, Error::Kind::Failed};
            *templateJson = f.readAll();
            const QJsonObject t = QJsonDocument::fromJson(*templateJson).object();
            if (t.isEmpty()) return Error{tr("the template is not valid JSON"), path};
            r.info.templateId = t.value(QStringLiteral("id")).toString(r.info.templateId);
            if (t.contains(QStringLiteral("partnership"))) r.info.partnership = bi(t.value(QStringLiteral("partnership")));
            r.info.preparedBy = t.value(QStringLiteral("prepared_by")).toString();
            const QJsonArray entities = t.value(QStringLiteral("entities")).toArray();
            for (int i = 0; i < entities.size(); ++i) {
                auto e = ReportJsonReader::readEntity(entities[i], QStringLiteral("entities[%1]").arg(i));
                if (!e) return Error{e.error().message, path + QStringLiteral(": ") + e.error().where};
                r.entities << e.value();
            }
            const QJsonArray sections = t.value(QStringLiteral("sections")).toArray();
            if (!sections.isEmpty()) r.sections.clear();
            for (const QJsonValue& v : sections) {
                Section s = section(v[QStringLiteral("id")].toString(), v[QStringLiteral("kind")].toString(),
                                    bi(v[QStringLiteral("title")]), v[QStringLiteral("objective")].toInt());
                for (const QJsonValue& a : v[QStringLiteral("assigned_to")].toArray()) s.assignedTo << a.toString();
                r.sections << s;
            }
        }
    }
    r.info.reportingYear = m_year->value();
    r.info.periodStart = m_start->date().toString(Qt::ISODate);
    r.info.periodEnd = m_end->date().toString(Qt::ISODate);
    const int calendarYear = m_end->date().year();
    r.info.title = BiText(QStringLiteral("Annual Report %1").arg(calendarYear), QStringLiteral("Informe anual %1").arg(calendarYear));
    return r;
}

Result<std::unique_ptr<ReportDocument>> NewReportWizard::createReport()
{
    QByteArray templateJson;
    Result<Report> report = buildReport(&templateJson);
    if (!report) return report.error();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(tr("CPC report year %1").arg(m_year->value()) + QStringLiteral(".cpcreport"));
    const QString path = FileDialog::saveFileName(parentWidget(), tr("Save the New Report"), suggested,
                                                  FileDialog::reportFilter(), QStringLiteral("cpcreport"));
    if (path.isEmpty()) return std::unique_ptr<ReportDocument>(); // the user cancelled
    if (QFileInfo::exists(path))
        return Error{tr("a file with this name already exists; choose another name"), path};
    return ReportDocument::create(path, report.value(), templateJson, Preferences::author());
}

} // namespace cpc
