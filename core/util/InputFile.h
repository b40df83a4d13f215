#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// What every reader asks of a file the user named before reading it: that it exists and is an ordinary
// file (a pipe or a device such as /dev/urandom would never end, and is not a saved file).
class InputFile {
    Q_DECLARE_TR_FUNCTIONS(cpc::InputFile)
public:
    // BadInput naming `path` when it does not exist, is a folder, or is not an ordinary file.
    static Status check(const QString& path);
};

} // namespace cpc
