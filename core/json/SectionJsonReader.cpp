#include "json/SectionJsonReader.h"

#include "model/Vocabulary.h"

#include "json/JsonFieldReader.h"
#include "json/OrderedJson.h"
#include "json/ReportJsonReader.h"

namespace cpc {

namespace {

using F = JsonFieldReader;
using R = ReportJsonReader;

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

} // namespace

bool SectionJsonReader::read(const OrderedJson& v, const QString& path, const Report& context, F& f,
                             Section& out)
{
    Section s;
    bool ok = f.object(v, path,
                       F::keys({"id", "kind", "objective", "title", "body", "assigned_to", "status",
                                "return_reason", "activities"}),
                       F::keys({"id", "kind"})) &&
              f.label(F::at(v, u"id"), F::member(path, key("id")), s.id) &&
              f.oneOf(F::at(v, u"kind"), F::member(path, key("kind")), Vocabulary::sectionKinds(), s.kind) &&
              F::ifPresent(v, "title", path,
                           [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, s.title); }) &&
              F::ifPresent(v, "body", path,
                           [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, s.body); }) &&
              F::ifPresent(v, "assigned_to", path,
                           [&](const OrderedJson& x, const QString& p) {
                               return R::readEntityIds(x, p, context, f, s.assignedTo);
                           }) &&
              R::readReview(v, path, "status", "return_reason", f, s.review);
    if (!ok) return false;
    if (!s.isObjective()) {
        for (const char* k : {"objective", "activities"})
            if (F::has(v, QLatin1String(k)))
                return f.fail(
                    F::member(path, key(k)),
                    ReportJsonReader::tr("only a section of kind \"objective\" has '%1'").arg(key(k)));
    } else {
        if (!F::has(v, u"objective"))
            return f.fail(F::member(path, key("objective")),
                          ReportJsonReader::tr("an objective section needs its objective number (1 to 4)"));
        ok = f.integer(F::at(v, u"objective"), F::member(path, key("objective")), 1, 4, s.objective) &&
             F::ifPresent(v, "activities", path, [&](const OrderedJson& list, const QString& p) {
                 if (!f.array(list, p)) return false;
                 for (qsizetype i = 0; i < list.elements().size(); ++i) {
                     Activity a;
                     const QString ap = F::index(p, i);
                     if (!activity(list.elements()[i], ap, context, f, a)) return false;
                     for (const Activity& earlier : s.activities)
                         if (earlier.id == a.id)
                             return f.fail(
                                 F::member(ap, key("id")),
                                 ReportJsonReader::tr("there is already an activity '%1'").arg(a.id));
                     s.activities.append(a);
                 }
                 return true;
             });
    }
    if (ok) out = s;
    return ok;
}

bool SectionJsonReader::activity(const OrderedJson& v, const QString& path, const Report& context, F& f,
                                 Activity& out)
{
    Activity a;
    const bool ok =
        f.object(v, path,
                 F::keys({"id", "title", "responsible", "status", "trafficking_types", "body",
                          "review_status", "review_reason"}),
                 F::keys({"id"})) &&
        f.label(F::at(v, u"id"), F::member(path, key("id")), a.id) &&
        F::ifPresent(v, "title", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, a.title); }) &&
        F::ifPresent(v, "responsible", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return R::readEntityIds(x, p, context, f, a.responsible);
                     }) &&
        F::ifPresent(v, "status", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return f.oneOf(x, p, Vocabulary::activityStatuses(), a.status);
                     }) &&
        F::ifPresent(v, "trafficking_types", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return f.labels(x, p, Vocabulary::traffickingTypes(), a.traffickingTypes);
                     }) &&
        F::ifPresent(v, "body", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, a.body); }) &&
        R::readReview(v, path, "review_status", "review_reason", f, a.review);
    if (ok) out = a;
    return ok;
}

} // namespace cpc
