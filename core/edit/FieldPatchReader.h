#pragma once

#include "edit/FieldChange.h"
#include "model/FieldSchema.h"
#include "model/Report.h"

#include "json/JsonFieldReader.h"

namespace cpc {

// Reads one field's value in a change document, checked as its type requires, into a change at the
// field's path (model/Paths); `nullable` fields take null, which clears them. Errors name the JSON path.
// ObjectPatchReader says which fields an object has.
class FieldPatchReader {
public:
    // `context` is the report with the objects the document creates, for references.
    FieldPatchReader(const Report& context, JsonFieldReader& f, QList<FieldChange>& out)
        : m_context(context), m_f(f), m_changes(out)
    {
    }

    bool set(const FieldPath& target, const QJsonValue& value);
    // A bilingual text patch {"en", "es", "confirm"} of a field of `kind` (its values but LANG).
    bool biText(const OrderedJson& v, const QString& path, FieldKind kind, const QStringList& values = {});
    bool text(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool oneOf(const OrderedJson& v, const QString& path, const FieldPath& target,
               const QStringList& allowed);
    bool flag(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool number(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool entityIds(const OrderedJson& v, const QString& path, const FieldPath& target);

private:
    const Report& m_context;
    JsonFieldReader& m_f;
    QList<FieldChange>& m_changes;
};

} // namespace cpc
