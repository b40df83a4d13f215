#pragma once

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

    static std::optional<Languages> languagesFromId(const QString& id);
    static std::optional<Layout> layoutFromId(const QString& id);
    static std::optional<Paper> paperFromId(const QString& id);
};

// Called with 0..100 as the export advances; may be called from the exporting thread only.
using PdfProgress = std::function<void(int percent)>;

} // namespace cpc
