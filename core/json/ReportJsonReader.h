#pragma once

#include "model/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace cpc {

class JsonFieldReader;
class OrderedJson;

// Reads cpcreport-json/1 (../shared/spec/report-json.md plus the extensions in docs/report-json-extensions.md).
// Every problem is an Error whose `where` is the file name and the JSON path
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
    static Result<BiText> readBiText(const QJsonValue& v, const QString& path);

    // Parses bytes into JSON after checking the limits and UTF-8 (shared by every JSON input).
    static Result<QJsonObject> parseObject(const QByteArray& bytes, const QString& fileName);

    // The same readers on an ordered value (which keeps the author's order of disaggregation
    // categories), reporting into `f`; they return false on the first problem.
    static bool readInfo(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                         ReportInfo& out);
    static bool readEntity(const OrderedJson& v, const QString& path, JsonFieldReader& f, Entity& out);
    static bool readSection(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                            Section& out);
    static bool readActivity(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                             Activity& out);
    static bool readIndicator(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                              Indicator& out);
    static bool readGlossaryEntry(const OrderedJson& v, const QString& path, JsonFieldReader& f, GlossaryEntry& out);
    static bool readComment(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                            Comment& out);
    // Entity ids that must all exist in `context`.
    static bool readEntityIds(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                              QStringList& out);
    // The "format" member: absent is allowed only when `required` is false.
    static bool checkFormat(const OrderedJson& root, bool required, JsonFieldReader& f);

    static QString formatId(); // "cpcreport-json/1"
};

} // namespace cpc
