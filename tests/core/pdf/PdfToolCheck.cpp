#include "PdfToolCheck.h"

#include <QProcess>
#include <QRegularExpression>

namespace cpc::test {

int PdfToolCheck::run(const QString& program, const QStringList& args, QString* out)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000)) return -1;
    if (out) *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool PdfToolCheck::qpdfCheck(QString* log) const
{
    QString out;
    const int rc = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_path}, &out);
    if (log) *log = out;
    return rc == 0 && !out.contains(QLatin1String("WARNING"));
}

QStringList PdfToolCheck::fontsNotEmbedded(int* count) const
{
    QString out;
    run(QStringLiteral("pdffonts"), {m_path}, &out);
    QStringList bad;
    int n = 0;
    const QStringList lines = out.split(QLatin1Char('\n'));
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 5) continue;
        ++n;
        // name type [encoding words...] emb sub uni object ID: "emb" is the fifth column from the end.
        if (cols.at(cols.size() - 5) != QLatin1String("yes")) bad << cols.first();
    }
    if (count) *count = n;
    return bad;
}

QString PdfToolCheck::text(int first, int last, bool layout) const
{
    QStringList args;
    if (first > 0) args << QStringLiteral("-f") << QString::number(first);
    if (last > 0) args << QStringLiteral("-l") << QString::number(last);
    if (layout) args << QStringLiteral("-layout");
    args << m_path << QStringLiteral("-");
    QString out;
    run(QStringLiteral("pdftotext"), args, &out);
    return out;
}

int PdfToolCheck::pageCount() const
{
    QString out;
    run(QStringLiteral("pdfinfo"), {m_path}, &out);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString PdfToolCheck::info() const
{
    QString out;
    run(QStringLiteral("pdfinfo"), {m_path}, &out);
    return out;
}

std::vector<PdfToolCheck::Word> PdfToolCheck::words() const
{
    QString out;
    run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_path, QStringLiteral("-")}, &out);
    std::vector<Word> words;
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" "
                       "yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    int page = 0;
    double w = 0, h = 0;
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (const auto m = pageRe.match(line); m.hasMatch()) {
            ++page;
            w = m.captured(1).toDouble();
            h = m.captured(2).toDouble();
        } else if (const auto m2 = wordRe.match(line); m2.hasMatch()) {
            words.push_back(Word{page, m2.captured(1).toDouble(), m2.captured(2).toDouble(),
                                 m2.captured(3).toDouble(), m2.captured(4).toDouble(), w, h, m2.captured(5)});
        }
    }
    return words;
}

QString normalized(const QString& s)
{
    // A word hyphenated at a line's end is one word: its hyphen is a soft hyphen (as Tagged PDF asks),
    // which goes with the line break.
    static const QRegularExpression softBreak(QStringLiteral("\u00AD\\s*"));
    QString t = s;
    t.remove(softBreak);
    return t.simplified();
}

} // namespace cpc::test
