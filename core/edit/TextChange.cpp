#include "edit/TextChange.h"

#include "edit/ReportTexts.h"
#include "edit/ValueReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>


namespace cpc {

namespace {

// The whole text an undo value carries.
std::optional<BiText> restoredText(const QJsonObject& o)
{
    const QJsonArray b = o.value(QStringLiteral("bookkeeping")).toArray();
    if (b.size() != 4 || !o.value(QStringLiteral("en")).isString() || !o.value(QStringLiteral("es")).isString())
        return std::nullopt;
    BiText t(o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("es")).toString());
    t.setBookkeeping(qint64(b[0].toDouble()), qint64(b[1].toDouble()), qint64(b[2].toDouble()), qint64(b[3].toDouble()));
    return t;
}

} // namespace

Status TextChange::apply(BiText& text, const QString& segment, const FieldChange& change, qint64 rev)
{
    const auto lang = languageFromCode(segment);
    if (!lang)
        return Error{QCoreApplication::translate("cpc::TextChange", "expected the language of the text (en or es)"),
                     change.path.toString()};
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
            return Error{QCoreApplication::translate("cpc::TextChange", "expected a text"), change.path.toString()};
    }
    Result<QString> value = ValueReader::text(words);
    if (!value) return Error{value.error().message, change.path.toString()};
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
         QJsonArray{double(whole.rev(Language::En)), double(whole.rev(Language::Es)), double(whole.basis(Language::En)),
                    double(whole.basis(Language::Es))}},
    };
}

const BiText* TextChange::find(const Report& r, const FieldPath& path)
{
    const BiText* found = nullptr;
    ReportTexts::forEach(r, [&](const FieldPath& p, const BiText& t) {
        if (!found && p == path) found = &t;
    });
    return found;
}

// Through the non-const accessors, so that a report copied from another (sharing its lists) detaches before
// its text is changed.
BiText* TextChange::find(Report& r, const FieldPath& path)
{
    const QString root = path.at(0), id = path.at(1), field = path.at(2);
    const bool title = field == QLatin1String("title"), body = field == QLatin1String("body");
    if (root == QLatin1String("report") && path.size() == 2) {
        if (id == QLatin1String("title")) return &r.info.title;
        if (id == QLatin1String("partnership")) return &r.info.partnership;
        return nullptr;
    }
    if (path.size() < 3) return nullptr;
    if (root == QLatin1String("sections")) {
        Section* s = r.section(id);
        return !s || path.size() != 3 ? nullptr : title ? &s->title : body ? &s->body : nullptr;
    }
    if (root == QLatin1String("activities")) {
        Activity* a = r.activity(id);
        return !a || path.size() != 3 ? nullptr : title ? &a->title : body ? &a->body : nullptr;
    }
    if (root == QLatin1String("indicators")) {
        Indicator* i = r.indicator(id);
        if (!i) return nullptr;
        if (path.size() == 4 && field == QLatin1String("variance_explanation")) {
            bool ok = false;
            const int year = path.at(3).toInt(&ok);
            return ok && i->varianceExplanation.contains(year) ? &i->varianceExplanation[year] : nullptr;
        }
        if (path.size() != 3) return nullptr;
        if (field == QLatin1String("name")) return &i->name;
        if (field == QLatin1String("definition")) return &i->definition;
        if (field == QLatin1String("source")) return &i->source;
        return nullptr;
    }
    if (root == QLatin1String("entities") && path.size() == 3) {
        for (Entity& e : r.entities)
            if (e.id == id) return field == QLatin1String("acronym") ? &e.acronym : field == QLatin1String("name") ? &e.name : nullptr;
        return nullptr;
    }
    if (root == QLatin1String("glossary") && path.size() == 3) {
        const int g = r.glossaryIndex(id);
        if (g < 0) return nullptr;
        return field == QLatin1String("term") ? &r.glossary[g].term
                                              : field == QLatin1String("definition") ? &r.glossary[g].definition : nullptr;
    }
    return nullptr;
}

} // namespace cpc
