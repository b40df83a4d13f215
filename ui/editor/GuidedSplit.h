#pragma once

#include <QCoreApplication>

class QTextBrowser;
class QWidget;

namespace cpc {

// The layout every writing page shares: the form on the left, the template's guidance beside it in a
// splitter the user can move. One place, so that section and activity pages look and behave alike.
class GuidedSplit {
    Q_DECLARE_TR_FUNCTIONS(cpc::GuidedSplit)
public:
    // Gives `page` an outer layout holding `form` and `guidance` (with its title) side by side.
    static void install(QWidget* page, QWidget* form, QTextBrowser* guidance);
};

} // namespace cpc
