#include "spelling/InstallSpelling.h"

#include "editor/TextSideEditor.h"
#include "spelling/ReportSpelling.h"
#include "spelling/SpellHighlighter.h"
#include "window/WindowShell.h"

namespace cpc {

void installSpelling(WindowShell& window)
{
    static const bool decorated = [] {
        TextSideEditor::addDecorator(
            [](TextSideEditor& side) { new SpellHighlighter(side.editor(), side.language()); });
        return true;
    }();
    (void)decorated;
    auto* spelling = new ReportSpelling(window);
    // Editors built before their page joined the window find the window's spelling now.
    QObject::connect(&window, &WindowShell::nodeSelected, spelling, [&window, spelling] {
        if (QWidget* page = window.currentPage())
            for (SpellHighlighter* h : page->findChildren<SpellHighlighter*>())
                h->attach(spelling);
    });
}

} // namespace cpc
