#pragma once

#include "model/FieldPath.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace cpc {

struct Report;

// Names a field of the report the way a reader would ("Objective 1 › Narrative (Spanish)") and shows
// its value on one line, for the merge review, the history panel and the find panel. The kind of the path
// (model/FieldSchema) decides the name: a new kind of field gets its name in FieldLabel.cpp's switch.
class FieldLabel {
    Q_DECLARE_TR_FUNCTIONS(cpc::FieldLabel)
public:
    static QString describe(const Report& report, const FieldPath& path);
    // The part after the object ("Narrative (Spanish)"), for lists that already name the object.
    static QString fieldName(const FieldPath& path);
    // A value on one line: text as is (shortened to `maxChars`), figures, lists; "—" for nothing.
    static QString value(const QJsonValue& v, int maxChars = 160);
    // The whole value, for tooltips and diffs: text as is, other values in their JSON form.
    static QString fullText(const QJsonValue& v);
    // The value of the field at `path` as a reader says it, on one line: statuses, progress, forms of
    // trafficking and entities by their names in the interface language, texts without their Markdown.
    // Whole when `maxChars` is negative.
    static QString readable(const Report& report, const FieldPath& path, const QJsonValue& v,
                            int maxChars = 160);
    // The plain text of a Markdown text, as a reader sees it rendered.
    static QString plainText(const QString& markdown);
    // Whether the field at `path` holds a formatted text (a narrative, a title...), shown rendered.
    static bool isText(const FieldPath& path, const QJsonValue& v);
};

} // namespace cpc
