#pragma once

#include "checks/CheckContext.h"

#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace cpc {

// What `cpcreport export-pdf` and the window let the user choose.
struct PdfOptions {
    enum class Languages { En, Es, Both };
    // Sequential: the whole report in English, then in Spanish, each with its own contents.
    // Parallel: English beside Spanish, each pair of blocks starting at the same height.
    enum class Layout { Sequential, Parallel };
    enum class Paper { Letter, A4 };

    Languages languages = Languages::Both;
    Layout layout = Layout::Sequential;
    Paper paper = Paper::Letter;
    // A report that `check` finds not ready (errors remain) prints as a draft, marked on every page;
    // `final` prints it as final anyway, its cover listing what remains.
    bool final = false;
    // What the readiness check needs besides the report (the template's required parts).
    CheckContext checks;

    static std::optional<Languages> languagesFromId(const QString& id);
    static std::optional<Layout> layoutFromId(const QString& id);
    static std::optional<Paper> paperFromId(const QString& id);
};

// Called with 0..100 as the export advances; may be called from the exporting thread only.
using PdfProgress = std::function<void(int percent)>;

} // namespace cpc
