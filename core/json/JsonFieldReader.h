#pragma once

#include "model/BiText.h"
#include "model/Vocabulary.h"
#include "util/Error.h"

#include "json/OrderedJson.h"
#include <QCoreApplication>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace cpc {

// Typed access to the values of a cpcreport-json document, each checked against its type and limits.
// Every check returns false on failure and keeps the first Error, whose `where` is "file.json: " (when
// there is a file name) followed by the JSON path, e.g. `indicators[3].targets["2"]`.
class JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::JsonFieldReader)
public:
    explicit JsonFieldReader(QString fileName = QString()) : m_fileName(std::move(fileName)) {}

    const Error& error() const { return m_error; }
    bool fail(const QString& path, const QString& message);

    // Member names given as Latin-1 literals: keys({"id", "title"}).
    static QStringList keys(std::initializer_list<const char*> names);
    static QString member(const QString& path, const QString& key);
    static QString index(const QString& path, qsizetype i);
    static QString mapKey(const QString& path, const QString& key);

    // An object whose members are all among `allowed` and appear once, with every one of `required`.
    bool object(const OrderedJson& v, const QString& path, const QStringList& allowed,
                const QStringList& required = {});
    bool array(const OrderedJson& v, const QString& path);
    bool text(const OrderedJson& v, const QString& path, QString& out);
    bool label(const OrderedJson& v, const QString& path, QString& out); // a non-empty short id or name
    bool oneOf(const OrderedJson& v, const QString& path, const QStringList& allowed, QString& out);
    // A word of a typed vocabulary (model/Vocabulary), as the model's value.
    template <typename E>
    bool oneOf(const OrderedJson& v, const QString& path, const QStringList& words, E& out)
    {
        QString word;
        if (!oneOf(v, path, words, word)) return false;
        out = *Vocabulary::value<E>(words, word);
        return true;
    }
    bool integer(const OrderedJson& v, const QString& path, int min, int max, int& out);
    bool number(const OrderedJson& v, const QString& path, std::optional<double>& out, bool nullable);
    bool flag(const OrderedJson& v, const QString& path, bool& out);
    bool date(const OrderedJson& v, const QString& path, QString& out);
    bool timestamp(const OrderedJson& v, const QString& path, QString& out);
    // A key of a per-year map ("1".."50"); the error names the key in the map at `mapPath`.
    bool year(const QString& key, const QString& mapPath, int& out);
    // A list of distinct labels; when `allowed` is not empty, each must be one of them.
    bool labels(const OrderedJson& v, const QString& path, const QStringList& allowed, QStringList& out);
    // A bilingual text with the stale / previous extensions; bookkeeping makes written sides current.
    bool biText(const OrderedJson& v, const QString& path, BiText& out);

    // A member's value, or an absent (null) value; use has() to tell them apart.
    static const OrderedJson& at(const OrderedJson& object, QStringView key);
    static const OrderedJson& at(const OrderedJson& object, QLatin1StringView key);
    static bool has(const OrderedJson& object, QStringView key) { return object.find(key) != nullptr; }
    static bool has(const OrderedJson& object, QLatin1StringView key) { return object.find(key) != nullptr; }

    // Reads member `key` of `object` with `read(value, path)` when it is present; an absent member keeps
    // its default and is not an error.
    template <typename Fn>
    static bool ifPresent(const OrderedJson& object, const char* key, const QString& path, Fn read)
    {
        const OrderedJson* v = object.find(QLatin1StringView(key));
        return !v || read(*v, member(path, QString::fromLatin1(key)));
    }

private:
    bool checkText(const QString& s, const QString& path);
    static QString typeName(const OrderedJson& v);

    QString m_fileName;
    Error m_error;
};

} // namespace cpc
