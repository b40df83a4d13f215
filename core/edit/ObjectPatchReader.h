#pragma once

#include "edit/FieldChange.h"
#include "json/JsonFieldReader.h"
#include "model/FieldSchema.h"
#include "model/Report.h"

namespace cpc {

// Reads the fields present in one object of a change document — the report's own fields, or an entity,
// section, activity, indicator or glossary entry the report has — into changes at their field paths
// (model/Paths): a field present is set, null clears it, a field absent is left alone. Errors name the
// JSON path. The list skeleton around it (which object, created, removed) is ChangeDocumentReader's.
class ObjectPatchReader {
public:
    // `context` is the report with the objects the document creates, for references.
    ObjectPatchReader(const Report& context, JsonFieldReader& f, QList<FieldChange>& out)
        : m_context(context), m_f(f), m_changes(out)
    {
    }

    bool report(const OrderedJson& v, const QString& path);
    bool entity(const OrderedJson& v, const QString& path, const Entity& e);
    // Every field but the nested activities, which the list skeleton reads.
    bool section(const OrderedJson& v, const QString& path, const Section& s);
    bool activity(const OrderedJson& v, const QString& path, const Activity& a);
    bool indicator(const OrderedJson& v, const QString& path, const Indicator& i);
    bool glossaryEntry(const OrderedJson& v, const QString& path, const GlossaryEntry& g);

    // A bilingual text patch {"en", "es", "confirm"} of a field of `kind` (its values but LANG).
    bool text(const OrderedJson& v, const QString& path, FieldKind kind, const QStringList& values = {});

private:
    bool set(const FieldPath& target, const QJsonValue& value);
    bool setText(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool setOneOf(const OrderedJson& v, const QString& path, const FieldPath& target, const QStringList& allowed);
    bool setFlag(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool setNumber(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool setEntityIds(const OrderedJson& v, const QString& path, const FieldPath& target);
    bool period(const OrderedJson& v, const QString& path);
    bool breakdownYear(const OrderedJson& year, const QString& path, const FieldPath& target);

    const Report& m_context;
    JsonFieldReader& m_f;
    QList<FieldChange>& m_changes;
};

} // namespace cpc
