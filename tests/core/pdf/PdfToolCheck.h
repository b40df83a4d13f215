#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace cpc::test {

// Runs the poppler and qpdf tools on a PDF, as a reader's software would see it.
class PdfToolCheck {
public:
    struct Word {
        int page = 0; // 1-based
        double xMin = 0, yMin = 0, xMax = 0, yMax = 0, pageWidth = 0, pageHeight = 0;
        QString text;
    };
    explicit PdfToolCheck(QString path) : m_path(std::move(path)) {}

    // Exit code and standard output of a tool (stderr is poppler's chatter about libharu's CMaps).
    static int run(const QString& program, const QStringList& args, QString* out = nullptr);
    bool qpdfCheck(QString* log) const;
    // The fonts pdffonts lists and whether each is embedded.
    QStringList fontsNotEmbedded(int* fontCount) const;
    QString text(int firstPage = 0, int lastPage = 0, bool layout = false) const;
    int pageCount() const;
    std::vector<Word> words() const;
    QString info() const;

private:
    QString m_path;
};

// Collapses whitespace and joins hyphenated words so that text set across lines compares with the source.
QString normalized(const QString& s);

} // namespace cpc::test
