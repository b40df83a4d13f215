#include "checks/Readiness.h"

#include "checks/CompletenessRules.h"
#include "model/Report.h"

namespace cpc {

namespace {

struct Tally {
    int filled = 0;
    int total = 0;
    void text(const BiText& t)
    {
        for (Language l : {Language::En, Language::Es}) {
            ++total;
            if (t.state(l) == TranslationState::Current && !t.text(l).trimmed().isEmpty()) ++filled;
        }
    }
    void flag(bool ok)
    {
        ++total;
        if (ok) ++filled;
    }
};

} // namespace

Readiness Readiness::compute(const Report& report, const Findings& findings, const CheckContext& context)
{
    Readiness r;
    for (const Finding& f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++r.errors;
            break;
        case Severity::Warning:
            ++r.warnings;
            break;
        case Severity::Info:
            ++r.infos;
            break;
        }
    }

    Tally t;
    for (const CompletenessRules::Requirement& req : CompletenessRules::requirements(context)) {
        if (const Section* s = CompletenessRules::find(report, req))
            t.text(s->body);
        else
            t.total += 2;
    }
    for (const Section& s : report.sections)
        for (const Activity& a : s.activities) {
            t.flag(!a.status.isEmpty());
            t.text(a.body);
        }
    for (const Indicator& i : report.indicators)
        t.flag(i.actuals.value(report.info.reportingYear).has_value());

    r.progress = t.total == 0 ? 100 : int(100LL * t.filled / t.total);
    if (r.errors > 0)
        r.progress = std::min(r.progress, 99);
    else
        r.progress = 100;
    return r;
}

} // namespace cpc
