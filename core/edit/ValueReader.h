#pragma once

#include "model/Report.h"
#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace cpc {

// Reads and checks the JSON value of one field change. Messages name what was expected; the caller adds
// the field path.
class ValueReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::ValueReader)
public:
    static Result<QString> text(const QJsonValue& v); // a string; null clears it
    static Result<QString> oneOf(const QJsonValue& v, const QStringList& allowed, bool nullable = false);
    // A word of a typed vocabulary (model/Vocabulary), as the model's value.
    template <typename E> static Result<E> choice(const QJsonValue& v, const QStringList& words)
    {
        Result<QString> word = oneOf(v, words);
        if (!word) return word.error();
        return *Vocabulary::value<E>(words, word.value());
    }
    static Result<std::optional<double>> number(const QJsonValue& v); // a finite number or null
    static Result<bool> flag(const QJsonValue& v, bool nullValue);
    static Result<int> integer(const QJsonValue& v, int min, int max);
    static Result<QStringList> entityIds(const QJsonValue& v, const Report& r);
    static Result<QStringList> listOf(const QJsonValue& v, const QStringList& allowed);
    static Result<QString> date(const QJsonValue& v);
    static Result<int> year(const QString& segment);
};

} // namespace cpc
