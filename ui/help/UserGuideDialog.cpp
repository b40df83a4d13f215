#include "help/UserGuideDialog.h"

#include "common/GuideHtml.h"
#include "common/MessageBox.h"
#include "common/UiLanguage.h"
#include "util/ResourcePaths.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cpc {

UserGuideDialog::UserGuideDialog(Language language, QWidget* parent)
    : QDialog(parent), m_language(language), m_file(guideFile(language)), m_view(new QTextBrowser(this)),
      m_openInBrowser(new QPushButton(tr("Open in &Web Browser"), this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User Guide"));
    m_view->setAccessibleName(tr("User Guide"));
    m_view->setOpenExternalLinks(true);
    if (m_file.isEmpty()) {
        m_view->setPlainText(
            tr("The user guide is not installed: CPC Report Studio looked for it in %1 and in %2.")
                .arg(QDir::toNativeSeparators(ResourcePaths::dataDir() + QStringLiteral("/guide")),
                     QDir::toNativeSeparators(QStringLiteral(CPC_SOURCE_GUIDE))));
        m_openInBrowser->setEnabled(false);
    } else {
        // Relative picture paths (../images/…) resolve against the source file, as they do in the repository.
        m_view->setSource(QUrl::fromLocalFile(m_file), QTextDocument::MarkdownResource);
    }
    m_view->viewport()->installEventFilter(this);
    m_openInBrowser->setToolTip(tr("Read or print the guide in your web browser"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openInBrowser, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openInBrowser, &QPushButton::clicked, this, &UserGuideDialog::openInBrowser);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 640);
}

UserGuideDialog* UserGuideDialog::showFor(QWidget* parent)
{
    auto* dialog =
        parent ? parent->findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) dialog = new UserGuideDialog(UiLanguage::current(), parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString UserGuideDialog::guideDir()
{
    const QString installed = ResourcePaths::file(QStringLiteral("guide"));
    if (!installed.isEmpty()) return installed;
    const QString source = QStringLiteral(CPC_SOURCE_GUIDE);
    return QFileInfo(source).isDir() ? source : QString();
}

QString UserGuideDialog::guideFile(Language language)
{
    const QString dir = guideDir();
    if (dir.isEmpty()) return {};
    for (Language l : {language, Language::En}) {
        const QString path = QDir(dir).filePath(languageCode(l) + QStringLiteral("/index.md"));
        if (QFileInfo(path).isFile()) return path;
    }
    return {};
}

void UserGuideDialog::openInBrowser()
{
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("User Guide"),
                            tr("The guide could not be read from %1: %2")
                                .arg(QDir::toNativeSeparators(m_file), in.errorString()));
        return;
    }
    const QString markdown = QString::fromUtf8(in.readAll());
    const QUrl base = QUrl::fromLocalFile(QFileInfo(m_file).absolutePath() + QLatin1Char('/'));
    const QString code = languageCode(m_language);
    const QString html = GuideHtml::page(markdown, windowTitle(), code, base);

    // The installed guide is read-only, so the page goes to the user's cache, replaced on each opening.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("user-guide-%1.html").arg(code));
    QSaveFile out(path);
    if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly) || out.write(html.toUtf8()) < 0 ||
        !out.commit()) {
        MessageBox::warning(this, tr("User Guide"),
                            tr("The guide could not be prepared for the web browser in %1: %2")
                                .arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    m_webPage = path;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::warning(this, tr("User Guide"),
                            tr("No web browser could be started. You can open the guide yourself: %1")
                                .arg(QDir::toNativeSeparators(path)));
}

bool UserGuideDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) fitImages();
    return QDialog::eventFilter(watched, event);
}

// Screenshots are taken at full size; in the dialog they shrink to its width (never grow), keeping their
// proportions, so the reader never has to scroll sideways.
void UserGuideDialog::fitImages()
{
    QTextDocument* doc = m_view->document();
    const int room = qMax(200, m_view->viewport()->width() - 2 * int(doc->documentMargin()) - 8);
    struct Fit {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Fit> fits;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid()) continue;
            const QUrl url = m_view->source().resolved(QUrl(image.name()));
            const QSize natural = QImageReader(url.toLocalFile()).size();
            if (!natural.isValid() || natural.width() <= 0) continue;
            const int width = qMin(natural.width(), room);
            if (qFuzzyCompare(image.width(), qreal(width))) continue;
            image.setWidth(width);
            image.setHeight(qreal(natural.height()) * width / natural.width());
            fits.append({fragment.position(), fragment.length(), image});
        }
    }
    for (const Fit& fit : fits) {
        QTextCursor cursor(doc);
        cursor.setPosition(fit.position);
        cursor.setPosition(fit.position + fit.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(fit.format);
    }
}

} // namespace cpc
