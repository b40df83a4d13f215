#pragma once

class QListView;

namespace cpc {

// A list of long names (entities, forms of trafficking) in a narrow column: each name wraps onto as many
// lines as it needs, so that it is read whole and the list never scrolls sideways.
class WrappingList {
public:
    static void apply(QListView* view);
};

} // namespace cpc
