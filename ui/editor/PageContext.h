#pragma once

#include "navigator/NavNode.h"

#include <functional>

class QWidget;

namespace cpc {

class EditSession;
class ReportDocument;

// What a page needs to show and edit one navigator node. Pages edit only through `session` (so every
// change is undoable and in the file within a second) and follow `document`'s changed() signal.
struct PageContext {
    ReportDocument* document = nullptr;
    EditSession* session = nullptr;
    NavNode node;
};

// Makes the page for a node; the window owns and deletes it when another node is chosen.
using PageFactory = std::function<QWidget*(const PageContext&)>;

} // namespace cpc
