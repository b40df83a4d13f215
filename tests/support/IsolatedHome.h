#pragma once

#include <QTemporaryDir>

namespace cpc::test {

// Gives the test process (and every program it starts) a home and XDG folders of its own, made fresh in
// a temporary folder and removed at the end. ctest runs test cases side by side and in any order: nothing
// one writes to the user's settings, data or cache folders may be seen by another, nor by the machine's
// real user. Construct it first thing in main(), before any Qt object.
class IsolatedHome {
public:
    IsolatedHome();
    IsolatedHome(const IsolatedHome&) = delete;
    IsolatedHome& operator=(const IsolatedHome&) = delete;

private:
    QTemporaryDir m_root;
};

} // namespace cpc::test
