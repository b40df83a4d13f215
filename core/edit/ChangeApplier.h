#pragma once

#include "edit/BreakdownIndex.h"
#include "edit/FieldChange.h"
#include "edit/ObjectListChange.h"
#include "edit/TouchedObjects.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// Applies field changes to a report in memory, checking each value and the rules every edit obeys
// (references exist, approved content is locked, ids are unique). Records which objects it touched. Used
// on a copy of the report, so a failed change leaves the original as it was.
class ChangeApplier {
    Q_DECLARE_TR_FUNCTIONS(cpc::ChangeApplier)
public:
    ChangeApplier(Report& report, TouchedObjects& touched)
        : m_r(report), m_t(touched), m_lists(report, touched)
    {
    }

    // `rev` is the revision this change gets (text sides record it).
    Status apply(const FieldChange& change, qint64 rev);
    // The value at `path` in the report being changed, as FieldValues::get gives it; a breakdown
    // category is found through the index instead of by walking its list.
    QJsonValue value(const FieldPath& path);

private:
    Status applyEntity(const FieldChange& c, qint64 rev);
    Status applySection(const FieldChange& c, qint64 rev);
    Status applyActivity(const FieldChange& c, qint64 rev);
    Status applyIndicator(const FieldChange& c, qint64 rev);
    Status applyGlossary(const FieldChange& c, qint64 rev);
    Status applyComments(const FieldChange& c);

    Report& m_r;
    TouchedObjects& m_t;
    ObjectListChange m_lists;
    BreakdownIndex m_breakdowns;
};

} // namespace cpc
