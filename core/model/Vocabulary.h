#pragma once

#include <QStringList>
#include <optional>

namespace cpc {

// The closed lists of values that cpcreport-json/1 allows. A list that has a type in the model (Unit,
// ReviewStatus, ChangeOrigin) is that type's one table: its words are in the order of the enum's values,
// and word() and value() convert where a file, a script or the database meets the model.
class Vocabulary {
public:
    template <typename E> static QString word(const QStringList& words, E value)
    {
        return words.at(qsizetype(value));
    }
    template <typename E> static std::optional<E> value(const QStringList& words, const QString& word)
    {
        const qsizetype i = words.indexOf(word);
        if (i < 0) return std::nullopt;
        return E(i);
    }

    static const QStringList& entityKinds();
    static const QStringList& sectionKinds();
    static const QStringList& workflowStatuses();
    static const QStringList& activityStatuses();
    static const QStringList& traffickingTypes();
    static const QStringList& units();
    static const QStringList& directions();
    static const QStringList& commentTargets();
    static const QStringList& languages();     // "en", "es": a report's two languages, as codes
    static const QStringList& changeOrigins(); // not in the interchange format: the history's own words
};

} // namespace cpc
