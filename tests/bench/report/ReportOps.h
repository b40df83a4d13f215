// One measurement of issue 9's list on one report file, run in a process of its own (ReportBenchmark).
#pragma once

#include <QString>

namespace cpc::bench {

// `op`: open | edit | pdf | check | import | merge. `label` names the report in the printed figures
// ("sample", "large"); `file` is a .cpcreport the operation may change; `work` a scratch folder.
// Prints "name: value unit" lines; false when the operation failed.
bool runReportOp(const QString& op, const QString& label, const QString& file, const QString& work);

} // namespace cpc::bench
