#include "edit/BreakdownLabelChange.h"

#include "edit/ValueReader.h"
#include "model/BreakdownUse.h"
#include "util/Limits.h"

#include "json/BreakdownLabelsJson.h"

namespace cpc {

namespace {

// A code from a path: what the data names a dimension or category by.
bool validCode(const QString& code)
{
    return !code.trimmed().isEmpty() && Limits::characters(code) <= Limits::kMaxIdLength &&
           !code.contains(QLatin1Char('\n'));
}

const QString kLabel = QStringLiteral("label");
const QString kCategories = QStringLiteral("categories");

// Drops entries that clearing left without words, so that an undone addition leaves nothing behind.
void prune(BreakdownLabels& labels, const QString& dimension)
{
    const BreakdownLabels::Dimension* d = labels.find(dimension);
    if (!d) return;
    QStringList empty;
    for (const BreakdownLabels::Category& c : d->categories)
        if (c.label.isEmpty()) empty << c.code;
    for (const QString& code : empty)
        labels.removeCategory(dimension, code);
    d = labels.find(dimension);
    if (d && d->label.isEmpty() && d->categories.isEmpty()) labels.removeDimension(dimension);
}

} // namespace

FieldPath BreakdownLabelChange::dimensionSide(const QString& dimension, Language side)
{
    return FieldPath{QStringLiteral("breakdown_labels"), dimension, kLabel, languageCode(side)};
}

FieldPath BreakdownLabelChange::categorySide(const QString& dimension, const QString& category, Language side)
{
    return FieldPath{QStringLiteral("breakdown_labels"), dimension, kCategories, category,
                     languageCode(side)};
}

Status BreakdownLabelChange::apply(Report& r, const FieldChange& c, TouchedObjects& touched)
{
    touched.breakdownLabels = true;
    const int n = c.path.size();
    const QString dimension = c.path.at(1);
    const bool ofDimension = n == 2 || (n == 4 && c.path.at(2) == kLabel);
    const bool ofCategory = (n == 4 || n == 5) && c.path.at(2) == kCategories;
    if (!ofDimension && !ofCategory) return c.fail(tr("this is not a breakdown label"));
    if (!validCode(dimension)) return c.fail(tr("a breakdown needs a name of one short line"));
    const QString category = ofCategory ? c.path.at(3) : QString();
    if (ofCategory && !validCode(category)) return c.fail(tr("a category needs a name of one short line"));

    // What prints with an approved indicator stays as it was approved.
    for (const QString& id : BreakdownUse::indicators(r, dimension, category))
        if (const Indicator* ind = r.indicator(id); ind && ind->review.isApproved())
            return c.fail(ofCategory ? tr("the category is printed with the approved indicator %1; reopen it "
                                          "to change its label")
                                           .arg(id)
                                     : tr("the breakdown is printed with the approved indicator %1; reopen "
                                          "it to change its label")
                                           .arg(id));

    BreakdownLabels& labels = r.breakdownLabels;
    if (n == 2) {
        if (c.removes()) {
            if (!labels.removeDimension(dimension))
                return c.fail(tr("the breakdown '%1' has no labels").arg(dimension));
            return success();
        }
        Result<BreakdownLabels::Dimension> d = BreakdownLabelsJson::readDimension(c.value, c.path.toString());
        if (!d) return d.error();
        if (d->code != dimension) return c.fail(tr("the breakdown's name does not match its place"));
        if (!labels.hasDimension(dimension) && labels.dimensions().size() >= Limits::kMaxListLength)
            return c.fail(tr("the list is too long"));
        labels.putDimension(d.take());
        return success();
    }
    if (ofCategory && n == 4) {
        if (c.removes()) {
            if (!labels.removeCategory(dimension, category))
                return c.fail(tr("the category '%1' has no label").arg(category));
            prune(labels, dimension);
            return success();
        }
        Result<BiText> label = BreakdownLabelsJson::readLabel(c.value, c.path.toString());
        if (!label) return label.error();
        labels.putCategory(dimension, BreakdownLabels::Category{category, label.take()});
        prune(labels, dimension);
        return success();
    }
    const auto side = languageFromCode(c.path.last());
    if (!side) return c.fail(tr("expected the language of the label (en or es)"));
    if (c.confirm) return success(); // labels carry no translation state to confirm
    Result<QString> text = ValueReader::text(c.value);
    if (!text) return c.fail(text.error());
    const QString words = text.value().trimmed();
    if (words.contains(QLatin1Char('\n')) || words.contains(QLatin1Char('\r')))
        return c.fail(tr("a label is one line of text"));
    if (Limits::characters(words) > Limits::kMaxIdLength)
        return c.fail(tr("a label can be at most %1 characters long").arg(Limits::kMaxIdLength));
    if (ofCategory) {
        if (!labels.hasCategory(dimension, category) && labels.find(dimension) &&
            labels.find(dimension)->categories.size() >= Limits::kMaxListLength)
            return c.fail(tr("the list is too long"));
        labels.setCategory(dimension, category, *side, words);
    } else {
        if (!labels.hasDimension(dimension) && labels.dimensions().size() >= Limits::kMaxListLength)
            return c.fail(tr("the list is too long"));
        labels.setDimension(dimension, *side, words);
    }
    if (words.isEmpty()) prune(labels, dimension);
    return success();
}

QJsonValue BreakdownLabelChange::value(const Report& r, const FieldPath& p)
{
    const BreakdownLabels::Dimension* d = r.breakdownLabels.find(p.at(1));
    if (!d) return QJsonValue(QJsonValue::Undefined);
    const int n = p.size();
    if (n == 2) return BreakdownLabelsJson::write(*d).toQJson();
    const auto side = languageFromCode(p.last());
    if (n == 4 && p.at(2) == kLabel && side) return d->label.text(*side);
    if ((n == 4 || n == 5) && p.at(2) == kCategories)
        for (const BreakdownLabels::Category& c : d->categories) {
            if (c.code != p.at(3)) continue;
            if (n == 4) return BreakdownLabelsJson::write(c.label).toQJson();
            return side ? QJsonValue(c.label.text(*side)) : QJsonValue(QJsonValue::Undefined);
        }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace cpc
