#include "settings/PreferencesDialog.h"

#include "UiTestSupport.h"
#include "common/MessageBox.h"
#include "settings/Identity.h"
#include "settings/Preferences.h"
#include "spelling/ReportSpelling.h"
#include "support/TestSupport.h"
#include "window/MainWindow.h"
#include "window/RecentFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("Preferences show what is set and keep what the user chooses", "[window][preferences]")
{
    Preferences::interfaceLanguage().set(QStringLiteral("system"));
    Preferences::userName().set(QStringLiteral("Ana Pérez"));
    Preferences::userEntity().set(QStringLiteral("MOI"));
    Preferences::paperSize().set(QStringLiteral("letter"));
    Preferences::spellingLanguages().set({QStringLiteral("es"), QStringLiteral("en")});

    const Report report = test::sampleReport();
    PreferencesDialog d(&report);
    auto* language = d.findChild<QComboBox*>(QStringLiteral("interfaceLanguage"));
    auto* name = d.findChild<QLineEdit*>(QStringLiteral("userName"));
    auto* entity = d.findChild<QComboBox*>(QStringLiteral("userEntity"));
    auto* paper = d.findChild<QComboBox*>(QStringLiteral("paperSize"));
    auto* spellEn = d.findChild<QCheckBox*>(QStringLiteral("spellEn"));
    auto* spellEs = d.findChild<QCheckBox*>(QStringLiteral("spellEs"));
    REQUIRE((language && name && entity && paper && spellEn && spellEs));
    CHECK(name->text() == QStringLiteral("Ana Pérez"));
    CHECK(entity->currentData().toString() == QStringLiteral("MOI"));
    CHECK(paper->currentData().toString() == QStringLiteral("letter"));
    CHECK(spellEn->isChecked());
    CHECK(spellEs->isChecked());
    d.show();
    d.grab().save(QStringLiteral("/tmp/helpers/shots-uicheck/preferences.png"));

    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    name->setText(QStringLiteral("  Luis Gómez "));
    entity->setCurrentIndex(entity->findData(QStringLiteral("ICBF")));
    paper->setCurrentIndex(paper->findData(QStringLiteral("a4")));
    spellEn->setChecked(false);
    MessageBox::setNextAnswer(QMessageBox::Ok); // "applies at the next start"
    d.accept();
    CHECK(Preferences::interfaceLanguage().value() == QStringLiteral("es"));
    CHECK(Preferences::userName().value() == QStringLiteral("Luis Gómez"));
    CHECK(Preferences::userEntity().value() == QStringLiteral("ICBF"));
    CHECK(Identity::current().author() == QStringLiteral("Luis Gómez (ICBF)"));
    CHECK(Preferences::paperSize().value() == QStringLiteral("a4"));
    CHECK(Preferences::spellingLanguages().value() == QStringList{QStringLiteral("es")});
    CHECK(MessageBox::lastText().contains(QStringLiteral("next time")));

    for (const auto* s : {&Preferences::interfaceLanguage(), &Preferences::userName(),
                          &Preferences::userEntity(), &Preferences::paperSize()})
        s->reset();
    Preferences::spellingLanguages().reset();
}

TEST_CASE("Spelling languages chosen in Preferences apply to open windows at once",
          "[window][preferences][spelling]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    auto* spelling = w.findChild<ReportSpelling*>();
    REQUIRE(spelling);
    for (int i = 0; i < 600 && !spelling->isReady(); ++i)
        QTest::qWait(100);
    REQUIRE(spelling->isReady());
    CHECK(spelling->isEnabled(Language::En));
    CHECK(spelling->isEnabled(Language::Es));

    PreferencesDialog d(&w.document()->report());
    d.findChild<QCheckBox*>(QStringLiteral("spellEn"))->setChecked(false);
    d.accept();
    CHECK_FALSE(spelling->isEnabled(Language::En));
    CHECK(spelling->isEnabled(Language::Es));
    CHECK(spelling->misspelled(QStringLiteral("We recieve"), Language::En).isEmpty());
    Preferences::spellingLanguages().reset();
}

TEST_CASE("The recent files keep the newest first, only files that exist, and at most eight",
          "[window][preferences][recent]")
{
    test::TempDir dir;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << dir.path(QStringLiteral("r%1.cpcreport").arg(i));
        test::writeFile(paths.last(), "x");
    }
    for (const QString& p : paths)
        RecentFiles::add(p);
    QStringList list = RecentFiles::list();
    REQUIRE(list.size() == RecentFiles::kMost);
    CHECK(list.first() == QFileInfo(paths.last()).absoluteFilePath());

    // Opening one again brings it to the front; a file that is gone is dropped at the next addition.
    QFile::remove(paths.at(8));
    RecentFiles::add(paths.at(5));
    list = RecentFiles::list();
    CHECK(list.first() == QFileInfo(paths.at(5)).absoluteFilePath());
    CHECK_FALSE(list.contains(QFileInfo(paths.at(8)).absoluteFilePath()));
    CHECK(list.count(QFileInfo(paths.at(5)).absoluteFilePath()) == 1);
}
