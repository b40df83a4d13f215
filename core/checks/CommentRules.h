#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

// comments.unresolved (warning): a comment nobody has resolved yet, listed with its place and text.
class CommentRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
};

} // namespace cpc
