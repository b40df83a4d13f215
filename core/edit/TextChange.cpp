#include "edit/TextChange.h"

#include "edit/ValueReader.h"
#include "model/FieldSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cpc {

namespace {

// The whole text an undo value carries.
std::optional<BiText> restoredText(const QJsonObject& o)
{
    const QJsonArray b = o.value(QStringLiteral("bookkeeping")).toArray();
    if (b.size() != 4 || !o.value(QStringLiteral("en")).isString() ||
        !o.value(QStringLiteral("es")).isString())
        return std::nullopt;
    BiText t(o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("es")).toString());
    t.setBookkeeping(qint64(b[0].toDouble()), qint64(b[1].toDouble()), qint64(b[2].toDouble()),
                     qint64(b[3].toDouble()));
    return t;
}

} // namespace

Status TextChange::apply(BiText& text, const QString& segment, const FieldChange& change, qint64 rev)
{
    const auto lang = languageFromCode(segment);
    if (!lang)
        return Error{TextChange::tr("expected the language of the text (en or es)"), change.path.toString()};
    if (change.confirm) {
        text.confirm(*lang, rev);
        return success();
    }
    std::optional<BiText> whole;
    QJsonValue words = change.value;
    if (change.value.isObject()) {
        const QJsonObject o = change.value.toObject();
        whole = restoredText(o);
        words = o.value(QStringLiteral("text"));
        if (!whole || !words.isString())
            return Error{TextChange::tr("expected a text"), change.path.toString()};
    }
    Result<QString> value = ValueReader::text(words);
    if (!value) return change.fail(value.error());
    // Undo puts back the state that belongs to the words it puts back, unless the other side has changed.
    const Language other = otherLanguage(*lang);
    if (whole && whole->text(*lang) == value.value() && whole->text(other) == text.text(other)) {
        const BiText kept = text;
        text = *whole;
        text.setPrevious(kept.previous(Language::En), kept.previous(Language::Es));
        return success();
    }
    if (value.value() != text.text(*lang)) text.write(*lang, value.value(), rev);
    return success();
}

QJsonValue TextChange::restoreValue(const QString& words, const BiText& whole)
{
    return QJsonObject{
        {QStringLiteral("text"), words},
        {QStringLiteral("en"), whole.en()},
        {QStringLiteral("es"), whole.es()},
        {QStringLiteral("bookkeeping"),
         QJsonArray{double(whole.rev(Language::En)), double(whole.rev(Language::Es)),
                    double(whole.basis(Language::En)), double(whole.basis(Language::Es))}},
    };
}

namespace {

// The text whose sides the schema's text fields name. A template, so that on a report that is not const the
// non-const accessors are used: a report copied from another (sharing its lists) detaches before its text
// is changed.
template <typename R> auto textOf(R& r, const FieldPath& path) -> decltype(&r.info.title)
{
    using K = FieldKind;
    const std::optional<FieldMatch> m = FieldSchema::match(path.child(QStringLiteral("en")));
    if (!m || m->spec->type != FieldType::TextSide) return nullptr;
    const QString id = m->id();
    auto* s = m->spec->owner == FieldOwner::Section ? r.section(id) : nullptr;
    auto* a = m->spec->owner == FieldOwner::Activity ? r.activity(id) : nullptr;
    auto* i = m->spec->owner == FieldOwner::Indicator ? r.indicator(id) : nullptr;
    const int g = m->spec->owner == FieldOwner::Glossary ? r.glossaryIndex(id) : -1;
    if (m->spec->owner == FieldOwner::Entity)
        for (auto& e : r.entities)
            if (e.id == id) return m->kind() == K::EntityAcronym ? &e.acronym : &e.name;
    switch (m->kind()) {
    case K::ReportPartnership:
        return &r.info.partnership;
    case K::ReportTitle:
        return &r.info.title;
    case K::SectionTitle:
        return s ? &s->title : nullptr;
    case K::SectionBody:
        return s ? &s->body : nullptr;
    case K::ActivityTitle:
        return a ? &a->title : nullptr;
    case K::ActivityBody:
        return a ? &a->body : nullptr;
    case K::IndicatorName:
        return i ? &i->name : nullptr;
    case K::IndicatorDefinition:
        return i ? &i->definition : nullptr;
    case K::IndicatorSource:
        return i ? &i->source : nullptr;
    case K::IndicatorVarianceExplanation: {
        if (!i) return nullptr;
        const auto it = i->varianceExplanation.find(m->values.value(1).toInt());
        return it == i->varianceExplanation.end() ? nullptr : &it.value();
    }
    case K::GlossaryTerm:
        return g >= 0 ? &r.glossary[g].term : nullptr;
    case K::GlossaryDefinition:
        return g >= 0 ? &r.glossary[g].definition : nullptr;
    default:
        return nullptr;
    }
}

} // namespace

const BiText* TextChange::find(const Report& r, const FieldPath& path)
{
    return textOf(r, path);
}
BiText* TextChange::find(Report& r, const FieldPath& path)
{
    return textOf(r, path);
}

} // namespace cpc
