#include "help/AboutDialog.h"

#include "util/ResourcePaths.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cpc {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About CPC Report Studio"));
    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p>")
            .arg(tr("CPC Report Studio"), tr("Version %1").arg(ResourcePaths::version().toHtmlEscaped()),
                 tr("Writes the annual report of the U.S.–Colombia Child Protection Compact Partnership "
                    "on child trafficking, in English and Spanish, and exports it as a PDF."),
                 tr("Free software; see the licence that came with the program.")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace cpc
