#pragma once

#include "merge/ContributionRequest.h"
#include "merge/ContributionScope.h"

#include <QCoreApplication>
#include <optional>

namespace cpc {

struct NavNode;
class ReportDocument;

// The open file seen as a contribution: whose it is, what was asked, and which parts it may write.
// The scope is taken when the file is opened; a contribution cannot change its own assignments.
struct OpenContribution {
    Q_DECLARE_TR_FUNCTIONS(cpc::OpenContribution)
public:
    ContributionRequest request;
    ContributionScope scope;

    // Nothing when `doc` is an ordinary report.
    static std::optional<OpenContribution> of(const ReportDocument& doc);

    // Whether anything of `node` is open for writing in this contribution.
    bool covers(const NavNode& node) const;
    // "Contribution for RENACER, requested by Ana (MOI) on 2 May 2024, due 30 June 2024"
    QString bannerSummary(const Report& report) const;
    // The note of the request and what can be changed here.
    QString bannerDetails(const Report& report) const;
};

} // namespace cpc
