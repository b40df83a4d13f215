#include "editor/GuidedSplit.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextOption>
#include <QVBoxLayout>

namespace cpc {

namespace {
// The first time the splitter has a width, it shares it 3:1 between the form and the guidance. Left to
// itself it gives the form all it asks for (two languages side by side ask for a lot), and on a wide
// screen the guidance was squeezed to its minimum, its longer words cut at the edge.
class FirstShare : public QObject {
public:
    explicit FirstShare(QSplitter* split) : QObject(split), m_split(split)
    {
        split->installEventFilter(this);
    }

    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Resize && m_split->width() > 0) {
            const int w = m_split->width() - m_split->handleWidth();
            m_split->setSizes({w - w / 4, w / 4});
            m_split->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    QSplitter* m_split;
};
} // namespace

void GuidedSplit::install(QWidget* page, QWidget* form, QTextBrowser* guidance)
{
    const QString title = GuidedSplit::tr("Guidance");
    guidance->setAccessibleName(title);
    guidance->setOpenExternalLinks(true);
    // Lines break between words only: a word that does not fit scrolls rather than being cut in two
    // ("sensibilizació n"), which reads as a misspelling.
    guidance->setWordWrapMode(QTextOption::WordWrap);
    auto* guideBox = new QWidget(page);
    auto* guideLayout = new QVBoxLayout(guideBox);
    auto* guideTitle = new QLabel(title, guideBox);
    guideTitle->setFont(QFont(guideTitle->font().family(), -1, QFont::Bold));
    guideLayout->addWidget(guideTitle);
    guideLayout->addWidget(guidance, 1);
    // Bullets indented as far as a few letters, not Qt's 40 pixels: the column is narrow on a laptop.
    guidance->document()->setIndentWidth(page->fontMetrics().averageCharWidth() * 2.5);
    // Narrower than this, a long word ("Interinstitucional") does not fit a bulleted line and scrolls.
    guideBox->setMinimumWidth(page->fontMetrics().averageCharWidth() * 32);

    auto* split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("pageSplitter"));
    // A form taller than a laptop's screen scrolls inside the page; it never makes the window taller.
    auto* scroll = new QScrollArea(split);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(form);
    split->addWidget(scroll);
    split->addWidget(guideBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    new FirstShare(split);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);
}

} // namespace cpc
