#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace cpc {

// Writes cpcreport-json/1 with the fields in the order of the specification, two-space indented.
// Extension fields are written only when they differ from their default, so that a document read and
// written again comes back the same.
class ReportJsonWriter {
public:
    static QByteArray write(const Report& report);

    // The JSON form of one object or field, as it stands in a document (used for history and merge).
    static QJsonObject toJson(const Entity& e);
    static QJsonObject toJson(const Section& s);
    static QJsonObject toJson(const Activity& a);
    static QJsonObject toJson(const Indicator& i);
    static QJsonObject toJson(const GlossaryEntry& g);
    static QJsonObject toJson(const Comment& c);
    static QJsonObject toJson(const BiText& t);
    static QJsonObject toJson(const Report& r); // the whole document
    // Only the member `member` (all of them when empty) and, of a member keyed by year, only `year` (all
    // when empty): enough to read one field without writing out the whole object.
    static QJsonObject toJson(const Section& s, QStringView member);
    static QJsonObject toJson(const Indicator& i, QStringView member, QStringView year);
};

} // namespace cpc
