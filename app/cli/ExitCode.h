#pragma once

namespace cpc::cli {

// The exit codes of ../shared/spec/cli.md.
enum ExitCode : int {
    Done = 0,     // done (check: ready; merge: no conflicts)
    Findings = 1, // done, with findings or conflicts
    BadInput = 2, // bad usage or bad input; nothing changed
    Failed = 3,   // failed for another reason (disk, lock); nothing half-written
};

} // namespace cpc::cli
