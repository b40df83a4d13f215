#pragma once

#include <QStringList>

namespace cpc {

// The reports opened last, newest first: File → Open Recent lists them and the program reopens the first
// when it starts without one. Only files that still exist are kept.
struct RecentFiles {
    static QStringList list();
    // Puts `path` first, keeping at most kMost existing files.
    static void add(const QString& path);
    static constexpr int kMost = 8;
};

} // namespace cpc
