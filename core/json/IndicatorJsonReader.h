#pragma once

#include "model/Report.h"

#include <QCoreApplication>

namespace cpc {

class JsonFieldReader;
class OrderedJson;

// Reads an indicator of cpcreport-json/1 and its parts keyed by reporting year. Split from
// ReportJsonReader because the per-year maps are shared with change documents.
class IndicatorJsonReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::IndicatorJsonReader)
public:
    static bool read(const OrderedJson& v, const QString& path, const Report& context, JsonFieldReader& f,
                     Indicator& out);
    // {"1": 150, "2": null}: a year present with null is kept as "not reported yet".
    static bool yearValues(const OrderedJson& v, const QString& path, JsonFieldReader& f,
                           QMap<int, std::optional<double>>& out);
    // One year's breakdown: {"sex": {"female": 120, "male": 43}, ...}, in the author's order.
    static bool disaggregation(const OrderedJson& v, const QString& path, JsonFieldReader& f,
                               QList<Disaggregation>& out);
    static bool baseline(const OrderedJson& v, const QString& path, JsonFieldReader& f, Indicator& out);
};

} // namespace cpc
