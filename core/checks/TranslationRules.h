#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

class BiText;
class FieldPath;

// Whether each text says the same in both languages.
//   translation.missing   one side is written, the other is empty (error)
//   translation.stale     one side changed after the other was last written or confirmed (error)
//   translation.numbers   a figure on one side is absent or different on the other (warning)
//   translation.glossary  a glossary term is used on one side without its agreed counterpart (warning)
class TranslationRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
    // The rules for one text (the window rechecks a text as it is typed).
    static void checkText(const Report& report, const FieldPath& path, const BiText& text, Findings& out);
};

} // namespace cpc
