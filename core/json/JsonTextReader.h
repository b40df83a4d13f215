#pragma once

#include "util/Result.h"

#include "json/OrderedJson.h"
#include <QByteArray>
#include <QCoreApplication>

namespace cpc {

// Turns the bytes of a JSON file into a value, refusing anything that could hurt before it is parsed:
// files over the size limit, text that is not UTF-8, nesting deeper than the limit. Syntax errors are
// reported at line:column, which is what people can find in an editor. Object members keep the order of
// the file (see OrderedJson).
class JsonTextReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::JsonTextReader)
public:
    static Result<OrderedJson> parse(const QByteArray& bytes, const QString& fileName);

    // Where a byte offset is, as "file:line:column" (or "line L, column C" without a file name).
    static QString place(const QByteArray& bytes, qsizetype offset, const QString& fileName);

private:
    explicit JsonTextReader(const QByteArray& bytes) : m_p(bytes.constData()), m_end(m_p + bytes.size()) {}
    // These parse text that Qt's parser has already accepted, so they need no error handling.
    OrderedJson value();
    QString string();
    OrderedJson number();
    void skipSpace();

    const char* m_p;
    const char* m_end;
};

} // namespace cpc
