#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"
#include "util/Result.h"

namespace cpc {

// Turns a partial cpcreport-json/1 document (what `cpcreport apply` takes) into field changes against the
// report as it is: an object in a list is matched by its id (a glossary entry by its English term); a
// field present is set, a field absent is left alone, and null clears it. An object whose id is not in
// the report is created whole. Errors name the JSON path.
class ChangeDocumentReader {
public:
    static Result<QList<FieldChange>> read(const QByteArray& bytes, const Report& current,
                                           const QString& fileName = QString());
};

} // namespace cpc
