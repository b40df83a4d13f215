#pragma once

#include <QLocale>

namespace cpc::test {

// Sets the interface locale for one test and puts the previous one back afterwards.
class LocaleGuard {
public:
    explicit LocaleGuard(const QLocale& l) { QLocale::setDefault(l); }
    ~LocaleGuard() { QLocale::setDefault(m_old); }
    LocaleGuard(const LocaleGuard&) = delete;
    LocaleGuard& operator=(const LocaleGuard&) = delete;

private:
    QLocale m_old;
};

} // namespace cpc::test
