#include "UiTestSupport.h"

#include "support/TestSupport.h"
#include "undo/EditSession.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTest>
#include <catch2/catch.hpp>

namespace cpc::test {

void makeSampleFile(const QString& path)
{
    auto doc = ReportDocument::create(path, sampleReport(), QByteArray(), QStringLiteral("test"));
    INFO((doc.ok() ? QString() : doc.error().toString()).toStdString());
    REQUIRE(doc.ok());
}

OpenSample::OpenSample() : path(dir.path(QStringLiteral("r.cpcreport")))
{
    makeSampleFile(path);
    REQUIRE(window.openFile(path));
}

Report reportInFile(const QString& path)
{
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    INFO((doc.ok() ? QString() : doc.error().toString()).toStdString());
    REQUIRE(doc.ok());
    return doc.value()->report();
}

void waitForCommit()
{
    QTest::qWait(EditSession::kDebounceMs + 250);
}

SpanishInterface::SpanishInterface()
{
    REQUIRE(m_ours.load(QStringLiteral(CPC_TEST_QM_DIR "/cpcreport_es.qm")));
    REQUIRE(m_qt.load(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&m_ours);
    QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));
}

SpanishInterface::~SpanishInterface()
{
    QLocale::setDefault(m_before);
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_ours);
}

} // namespace cpc::test
