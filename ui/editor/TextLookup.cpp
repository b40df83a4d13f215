#include "editor/TextLookup.h"

#include "edit/ReportTexts.h"

namespace cpc {

std::optional<BiText> TextLookup::find(const Report& report, const FieldPath& path)
{
    std::optional<BiText> found;
    ReportTexts::forEach(report, [&](const FieldPath& p, const BiText& t) {
        if (!found && p == path) found = t;
    });
    return found;
}

} // namespace cpc
