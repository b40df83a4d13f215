#pragma once

#include "edit/FieldChange.h"
#include "json/JsonFieldReader.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

class OrderedJson;

// Turns a partial cpcreport-json/1 document (what `cpcreport apply` takes) into field changes against the
// report as it is: an object in a list is matched by its id (a glossary entry by its English term); a
// field present is set, a field absent is left alone, and null clears it. An object whose id is not in
// the report is created whole. Errors name the JSON path.
//
// Patch-only extensions (docs/report-json-extensions.md): a bilingual text may carry "confirm": ["es"]
// to confirm that side as a faithful translation; an object with "remove": true (and its id) is removed.
// Comments in a patch are added to the report's list, or update "resolved" of the same comment.
class ChangeDocumentReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::ChangeDocumentReader)
public:
    static Result<QList<FieldChange>> read(const QByteArray& bytes, const Report& current,
                                           const QString& fileName = QString());

private:
    ChangeDocumentReader(const Report& current, const QString& fileName) : m_context(current), m_f(fileName) {}

    bool document(const OrderedJson& root);
    bool report(const OrderedJson& v, const QString& path);
    bool entities(const OrderedJson& v, const QString& path);
    bool sections(const OrderedJson& v, const QString& path);
    bool activities(const OrderedJson& v, const QString& path, const QString& sectionId);
    bool indicators(const OrderedJson& v, const QString& path);
    bool indicatorFields(const OrderedJson& v, const QString& path, const FieldPath& base);
    bool glossary(const OrderedJson& v, const QString& path);
    bool comments(const OrderedJson& v, const QString& path);

    // Helpers shared by every list: the object's id, a removal, a bilingual text patch and plain values.
    bool listItem(const OrderedJson& v, const QString& path, const char* idField, QString& id, bool& remove);
    bool text(const OrderedJson& v, const QString& path, const FieldPath& target);
    bool set(const FieldPath& target, const QJsonValue& value);
    bool setText(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool setOneOf(const OrderedJson& v, const QString& path, const FieldPath& target, const QStringList& allowed);
    bool setFlag(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool setNumber(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable);
    bool setEntityIds(const OrderedJson& v, const QString& path, const FieldPath& target);

    Report m_context; // the report with the objects this patch creates, for references
    JsonFieldReader m_f;
    QList<FieldChange> m_changes;
};

} // namespace cpc
