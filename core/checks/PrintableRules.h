#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

// print.unshown_characters (warning): a text, name, dimension or category holds characters the PDF's
// fonts cannot show (Arabic, Hebrew, Chinese, Japanese, Korean, emoji...; PrintableText decides), which
// would print as a replacement mark. Found with the text's place and the first such character, before
// anyone exports.
class PrintableRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
};

} // namespace cpc
