#include "cli/Translations.h"

#include "settings/InterfaceLanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cpc::cli {

namespace {
QString g_current = QStringLiteral("en");

// Our own messages in `code` (cpcreport_<code>.qm, embedded in the program).
void installOurs(QCoreApplication* app, const QString& code)
{
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/cpcreport_%1.qm").arg(code))) app->installTranslator(ours);
}
} // namespace

void Translations::install(QCoreApplication* app)
{
    QString lang = qEnvironmentVariable("CPCREPORT_LANGUAGE");
    if (lang.isEmpty()) lang = InterfaceLanguage::setting().value();
    g_current = InterfaceLanguage::resolve(lang);
    if (g_current != QLatin1String("es")) return;

    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));
    installOurs(app, g_current);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
}

void Translations::installEnglishPlurals(QCoreApplication* app)
{
    if (g_current == QLatin1String("en")) installOurs(app, g_current);
}

QString Translations::current()
{
    return g_current;
}

} // namespace cpc::cli
