#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"
#include "util/Result.h"

#include "json/JsonFieldReader.h"
#include <QCoreApplication>
#include <functional>

namespace cpc {

class OrderedJson;

// Turns a partial cpcreport-json/1 document (what `cpcreport apply` takes) into field changes against the
// report as it is: an object in a list is matched by its id (a glossary entry by its English term); a
// field present is set, a field absent is left alone, and null clears it. An object whose id is not in
// the report is created whole, read once here in the document's order (FieldChange::created). Errors
// name the JSON path.
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
    ChangeDocumentReader(const Report& current, const QString& fileName) : m_context(current), m_f(fileName)
    {
    }

    // What differs between the lists of a change document. The rest — each item names one object, once;
    // "remove": true removes one that exists; an unknown id creates the object whole; a known one is
    // changed field by field — is the same for all (items()).
    struct ListRules {
        // Reads the item's name (and where it is) and whether it is removed.
        std::function<bool(const OrderedJson& item, const QString& path, QString& id, QString& idPath,
                           bool& remove)>
            name;
        QString twice, noneToRemove; // messages, %1 the id
        std::function<bool(const QString& id)> exists;
        std::function<bool(const QString& id, const QString& idPath)> check; // may refuse the item
        std::function<FieldPath(const QString& id)> removal;
        std::function<bool(const OrderedJson& item, const QString& path)> create;
        std::function<bool(const OrderedJson& item, const QString& path, const QString& id)> change;
    };

    bool document(const OrderedJson& root);
    bool items(const OrderedJson& list, const QString& path, const ListRules& rules);
    bool entities(const OrderedJson& v, const QString& path);
    bool sections(const OrderedJson& v, const QString& path);
    bool activities(const OrderedJson& v, const QString& path, const QString& sectionId);
    bool indicators(const OrderedJson& v, const QString& path);
    bool glossary(const OrderedJson& v, const QString& path);
    bool comments(const OrderedJson& v, const QString& path);
    // An object named by its "id" (a glossary entry by its English term), and whether it is removed
    // ("remove": true and nothing else).
    bool listItem(const OrderedJson& v, const QString& path, QString& id, QString& idPath, bool& remove);
    bool glossaryItem(const OrderedJson& v, const QString& path, QString& english, QString& termPath,
                      bool& remove);

    Report m_context; // the report with the objects this patch creates, for references
    JsonFieldReader m_f;
    QList<FieldChange> m_changes;
};

} // namespace cpc
