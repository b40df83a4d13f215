#include "UiTestSupport.h"
#include "help/UserGuideDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

QString firstHeading(const QTextDocument& doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 1) return b.text();
    return {};
}

QStringList headings(const QTextDocument& doc, int level)
{
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == level) out << b.text();
    return out;
}

UserGuideDialog* openGuideFromHelpMenu(MainWindow& w)
{
    QAction* guide = nullptr;
    for (QAction* a : w.helpMenu()->actions())
        if (a->objectName() == QLatin1String("actionGuide")) guide = a;
    REQUIRE(guide != nullptr);
    REQUIRE(guide->isEnabled());
    guide->trigger();
    auto* dialog = w.findChild<UserGuideDialog*>();
    REQUIRE(dialog != nullptr);
    return dialog;
}

// The pictures a guide file names, resolved against the file as a browser or the dialog would.
QStringList pictures(const QString& guideFile)
{
    QFile f(guideFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QStringList out;
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
    for (auto it = image.globalMatch(text); it.hasNext();)
        out << QFileInfo(guideFile).dir().filePath(it.next().captured(1));
    return out;
}

} // namespace

TEST_CASE("Help > User Guide opens the guide in English", "[guide]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow w;
    UserGuideDialog* dialog = openGuideFromHelpMenu(w);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isModal()); // the reader follows the steps in the window behind it
    CHECK(dialog->browser()->source().toLocalFile().endsWith(QStringLiteral("/en/index.md")));
    CHECK(firstHeading(*dialog->browser()->document()) == QStringLiteral("CPC Report Studio user guide"));
    CHECK(
        headings(*dialog->browser()->document(), 2).contains(QStringLiteral("5. Import the indicator data")));

    // Asking again brings the same window forward rather than stacking copies.
    openGuideFromHelpMenu(w);
    CHECK(w.findChildren<UserGuideDialog*>().size() == 1);
    QLocale::setDefault(before);
}

TEST_CASE("Help > User Guide opens the Spanish guide when the interface is Spanish", "[guide][i18n]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));
    {
        MainWindow w;
        UserGuideDialog* dialog = openGuideFromHelpMenu(w);
        CHECK(dialog->browser()->source().toLocalFile().endsWith(QStringLiteral("/es/index.md")));
        CHECK(firstHeading(*dialog->browser()->document()) ==
              QStringLiteral("Guía del usuario de CPC Report Studio"));
        CHECK(headings(*dialog->browser()->document(), 2)
                  .contains(QStringLiteral("5. Importar los datos de los indicadores")));
    }
    QLocale::setDefault(before);
}

TEST_CASE("Both guides have the same chapters and every picture they show exists", "[guide]")
{
    const QString en = UserGuideDialog::guideFile(Language::En);
    const QString es = UserGuideDialog::guideFile(Language::Es);
    REQUIRE_FALSE(en.isEmpty());
    REQUIRE(es.endsWith(QStringLiteral("/es/index.md")));
    QTextDocument enDoc, esDoc;
    QFile enFile(en), esFile(es);
    REQUIRE(enFile.open(QIODevice::ReadOnly));
    REQUIRE(esFile.open(QIODevice::ReadOnly));
    enDoc.setMarkdown(QString::fromUtf8(enFile.readAll()));
    esDoc.setMarkdown(QString::fromUtf8(esFile.readAll()));
    CHECK(headings(enDoc, 2).size() == headings(esDoc, 2).size());
    CHECK(headings(enDoc, 2).size() >= 7);

    for (const QString& guide : {en, es}) {
        const QStringList shown = pictures(guide);
        CHECK_FALSE(shown.isEmpty());
        for (const QString& p : shown) {
            INFO(p.toStdString());
            CHECK(QFileInfo(p).isFile());
        }
    }
}

TEST_CASE("The guide opens in the web browser with its pictures", "[guide]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow w;
    UserGuideDialog* dialog = openGuideFromHelpMenu(w);

    // A QTextBrowser stands in for the system's browser: it is given the URL and reads the page.
    QTextBrowser webBrowser;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &webBrowser, "setSource");
    dialog->browserButton()->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QLocale::setDefault(before);

    REQUIRE_FALSE(dialog->webPagePath().isEmpty());
    CHECK(webBrowser.source() == QUrl::fromLocalFile(dialog->webPagePath()));
    CHECK(webBrowser.toPlainText().contains(QStringLiteral("CPC Report Studio user guide")));

    QFile page(dialog->webPagePath());
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    CHECK(html.contains(QStringLiteral("<html lang=\"en\">")));
    CHECK(html.contains(QStringLiteral("<h1>CPC Report Studio user guide</h1>")));
    CHECK(html.contains(QStringLiteral("<table>"))); // the status table, not its Markdown source
    // The page lives in the cache folder; its <base> sends the pictures' relative paths back to the guide.
    static const QRegularExpression base(QStringLiteral("<base href=\"([^\"]+)\">"));
    static const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
    const QUrl baseUrl(base.match(html).captured(1));
    const QString src = img.match(html).captured(1);
    REQUIRE_FALSE(src.isEmpty());
    CHECK(QFileInfo(baseUrl.resolved(QUrl(src)).toLocalFile()).isFile());
}
