#pragma once

#include <QCoreApplication>
#include <QString>

namespace cpc {

// What an operating-system error number means, in words a coordinator understands ("the disk is full"),
// in the interface language. strerror() would say "No space left on device" in English, or "Unknown
// error" when Qt lost the number.
class SystemError {
    Q_DECLARE_TR_FUNCTIONS(cpc::SystemError)
public:
    static QString describe(int errorNumber);
};

} // namespace cpc
