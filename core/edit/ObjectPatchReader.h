#pragma once

#include "edit/FieldChange.h"
#include "edit/FieldPatchReader.h"
#include "model/FieldSchema.h"
#include "model/Report.h"

#include "json/JsonFieldReader.h"

namespace cpc {

// Reads the fields present in one object of a change document — the report's own fields, or an entity,
// section, activity, indicator or glossary entry the report has — into changes at their field paths
// (model/Paths): a field present is set, null clears it, a field absent is left alone. Errors name the
// JSON path. The list skeleton around it (which object, created, removed) is ChangeDocumentReader's.
class ObjectPatchReader {
public:
    // `context` is the report with the objects the document creates, for references.
    ObjectPatchReader(const Report& context, JsonFieldReader& f, QList<FieldChange>& out)
        : m_context(context), m_f(f), m_field(context, f, out)
    {
    }

    bool report(const OrderedJson& v, const QString& path);
    bool entity(const OrderedJson& v, const QString& path, const Entity& e);
    // Every field but the nested activities, which the list skeleton reads.
    bool section(const OrderedJson& v, const QString& path, const Section& s);
    bool activity(const OrderedJson& v, const QString& path, const Activity& a);
    bool indicator(const OrderedJson& v, const QString& path, const Indicator& i);
    bool glossaryEntry(const OrderedJson& v, const QString& path, const GlossaryEntry& g);

private:
    bool period(const OrderedJson& v, const QString& path);
    bool breakdownYear(const OrderedJson& year, const QString& path, const FieldPath& target);

    const Report& m_context;
    JsonFieldReader& m_f;
    FieldPatchReader m_field;
};

} // namespace cpc
