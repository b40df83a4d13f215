#pragma once

#include "template/Template.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cpc {

class JsonFieldReader;
class OrderedJson;

// Reads a report template, format "cpcreport-template/1" (docs/templates.md). Every problem is an Error
// whose `where` is the file name and the JSON path (e.g. "t.json: sections[2].kind") and whose message
// says what was expected. The result is a whole, consistent Template or an Error, never half of one:
// ids are unique, every entity named exists, objective sections name a listed objective.
class TemplateReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::TemplateReader)
public:
    static Result<Template> read(const QByteArray& bytes, const QString& fileName = QString());

    static QString formatId(); // "cpcreport-template/1"

    // A template is a few dozen kilobytes; anything far larger is not one, and is refused before parsing.
    static constexpr qint64 kMaxTemplateBytes = qint64(4) << 20;
    // Sections and objectives a template may list: a report of more parts than this cannot be printed
    // as one document anyone would read.
    static constexpr int kMaxSections = 200;
    static constexpr int kMaxObjectives = 4;
    // A suggested length above this many words is a typing error (a whole report is ~20,000 words).
    static constexpr int kMaxSuggestedWords = 100000;
    // Template ids become file names (ID.json) and command-line arguments.
    static constexpr int kMaxIdLength = 64;

private:
    static bool readHeader(const OrderedJson& root, JsonFieldReader& f, Template& t);
    static bool readObjectives(const OrderedJson& list, const QString& path, JsonFieldReader& f, Template& t);
    static bool readTraffickingTypes(const OrderedJson& list, const QString& path, JsonFieldReader& f,
                                     Template& t);
    static bool readSections(const OrderedJson& list, const QString& path, JsonFieldReader& f, Template& t);
    static bool readSection(const OrderedJson& v, const QString& path, JsonFieldReader& f, const Template& t,
                            TemplateSection& out);
    static bool readIndicators(const OrderedJson& list, const QString& path, JsonFieldReader& f, Template& t);
};

} // namespace cpc
