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

Status BreakdownLabelChange::apply(Report& r, const FieldChange& c, const FieldMatch& m,
                                   TouchedObjects& touched)
{
    touched.breakdownLabels = true;
    const FieldKind kind = m.kind();
    const bool ofCategory = kind == FieldKind::BreakdownCategory || kind == FieldKind::BreakdownCategoryLabel;
    if (!ofCategory && kind != FieldKind::BreakdownDimension && kind != FieldKind::BreakdownDimensionLabel)
        return c.fail(tr("this is not a breakdown label"));
    const QString dimension = m.id();
    if (!validCode(dimension)) return c.fail(tr("a breakdown needs a name of one short line"));
    const QString category = ofCategory ? m.values.at(1) : QString();
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
    if (kind == FieldKind::BreakdownDimension) {
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
    if (kind == FieldKind::BreakdownCategory) {
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
    const auto side = languageFromCode(m.values.last()); // the schema let only en and es through
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
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    if (!m || m->spec->owner != FieldOwner::BreakdownLabels) return QJsonValue(QJsonValue::Undefined);
    const BreakdownLabels::Dimension* d = r.breakdownLabels.find(m->id());
    if (!d) return QJsonValue(QJsonValue::Undefined);
    const auto side = languageFromCode(m->values.last());
    switch (m->kind()) {
    case FieldKind::BreakdownDimension:
        return BreakdownLabelsJson::write(*d).toQJson();
    case FieldKind::BreakdownDimensionLabel:
        return d->label.text(*side);
    case FieldKind::BreakdownCategory:
    case FieldKind::BreakdownCategoryLabel:
        for (const BreakdownLabels::Category& c : d->categories) {
            if (c.code != m->values.at(1)) continue;
            if (m->kind() == FieldKind::BreakdownCategory)
                return BreakdownLabelsJson::write(c.label).toQJson();
            return c.label.text(*side);
        }
        break;
    default:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace cpc
