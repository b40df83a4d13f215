#pragma once

#include "model/BreakdownLabels.h"
#include "util/Result.h"

#include "json/OrderedJson.h"
#include <QCoreApplication>
#include <QJsonObject>

namespace cpc {

class JsonFieldReader;

// The `breakdown_labels` extension of cpcreport-json/1 (docs/report-json-extensions.md), also the
// vocabulary of a template (docs/templates.md):
//
//   [{"dimension": "sex", "label": {"en": "Sex", "es": "Sexo"},
//     "categories": [{"category": "female", "label": {"en": "Female", "es": "Femenino"}}]}]
//
// Lists, so that the author's order survives; a label is a plain {"en", "es"} pair of one-line texts.
class BreakdownLabelsJson {
    Q_DECLARE_TR_FUNCTIONS(cpc::BreakdownLabelsJson)
public:
    static bool read(const OrderedJson& v, const QString& path, JsonFieldReader& f, BreakdownLabels& out);
    static bool readDimension(const OrderedJson& v, const QString& path, JsonFieldReader& f,
                              BreakdownLabels::Dimension& out);
    static bool readLabel(const OrderedJson& v, const QString& path, JsonFieldReader& f, BiText& out);
    // For edits whose value is a whole entry or label (undo of a removal).
    static Result<BreakdownLabels::Dimension> readDimension(const QJsonValue& v, const QString& path);
    static Result<BiText> readLabel(const QJsonValue& v, const QString& path);

    // One side of a label: one short line.
    static bool readLabelSide(const OrderedJson& v, const QString& path, JsonFieldReader& f, QString& out);

    static OrderedJson write(const BreakdownLabels& labels);
    static OrderedJson write(const BreakdownLabels::Dimension& d);
    static OrderedJson write(const BiText& label);
};

} // namespace cpc
