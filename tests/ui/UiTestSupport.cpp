#include "UiTestSupport.h"

#include "support/TestSupport.h"
#include "undo/EditSession.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace cpc::test {

void makeSampleFile(const QString& path)
{
    auto doc = ReportDocument::create(path, sampleReport(), QByteArray(), QStringLiteral("test"));
    INFO((doc.ok() ? QString() : doc.error().toString()).toStdString());
    REQUIRE(doc.ok());
}

Report reportInFile(const QString& path)
{
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    INFO((doc.ok() ? QString() : doc.error().toString()).toStdString());
    REQUIRE(doc.ok());
    return doc.value()->report();
}

void waitForCommit() { QTest::qWait(EditSession::kDebounceMs + 250); }

} // namespace cpc::test
