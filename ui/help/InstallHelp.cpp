#include "help/InstallHelp.h"

#include "help/AboutDialog.h"
#include "help/UserGuideDialog.h"
#include "window/WindowShell.h"

#include <QAction>

namespace cpc {

void installHelp(WindowShell& window)
{
    QObject::connect(window.userGuideAction(), &QAction::triggered, &window,
                     [&window] { UserGuideDialog::showFor(&window); });
    QObject::connect(window.aboutAction(), &QAction::triggered, &window,
                     [&window] { AboutDialog(&window).exec(); });
}

} // namespace cpc
