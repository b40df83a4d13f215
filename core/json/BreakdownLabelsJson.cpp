#include "json/BreakdownLabelsJson.h"

#include "util/Limits.h"

#include "json/JsonFieldReader.h"
#include <QSet>

namespace cpc {

namespace {

using F = JsonFieldReader;

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

bool BreakdownLabelsJson::readLabelSide(const OrderedJson& v, const QString& path, F& f, QString& out)
{
    if (!f.text(v, path, out)) return false;
    if (out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r')))
        return f.fail(path, BreakdownLabelsJson::tr("a label is one line of text"));
    if (Limits::characters(out) > Limits::kMaxIdLength)
        return f.fail(
            path,
            BreakdownLabelsJson::tr("a label can be at most %1 characters long").arg(Limits::kMaxIdLength));
    return true;
}

bool BreakdownLabelsJson::readLabel(const OrderedJson& v, const QString& path, F& f, BiText& out)
{
    QString en, es;
    const bool ok =
        f.object(v, path, {k("en"), k("es")}) &&
        F::ifPresent(v, "en", path,
                     [&](const OrderedJson& x, const QString& p) { return readLabelSide(x, p, f, en); }) &&
        F::ifPresent(v, "es", path,
                     [&](const OrderedJson& x, const QString& p) { return readLabelSide(x, p, f, es); });
    if (ok) out = BiText(en, es);
    return ok;
}

bool BreakdownLabelsJson::readDimension(const OrderedJson& v, const QString& path, F& f,
                                        BreakdownLabels::Dimension& out)
{
    BreakdownLabels::Dimension d;
    if (!f.object(v, path, {k("dimension"), k("label"), k("categories")}, {k("dimension")})) return false;
    if (!f.label(F::at(v, u"dimension"), F::member(path, k("dimension")), d.code)) return false;
    if (!F::ifPresent(v, "label", path,
                      [&](const OrderedJson& x, const QString& p) { return readLabel(x, p, f, d.label); }))
        return false;
    const bool ok = F::ifPresent(v, "categories", path, [&](const OrderedJson& list, const QString& lp) {
        if (!f.array(list, lp)) return false;
        if (list.elements().size() > Limits::kMaxListLength) return f.fail(lp, tr("the list is too long"));
        QSet<QString> codes;
        for (qsizetype i = 0; i < list.elements().size(); ++i) {
            const OrderedJson& c = list.elements()[i];
            const QString p = F::index(lp, i);
            BreakdownLabels::Category cat;
            if (!f.object(c, p, {k("category"), k("label")}, {k("category")}) ||
                !f.label(F::at(c, u"category"), F::member(p, k("category")), cat.code) ||
                !F::ifPresent(c, "label", p, [&](const OrderedJson& x, const QString& xp) {
                    return readLabel(x, xp, f, cat.label);
                }))
                return false;
            if (codes.contains(cat.code))
                return f.fail(F::member(p, k("category")),
                              tr("the category '%1' is labelled twice").arg(cat.code));
            codes.insert(cat.code);
            d.categories.append(cat);
        }
        return true;
    });
    if (ok) out = d;
    return ok;
}

bool BreakdownLabelsJson::read(const OrderedJson& v, const QString& path, F& f, BreakdownLabels& out)
{
    if (!f.array(v, path)) return false;
    if (v.elements().size() > Limits::kMaxListLength) return f.fail(path, tr("the list is too long"));
    BreakdownLabels labels;
    for (qsizetype i = 0; i < v.elements().size(); ++i) {
        BreakdownLabels::Dimension d;
        const QString p = F::index(path, i);
        if (!readDimension(v.elements()[i], p, f, d)) return false;
        if (labels.hasDimension(d.code))
            return f.fail(F::member(p, k("dimension")),
                          tr("the breakdown '%1' is labelled twice").arg(d.code));
        labels.putDimension(d);
    }
    out = labels;
    return true;
}

Result<BreakdownLabels::Dimension> BreakdownLabelsJson::readDimension(const QJsonValue& v,
                                                                      const QString& path)
{
    F f;
    BreakdownLabels::Dimension d;
    if (!readDimension(OrderedJson::fromQJson(v), path, f, d)) return f.error();
    return d;
}

Result<BiText> BreakdownLabelsJson::readLabel(const QJsonValue& v, const QString& path)
{
    F f;
    BiText t;
    if (!readLabel(OrderedJson::fromQJson(v), path, f, t)) return f.error();
    return t;
}

OrderedJson BreakdownLabelsJson::write(const BiText& label)
{
    return OrderedJson::object().insert(k("en"), label.en()).insert(k("es"), label.es());
}

OrderedJson BreakdownLabelsJson::write(const BreakdownLabels::Dimension& d)
{
    OrderedJson o = OrderedJson::object();
    o.insert(k("dimension"), d.code).insert(k("label"), write(d.label));
    if (!d.categories.isEmpty()) {
        OrderedJson cats = OrderedJson::array();
        for (const BreakdownLabels::Category& c : d.categories)
            cats.append(
                OrderedJson::object().insert(k("category"), c.code).insert(k("label"), write(c.label)));
        o.insert(k("categories"), cats);
    }
    return o;
}

OrderedJson BreakdownLabelsJson::write(const BreakdownLabels& labels)
{
    OrderedJson a = OrderedJson::array();
    for (const BreakdownLabels::Dimension& d : labels.dimensions())
        a.append(write(d));
    return a;
}

} // namespace cpc
