#include "edit/ReportInfoChange.h"

#include "edit/ChangeApplier.h"
#include "edit/TextChange.h"
#include "edit/ValueReader.h"
#include "model/Vocabulary.h"
#include "util/Limits.h"

namespace cpc {

Status ReportInfoChange::apply(Report& r, const FieldChange& c, qint64 rev)
{
    ReportInfo& i = r.info;
    const QString f = c.path.at(1);
    if (c.path.size() == 3 && f == QLatin1String("partnership"))
        return TextChange::apply(i.partnership, c.path.at(2), c, rev);
    if (c.path.size() == 3 && f == QLatin1String("title"))
        return TextChange::apply(i.title, c.path.at(2), c, rev);
    if (c.path.size() == 2 && f == QLatin1String("template")) {
        Result<QString> v = ValueReader::text(c.value);
        if (v && v.value().isEmpty()) return c.fail(ChangeApplier::tr("the template cannot be empty"));
        return c.assign(i.templateId, std::move(v));
    }
    if (c.path.size() == 2 && f == QLatin1String("reporting_year"))
        return c.assign(i.reportingYear, ValueReader::integer(c.value, 1, Limits::kMaxYear));
    if (c.path.size() == 3 && f == QLatin1String("period")) {
        if (c.path.at(2) != QLatin1String("start") && c.path.at(2) != QLatin1String("end"))
            return c.fail(ChangeApplier::tr("a period has a start and an end"));
        // Checked per change so that a patch setting both dates in either order is judged by its result.
        return c.assign(c.path.at(2) == QLatin1String("start") ? i.periodStart : i.periodEnd,
                        ValueReader::date(c.value));
    }
    if (c.path.size() == 2 && f == QLatin1String("source_language")) {
        Result<QString> v = ValueReader::oneOf(c.value, Vocabulary::languages());
        if (!v) return c.fail(v.error());
        i.sourceLanguage = *languageFromCode(v.value());
        return success();
    }
    if (c.path.size() == 2 && f == QLatin1String("prepared_by")) {
        Result<QString> v = ValueReader::text(c.value);
        if (v && !v.value().isEmpty() && !r.entity(v.value()))
            return c.fail(ChangeApplier::tr("unknown entity '%1'").arg(v.value()));
        return c.assign(i.preparedBy, std::move(v));
    }
    if (c.path.size() == 3 && f == QLatin1String("small_numbers")) {
        if (c.path.at(2) == QLatin1String("enabled"))
            return c.assign(i.smallNumbers.enabled, ValueReader::flag(c.value, true));
        if (c.path.at(2) == QLatin1String("threshold")) {
            if (!c.removes())
                return c.assign(i.smallNumbers.threshold, ValueReader::integer(c.value, 1, 1000));
            i.smallNumbers.threshold = SmallNumberPolicy().threshold;
            return success();
        }
    }
    return c.fail(ChangeApplier::tr("this is not a field of the report"));
}

} // namespace cpc
