#include "common/FileDialog.h"

#include "common/PresetAnswers.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace cpc {

namespace {
PresetAnswers<QString> answers;
} // namespace

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    if (auto answer = answers.take()) return *answer;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter, const QString& defaultSuffix)
{
    if (auto answer = answers.take()) return *answer;
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return QString();
    return dialog.selectedFiles().constFirst();
}

void FileDialog::setNextFileName(const QString& path)
{
    answers.add(path);
}
void FileDialog::clearAnswers()
{
    answers.clear();
}

QString FileDialog::reportFilter()
{
    return tr("CPC reports (*.cpcreport)");
}
QString FileDialog::jsonFilter()
{
    return tr("Report documents (*.json)");
}

} // namespace cpc
