#pragma once

namespace cpc {

class WindowShell;

// Contributions and review in the window: the Review menu (request a contribution, merge one back), the
// Review, Comments and History panels, the contribution banner and the locking of approved and
// out-of-scope parts. One call from installWindowFeatures.
void installContributions(WindowShell& window);

} // namespace cpc
