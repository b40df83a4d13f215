#pragma once

#include <QString>

namespace cpc {

// What went wrong and where: a JSON path, "file:line:column", a field path... Messages are already
// translated into the interface language (by the tr() of the class that reports them).
struct Error {
    // BadInput: the input (a file, a document, an edit) is wrong and nothing was done. Failed: the
    // operation could not be carried out for another reason (disk full, file locked, I/O error).
    enum class Kind { BadInput, Failed };

    QString message;
    QString where;
    Kind kind = Kind::BadInput;

    // "where: message", or just the message when there is no place.
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

} // namespace cpc
