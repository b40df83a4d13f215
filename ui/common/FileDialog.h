#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cpc {

// File choosers, answerable in advance by tests (setNextFileName) so that no test waits on a dialog.
// An empty answer means the user cancelled.
class FileDialog {
    Q_DECLARE_TR_FUNCTIONS(cpc::FileDialog)
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                const QString& filter, const QString& defaultSuffix);

    static void setNextFileName(const QString& path);
    static void clearAnswers();

    static QString reportFilter(); // "CPC reports (*.cpcreport)"
    static QString jsonFilter();
};

} // namespace cpc
