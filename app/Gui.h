#pragma once

namespace cpc {

// Starts the authoring window (QApplication, translations, preferences, the file named on the command
// line or the first-run choice) and runs its event loop. Returns the exit code.
int runGui(int argc, char** argv);

} // namespace cpc
