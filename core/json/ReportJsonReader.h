#pragma once

#include "model/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace cpc {

class JsonFieldReader;
class OrderedJson;

// Reads cpcreport-json/1 (../shared/spec/report-json.md plus the extensions in
// docs/report-json-extensions.md). Every problem is an Error whose `where` is the file name and the JSON path
// (e.g. "r.json: indicators[3].targets[\"2\"]"); its message says what was expected. Nothing is
// half-read: the result is a whole, valid Report or an Error.
class ReportJsonReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::ReportJsonReader)
public:
    // A whole document. Checks size and nesting limits, UTF-8, types, closed vocabularies, dates, unique
    // ids and references between objects.
    static Result<Report> read(const QByteArray& bytes, const QString& fileName = QString());

    // One object, as it appears in a document, for edits that create it. `path` is the JSON path used in
    // messages. References to entities are checked against `context`.
    static Result<Entity> readEntity(const QJsonValue& v, const QString& path);
    static Result<Section> readSection(const QJsonValue& v, const QString& path, const Report& context);
    static Result<Activity> readActivity(const QJsonValue& v, const QString& path, const Report& context);
    static Result<Indicator> readIndicator(const QJsonValue& v, const QString& path, const Report& context);
    static Result<GlossaryEntry> readGlossaryEntry(const QJsonValue& v, const QString& path);
    static Result<Comment> readComment(const QJsonValue& v, const QString& path, const Report& context);

    // The same readers on an ordered value (which keeps the author's order of disaggregation
    // categories), reporting into `f`; they return false on the first problem. Sections and activities are
    // SectionJsonReader's, indicators IndicatorJsonReader's.
    static bool readEntity(const OrderedJson& v, const QString& path, JsonFieldReader& f, Entity& out);
    static bool readGlossaryEntry(const OrderedJson& v, const QString& path, JsonFieldReader& f,
                                  GlossaryEntry& out);
    static bool readComment(const OrderedJson& v, const QString& path, const Report& context,
                            JsonFieldReader& f, Comment& out);
    // The "entities" and "glossary" lists (a report's or a template's), no id or English term twice.
    static bool readEntities(const OrderedJson& list, const QString& path, JsonFieldReader& f,
                             QList<Entity>& out);
    static bool readGlossary(const OrderedJson& list, const QString& path, JsonFieldReader& f,
                             QList<GlossaryEntry>& out);
    // A part's review: its status and the reason it was returned, in members `statusKey` and `reasonKey`.
    static bool readReview(const OrderedJson& v, const QString& path, const char* statusKey,
                           const char* reasonKey, JsonFieldReader& f, Workflow& out);
    // Entity ids that must all exist in `context`.
    static bool readEntityIds(const OrderedJson& v, const QString& path, const Report& context,
                              JsonFieldReader& f, QStringList& out);
    // The "format" member: absent is allowed only when `required` is false.
    static bool checkFormat(const OrderedJson& root, bool required, JsonFieldReader& f);

    static QString formatId(); // "cpcreport-json/1"

private:
    static bool readInfo(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                         ReportInfo& out);
};

} // namespace cpc
