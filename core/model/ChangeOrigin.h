#pragma once

#include "model/Vocabulary.h"

namespace cpc {

// Where a recorded change came from; in the order of Vocabulary::changeOrigins(), which holds the words the
// history table keeps.
enum class ChangeOrigin { Edit, Apply, Import, Merge, Restore, Undo, Redo, New };

inline QString changeOriginId(ChangeOrigin o)
{
    return Vocabulary::word(Vocabulary::changeOrigins(), o);
}

inline std::optional<ChangeOrigin> changeOriginFromId(const QString& id)
{
    return Vocabulary::value<ChangeOrigin>(Vocabulary::changeOrigins(), id);
}

} // namespace cpc
