#include "edit/IndicatorChange.h"

#include "edit/TextChange.h"
#include "edit/ValueReader.h"
#include "model/FieldLocks.h"
#include "model/Vocabulary.h"
#include "util/Limits.h"

namespace cpc {

namespace {
qsizetype position(const Disaggregation& d, const QString& category)
{
    for (qsizetype i = 0; i < d.categories.size(); ++i)
        if (d.categories[i].name == category) return i;
    return -1;
}
} // namespace

Status IndicatorChange::apply(Indicator& ind, const FieldChange& c, qint64 rev, const Report& r,
                              BreakdownIndex* index)
{
    const QString f = c.path.at(2);
    const int n = c.path.size();
    if (FieldLocks::isLocked(r, c.path))
        return c.fail(tr("this indicator is approved and locked; reopen it to change it"));

    if (n == 4 && f == QLatin1String("name")) return TextChange::apply(ind.name, c.path.at(3), c, rev);
    if (n == 4 && f == QLatin1String("definition"))
        return TextChange::apply(ind.definition, c.path.at(3), c, rev);
    if (n == 4 && f == QLatin1String("source")) return TextChange::apply(ind.source, c.path.at(3), c, rev);
    if (n == 3 && f == QLatin1String("unit"))
        return c.assign(ind.unit, ValueReader::choice<Unit>(c.value, Vocabulary::units()));
    if (n == 3 && f == QLatin1String("direction"))
        return c.assign(ind.direction, ValueReader::oneOf(c.value, Vocabulary::directions()));
    if (n == 3 && f == QLatin1String("objective"))
        return c.assign(ind.objective, ValueReader::integer(c.value, 1, 4));
    if (n == 3 && f == QLatin1String("responsible"))
        return c.assign(ind.responsible, ValueReader::entityIds(c.value, r));
    if (n == 4 && f == QLatin1String("baseline")) {
        if (c.path.at(3) == QLatin1String("value")) {
            auto v = ValueReader::number(c.value);
            if (!v) return c.fail(v.error());
            ind.baselineValue = v.value();
        } else if (c.path.at(3) == QLatin1String("period")) {
            auto v = ValueReader::text(c.value);
            if (!v) return c.fail(v.error());
            ind.baselinePeriod = v.value();
        } else {
            return c.fail(tr("a baseline has a value and a period"));
        }
        ind.hasBaseline = true;
        return success();
    }
    if (n == 3 && f == QLatin1String("baseline") && c.removes()) {
        ind.hasBaseline = false;
        ind.baselineValue.reset();
        ind.baselinePeriod.clear();
        return success();
    }
    if (n == 4 && (f == QLatin1String("targets") || f == QLatin1String("actuals"))) {
        auto year = ValueReader::year(c.path.at(3));
        if (!year) return c.fail(year.error());
        auto v = ValueReader::number(c.value);
        if (!v) return c.fail(v.error());
        auto& map = f == QLatin1String("targets") ? ind.targets : ind.actuals;
        // A cleared value stays as "not reported yet" (null), as the interchange format writes it.
        map.insert(year.value(), v.value());
        return success();
    }
    if (f == QLatin1String("disaggregation") && n >= 4) return applyDisaggregation(ind, c, index);
    if (n == 5 && f == QLatin1String("variance_explanation")) {
        auto year = ValueReader::year(c.path.at(3));
        if (!year) return c.fail(year.error());
        BiText& t = ind.varianceExplanation[year.value()];
        if (Status s = TextChange::apply(t, c.path.at(4), c, rev); !s) return s;
        if (t.isEmpty()) ind.varianceExplanation.remove(year.value());
        return success();
    }
    if (n == 3 && (f == QLatin1String("key") || f == QLatin1String("cumulative")))
        return c.assign(f == QLatin1String("key") ? ind.key : ind.cumulative,
                        ValueReader::flag(c.value, false));
    if (n == 3 && f == QLatin1String("sensitive")) {
        if (c.removes()) {
            ind.sensitive.reset();
            return success();
        }
        auto v = ValueReader::flag(c.value, false);
        if (!v) return c.fail(v.error());
        ind.sensitive = v.value();
        return success();
    }
    if (n == 3 && f == QLatin1String("review_status")) {
        if (c.removes()) {
            ind.review.status = Workflow().status;
            return success();
        }
        return c.assign(ind.review.status,
                        ValueReader::choice<ReviewStatus>(c.value, Vocabulary::workflowStatuses()));
    }
    if (n == 3 && f == QLatin1String("review_reason"))
        return c.assign(ind.review.reason, ValueReader::text(c.value));
    return c.fail(tr("this is not a field of an indicator"));
}

Status IndicatorChange::applyDisaggregation(Indicator& ind, const FieldChange& c, BreakdownIndex* index)
{
    auto year = ValueReader::year(c.path.at(3));
    if (!year) return c.fail(year.error());
    QList<Disaggregation>& dims = ind.disaggregation[year.value()];
    auto cleanUp = [&] {
        dims.removeIf([](const Disaggregation& d) { return d.categories.isEmpty(); });
        if (dims.isEmpty()) ind.disaggregation.remove(year.value());
    };
    if (c.path.size() == 4) { // the whole year
        if (!c.removes())
            return c.fail(tr("set one category at a time (…/disaggregation/YEAR/DIMENSION/CATEGORY)"));
        if (index) index->forget(ind.id);
        ind.disaggregation.remove(year.value());
        return success();
    }
    const QString dimension = c.path.at(4);
    if (dimension.isEmpty()) return c.fail(tr("a breakdown needs a name"));
    auto dim = std::find_if(dims.begin(), dims.end(),
                            [&](const Disaggregation& d) { return d.dimension == dimension; });
    if (c.path.size() == 5) {
        if (!c.removes())
            return c.fail(tr("set one category at a time (…/disaggregation/YEAR/DIMENSION/CATEGORY)"));
        if (index) index->forget(ind.id);
        if (dim != dims.end()) dims.erase(dim);
        cleanUp();
        return success();
    }
    if (c.path.size() != 6) return c.fail(tr("this is not a field of an indicator"));
    const QString category = c.path.at(5);
    if (category.isEmpty()) return c.fail(tr("a category needs a name"));
    auto v = ValueReader::number(c.value);
    if (!v) return c.fail(v.error());
    if (dim == dims.end()) {
        if (!v.value()) {
            cleanUp();
            return success();
        }
        if (dims.size() >= 100) return c.fail(tr("too many breakdowns for one year"));
        dims.append(Disaggregation{dimension, {}});
        dim = dims.end() - 1;
    }
    const qsizetype cat =
        index ? index->find(ind.id, year.value(), *dim, category) : position(*dim, category);
    if (!v.value()) {
        if (cat >= 0) dim->categories.removeAt(cat);
    } else if (cat >= 0) {
        dim->categories[cat].value = *v.value();
    } else {
        if (dim->categories.size() >= Limits::kMaxListLength) return c.fail(tr("the list is too long"));
        dim->categories.append(DisaggregationCategory{category, *v.value()});
        if (index) index->appended(ind.id, year.value(), *dim);
    }
    cleanUp();
    return success();
}

} // namespace cpc
