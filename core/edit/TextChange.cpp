#include "edit/TextChange.h"

#include "edit/ReportTexts.h"
#include "edit/ValueReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>

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

// The visitor sees the report's own texts; the report is not const here, so neither are they.
BiText* TextChange::find(Report& r, const FieldPath& path) { return const_cast<BiText*>(find(std::as_const(r), path)); }

} // namespace cpc
