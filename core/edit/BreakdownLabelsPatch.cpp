#include "edit/BreakdownLabelsPatch.h"

#include "model/Paths.h"

#include "json/BreakdownLabelsJson.h"
#include "json/JsonFieldReader.h"
#include <functional>

namespace cpc {

namespace {

using F = JsonFieldReader;

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

// The label sides a patch gives: a string sets a side, null clears it.
bool patchLabel(const OrderedJson& v, const QString& path, F& f,
                const std::function<FieldPath(Language)>& target, QList<FieldChange>& out)
{
    if (!f.object(v, path, {k("en"), k("es")})) return false;
    for (Language l : {Language::En, Language::Es}) {
        const QString code = languageCode(l);
        const OrderedJson* given = v.find(code);
        if (!given) continue;
        QString words;
        if (!given->isNull() && !BreakdownLabelsJson::readLabelSide(*given, F::member(path, code), f, words))
            return false;
        out.append(FieldChange{target(l), given->isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(words),
                               false});
    }
    return true;
}

// An entry's code and whether it is removed ("remove": true with nothing else but the code).
bool entry(const OrderedJson& v, const QString& path, F& f, const char* codeField, const QStringList& allowed,
           QString& code, bool& remove)
{
    if (!f.object(v, path, allowed, {k(codeField)})) return false;
    if (!f.label(F::at(v, QLatin1StringView(codeField)), F::member(path, k(codeField)), code)) return false;
    remove = false;
    if (!F::ifPresent(v, "remove", path,
                      [&](const OrderedJson& x, const QString& p) { return f.flag(x, p, remove); }))
        return false;
    if (remove && v.members().size() > 2)
        return f.fail(path,
                      BreakdownLabelsJson::tr("an entry to remove gives only its '%1' and \"remove\": true")
                          .arg(k(codeField)));
    return true;
}

} // namespace

bool BreakdownLabelsPatch::read(const OrderedJson& v, const QString& path, F& f, QList<FieldChange>& out)
{
    if (!f.array(v, path)) return false;
    for (qsizetype i = 0; i < v.elements().size(); ++i) {
        const OrderedJson& d = v.elements()[i];
        const QString p = F::index(path, i);
        QString dim;
        bool remove = false;
        if (!entry(d, p, f, "dimension", {k("dimension"), k("label"), k("categories"), k("remove")}, dim,
                   remove))
            return false;
        if (remove) {
            out.append(FieldChange{Paths::breakdownDimension(dim), QJsonValue(QJsonValue::Null), false});
            continue;
        }
        const bool ok =
            F::ifPresent(d, "label", p,
                         [&](const OrderedJson& x, const QString& xp) {
                             return patchLabel(
                                 x, xp, f, [&](Language l) { return Paths::breakdownDimensionLabel(dim, l); },
                                 out);
                         }) &&
            F::ifPresent(d, "categories", p, [&](const OrderedJson& list, const QString& lp) {
                if (!f.array(list, lp)) return false;
                for (qsizetype j = 0; j < list.elements().size(); ++j) {
                    const OrderedJson& c = list.elements()[j];
                    const QString cp = F::index(lp, j);
                    QString cat;
                    bool removeCat = false;
                    if (!entry(c, cp, f, "category", {k("category"), k("label"), k("remove")}, cat,
                               removeCat))
                        return false;
                    if (removeCat) {
                        out.append(FieldChange{Paths::breakdownCategory(dim, cat),
                                               QJsonValue(QJsonValue::Null), false});
                        continue;
                    }
                    if (!F::ifPresent(c, "label", cp, [&](const OrderedJson& x, const QString& xp) {
                            return patchLabel(
                                x, xp, f,
                                [&](Language l) { return Paths::breakdownCategoryLabel(dim, cat, l); }, out);
                        }))
                        return false;
                }
                return true;
            });
        if (!ok) return false;
    }
    return true;
}

} // namespace cpc
