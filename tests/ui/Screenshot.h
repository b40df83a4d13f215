#pragma once

#include <QString>

class QWidget;

namespace cpc::test {

// Saves a picture of `w` as NAME.png in the folder named by CPC_SHOTS_DIR, when that is set, for people
// to look at the pages as they are drawn offscreen; does nothing otherwise.
void saveScreenshot(QWidget* w, const QString& name);

} // namespace cpc::test
