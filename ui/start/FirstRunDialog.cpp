#include "start/FirstRunDialog.h"

#include "settings/Identity.h"
#include "settings/IdentityForm.h"
#include "storage/ReportDocument.h"
#include "template/ReportCreator.h"
#include "util/ResourcePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cpc {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent), m_identity(new IdentityForm(IdentityForm::knownEntities(nullptr), this))
{
    setWindowTitle(tr("Welcome to CPC Report Studio"));
    auto* text =
        new QLabel(tr("CPC Report Studio helps you write the annual report of the CPC Partnership in Spanish "
                      "and English. Everything you type is saved at once."),
                   this);
    text->setWordWrap(true);
    auto* who =
        new QLabel(tr("Who are you? Your name and entity are recorded with each change you make, so that "
                      "everyone can see who wrote what. You can leave them empty and set them later in "
                      "Preferences."),
                   this);
    who->setWordWrap(true);
    auto* begin = new QLabel(tr("How would you like to begin?"), this);
    auto* sample = new QPushButton(tr("Explore the &sample report"), this);
    auto* create = new QPushButton(tr("Start a &new report"), this);
    auto* later = new QPushButton(tr("&Later"), this);
    sample->setDefault(true);
    connect(sample, &QPushButton::clicked, this, [this] {
        m_choice = OpenSample;
        accept();
    });
    connect(create, &QPushButton::clicked, this, [this] {
        m_choice = NewReport;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(who);
    layout->addWidget(m_identity);
    layout->addSpacing(8);
    layout->addWidget(begin);
    layout->addWidget(sample);
    layout->addWidget(create);
    layout->addWidget(later);
    setMinimumWidth(440);
}

void FirstRunDialog::done(int result)
{
    // Whichever way the dialog closes, what the user typed about themselves is kept; nothing typed
    // leaves the identity unset (the question is skippable).
    if (const Identity identity = m_identity->identity(); !identity.isEmpty()) identity.save();
    QDialog::done(result);
}

Result<QString> FirstRunDialog::makeSample(const QString& folder)
{
    const QString source = ResourcePaths::file(QStringLiteral("samples/sample-report.json"));
    if (source.isEmpty())
        return Error{tr("the sample report is not installed"), QStringLiteral("samples/sample-report.json"),
                     Error::Kind::Failed};
    const QString dir =
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(tr("CPC sample report") + QStringLiteral(".cpcreport"));
    if (QFileInfo::exists(target)) return target;
    QFile f(source);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("the sample report could not be read"), source, Error::Kind::Failed};
    // The same service as File > New Report and `cpcreport new --from-json`.
    Result<ReportStart> start = ReportCreator::fromJson(f.readAll(), source);
    if (!start) return start.error();
    auto doc = ReportCreator::create(target, start.value(), Identity::current().author());
    if (!doc) return doc.error();
    return target;
}

} // namespace cpc
