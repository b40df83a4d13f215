#include "dialogs/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cpc {

QString UserGuideDialog::guideMarkdown()
{
    const QStringList parts{
        tr("### Finding your way"),
        tr("The navigator on the left shows the whole report: the cover details, each section, each objective "
           "with its activities, the indicators by objective, the glossary and the entities. Beside each part "
           "you see its review status and whether its translation is current."),
        tr("### Writing in two languages"),
        tr("Each text shows the report's source language first and its translation beside it. A side is "
           "*missing* when it has no text yet, *current* when it is in step with the other language, and "
           "*stale* when the other language changed after it was last confirmed. Use **Show changes** to see "
           "what changed, update the translation, or **Confirm translation** when it is still right."),
        tr("### Your work is always saved"),
        tr("Everything you type is written to the report file within a second. There is no Save button. "
           "Undo and Redo work for every change, even after you close and reopen the report."),
        tr("### Working together"),
        tr("When somebody else has the report open, it opens read-only for you, with a notice at the top. "
           "Use File > Save a Copy As to keep a copy elsewhere."),
        tr("### Keyboard"),
        tr("F6 goes to the navigator and Shift+F6 back to the page; Tab moves between fields; Ctrl+F finds a "
           "word in both languages; Ctrl+B and Ctrl+I make text bold or italic."),
    };
    return parts.join(QStringLiteral("\n\n"));
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("User Guide"));
    auto* view = new QTextBrowser(this);
    view->setMarkdown(guideMarkdown());
    view->setAccessibleName(tr("User Guide"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace cpc
