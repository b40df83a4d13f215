#include "settings/Identity.h"

#include "storage/FileLock.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

// The user's settings in a folder of the test's own, with the names the program uses; USER as given.
class IsolatedSettings {
public:
    explicit IsolatedSettings(const QByteArray& account)
        : m_user(qgetenv("USER")), m_logname(qgetenv("LOGNAME"))
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("cpcreport"));
        QCoreApplication::setApplicationName(QStringLiteral("cpcreport"));
        qputenv("USER", account);
        qunsetenv("LOGNAME");
    }
    ~IsolatedSettings()
    {
        qputenv("USER", m_user);
        qputenv("LOGNAME", m_logname);
    }
    IsolatedSettings(const IsolatedSettings&) = delete;
    IsolatedSettings& operator=(const IsolatedSettings&) = delete;

private:
    QTemporaryDir m_dir;
    QByteArray m_user, m_logname;
};

} // namespace

TEST_CASE("The identity is read and written with the keys the window and the command line share",
          "[identity]")
{
    IsolatedSettings settings("ana");
    CHECK(Identity::current().isEmpty());
    Identity{QStringLiteral("  Ana Pérez "), QStringLiteral(" MOI ")}.save();
    CHECK(QSettings().value(QStringLiteral("user/name")).toString() == QStringLiteral("Ana Pérez"));
    CHECK(QSettings().value(QStringLiteral("user/entity")).toString() == QStringLiteral("MOI"));
    CHECK(Identity::current() == Identity{QStringLiteral("Ana Pérez"), QStringLiteral("MOI")});

    // Clearing a part removes it, so that it reads as never set.
    Identity{QStringLiteral("Ana Pérez"), QString()}.save();
    CHECK_FALSE(QSettings().contains(QStringLiteral("user/entity")));
    CHECK(Identity::current().entity.isEmpty());
}

TEST_CASE("The author line names the person and the entity, the account standing in for a missing name",
          "[identity]")
{
    IsolatedSettings settings("ana");
    CHECK(Identity{QStringLiteral("Ana Pérez"), QStringLiteral("MOI")}.author() ==
          QStringLiteral("Ana Pérez (MOI)"));
    CHECK(Identity{QStringLiteral("Ana Pérez"), QString()}.author() == QStringLiteral("Ana Pérez"));
    CHECK(Identity{QString(), QStringLiteral("PADF")}.author() == QStringLiteral("ana (PADF)"));
    CHECK(Identity{}.author() == QStringLiteral("ana"));
    qunsetenv("USER");
    CHECK(Identity{QString(), QStringLiteral("PADF")}.author() == QStringLiteral("PADF"));
    CHECK(Identity{}.author().isEmpty());
}

TEST_CASE("The lock file names the holder through the same identity", "[identity][lock]")
{
    IsolatedSettings settings("ana");
    Identity{QStringLiteral("Luis Gómez"), QStringLiteral("ICBF")}.save();
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("r.cpcreport"));
    FileLock lock(report);
    REQUIRE(lock.tryLock());
    CHECK(FileLock::holder(report).startsWith(QStringLiteral("Luis Gómez (ICBF) on ")));
    CHECK(FileLock::describeSelf().startsWith(Identity::current().author() + QStringLiteral(" on ")));
}
