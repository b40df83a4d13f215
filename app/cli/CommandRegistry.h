#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace cpc::cli {

// Every subcommand, in the order `cpcreport --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace cpc::cli
