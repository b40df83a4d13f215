#include "editor/WordDiff.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace cpc {

namespace {

QStringList words(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("\\S+"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();) out << it.next().captured();
    return out;
}

QString del(const QString& w) { return QStringLiteral("<s>") + w.toHtmlEscaped() + QStringLiteral("</s>"); }
QString ins(const QString& w) { return QStringLiteral("<u><b>") + w.toHtmlEscaped() + QStringLiteral("</b></u>"); }

} // namespace

QString WordDiff::html(const QString& before, const QString& after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    const qsizetype n = a.size(), m = b.size();
    if (qint64(n + 1) * qint64(m + 1) > kMaxCells) {
        return QStringLiteral("<p>") + before.toHtmlEscaped() + QStringLiteral("</p><hr><p>") + after.toHtmlEscaped() +
               QStringLiteral("</p>");
    }
    // Longest common subsequence of words, filled from the end so the walk below goes forwards.
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    QStringList out;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out << a[i].toHtmlEscaped();
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            out << del(a[i++]);
        } else {
            out << ins(b[j++]);
        }
    }
    while (i < n) out << del(a[i++]);
    while (j < m) out << ins(b[j++]);
    return QStringLiteral("<p>") + out.join(QLatin1Char(' ')) + QStringLiteral("</p>");
}

} // namespace cpc
