#include "support/IsolatedHome.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace cpc::test {

IsolatedHome::IsolatedHome() : m_root(QDir::tempPath() + QStringLiteral("/cpc-test-home-XXXXXX"))
{
    if (!m_root.isValid()) {
        std::fprintf(stderr, "cannot make a temporary home folder in %s\n", qPrintable(QDir::tempPath()));
        std::exit(2);
    }
    const struct {
        const char* variable;
        const char* folder;
    } places[] = {{"HOME", "home"},
                  {"XDG_CONFIG_HOME", "home/.config"},
                  {"XDG_DATA_HOME", "home/.local/share"},
                  {"XDG_CACHE_HOME", "home/.cache"},
                  {"XDG_STATE_HOME", "home/.local/state"},
                  {"XDG_RUNTIME_DIR", "runtime"}};
    for (const auto& p : places) {
        const QString path = m_root.filePath(QString::fromLatin1(p.folder));
        QDir().mkpath(path);
        qputenv(p.variable, QFile::encodeName(path));
    }
    // Qt ignores a runtime folder that others may enter.
    QFile::setPermissions(m_root.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace cpc::test
