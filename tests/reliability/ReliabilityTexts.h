#pragma once

#include "model/FieldPath.h"

#include <QString>

namespace cpc::reliability {

// What the killed child writes and the parent expects: the English body of objective 3 (not approved in
// the sample, so edits are allowed), long enough that a commit takes a while and a kill can land in it.
inline FieldPath editedPath()
{
    return FieldPath{QStringLiteral("sections"), QStringLiteral("objective-3"), QStringLiteral("body"),
                     QStringLiteral("en")};
}

inline QString editText(int id)
{
    if (id == 0) return QString(); // "no edit yet": the parent compares with the original instead
    return QStringLiteral("Edit %1. ").arg(id) +
           QStringLiteral("The judicial response to trafficking of children improved in Cartagena. ")
               .repeated(2000);
}

} // namespace cpc::reliability
