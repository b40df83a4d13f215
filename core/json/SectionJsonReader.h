#pragma once

#include "model/Report.h"

namespace cpc {

class JsonFieldReader;
class OrderedJson;

// Reads a section of cpcreport-json/1 and the activities of an objective section, as IndicatorJsonReader
// reads an indicator; the document around them is ReportJsonReader's, whose translation context the
// messages keep. Entities they name must be in `context`. Each returns false on the first problem,
// reported into `f`.
class SectionJsonReader {
public:
    static bool read(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                     Section& out);
    static bool activity(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                         Activity& out);
};

} // namespace cpc
