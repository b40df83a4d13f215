#include "cli/CommandRegistry.h"

#include "cli/ApplyCommand.h"
#include "cli/CheckCommand.h"
#include "cli/ExportDocxCommand.h"
#include "cli/ExportIndicatorsCommand.h"
#include "cli/ExportJsonCommand.h"
#include "cli/ExportPdfCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/ImportIndicatorsCommand.h"
#include "cli/MergeCommand.h"
#include "cli/NewCommand.h"
#include "cli/RequestCommand.h"
#include "cli/SummaryCommand.h"

namespace cpc::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<NewCommand>());
    c.push_back(std::make_unique<ExportJsonCommand>());
    c.push_back(std::make_unique<ExportPdfCommand>());
    c.push_back(std::make_unique<ExportDocxCommand>());
    c.push_back(std::make_unique<ApplyCommand>());
    c.push_back(std::make_unique<ImportIndicatorsCommand>());
    c.push_back(std::make_unique<ExportIndicatorsCommand>());
    c.push_back(std::make_unique<RequestCommand>());
    c.push_back(std::make_unique<MergeCommand>());
    c.push_back(std::make_unique<CheckCommand>());
    c.push_back(std::make_unique<SummaryCommand>());
    c.push_back(std::make_unique<HistoryCommand>());
    return c;
}

} // namespace cpc::cli
