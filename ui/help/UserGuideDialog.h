#pragma once

#include "model/Language.h"

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace cpc {

// Help > User Guide: the illustrated guide of docs/guide in the interface language, with a button that
// opens the same guide in the web browser. It is not modal, so the reader can follow the steps in the
// window behind it.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(Language language, QWidget* parent = nullptr);

    // The guide window of `parent` in the interface language: created the first time, brought to the
    // front afterwards.
    static UserGuideDialog* showFor(QWidget* parent);
    // The folder holding en/, es/ and images/: share/cpcreport/guide once installed (or in
    // CPCREPORT_DATA_DIR), else docs/guide of the source tree the program was built from. Empty if neither.
    static QString guideDir();
    // The guide in `language`, else the English one; empty when the guide is not installed.
    static QString guideFile(Language language);

    QTextBrowser* browser() const { return m_view; }
    QPushButton* browserButton() const { return m_openInBrowser; }
    // Where openInBrowser() last wrote the web page.
    QString webPagePath() const { return m_webPage; }

public slots:
    // Writes the guide as a web page into the user's cache folder and asks the system to open it.
    void openInBrowser();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitImages();

    Language m_language;
    QString m_file;
    QString m_webPage;
    QTextBrowser* m_view;
    QPushButton* m_openInBrowser;
};

} // namespace cpc
