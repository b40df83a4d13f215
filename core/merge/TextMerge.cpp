#include "merge/TextMerge.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace cpc {

namespace {

// For each line of `a`, the index of the line of `b` it is matched with in a longest common subsequence,
// or -1. Texts are paragraphs and bullets, a few hundred lines at most.
QList<int> match(const QStringList& a, const QStringList& b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    QList<int> out(n, -1);
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out[i++] = int(j++);
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

bool isListItem(const QString& line)
{
    static const QRegularExpression item(QStringLiteral(R"(^\s*([-*+]|\d+[.)])\s)"));
    return item.match(line).hasMatch();
}

// Two paragraphs that meet keep a blank line between them, or Markdown would run them into one.
bool needsBreak(const QString& above, const QString& below)
{
    return !above.trimmed().isEmpty() && !below.trimmed().isEmpty() &&
           !(isListItem(above) && isListItem(below));
}

QStringList lines(const QString& s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char('\n'));
}

} // namespace

QString TextMerge::combine(const QString& base, const QString& mine, const QString& theirs)
{
    const QStringList b = lines(base), m = lines(mine), t = lines(theirs);
    const QList<int> bInM = match(b, m);
    const QList<int> bInT = match(b, t);
    QList<bool> tFromBase(t.size(), false);
    for (int x : bInT)
        if (x >= 0) tFromBase[x] = true;
    QList<bool> mDrop(m.size(), false); // lines of the report's version the contributor removed
    for (qsizetype i = 0; i < b.size(); ++i)
        if (bInT[i] < 0 && bInM[i] >= 0) mDrop[bInM[i]] = true;

    // Where each of the contributor's new lines goes in the report's version: before the report's copy of the
    // next line of the sent text that the contributor kept after it (after the report's own additions there).
    QList<QStringList> before(m.size() + 1);
    qsizetype nextBase = 0; // the first line of `b` not yet passed in `t`
    QList<int> tToB(t.size(), -1);
    for (qsizetype i = 0; i < b.size(); ++i)
        if (bInT[i] >= 0) tToB[bInT[i]] = int(i);
    for (qsizetype j = 0; j < t.size(); ++j) {
        if (tFromBase[j]) {
            nextBase = tToB[j] + 1;
            continue;
        }
        if (m.contains(t[j]) && !t[j].trimmed().isEmpty()) continue; // both wrote it
        qsizetype at = m.size();
        for (qsizetype k = nextBase; k < b.size(); ++k)
            if (bInT[k] >= 0 && bInM[k] >= 0) {
                at = bInM[k];
                break;
            }
        before[at] << t[j];
    }

    QStringList out;
    for (qsizetype i = 0; i <= m.size(); ++i) {
        const QStringList& added = before[i];
        if (!added.isEmpty() && !out.isEmpty() && needsBreak(out.last(), added.first())) out << QString();
        out << added;
        if (i < m.size() && !mDrop[i]) {
            if (!added.isEmpty() && needsBreak(added.last(), m[i])) out << QString();
            out << m[i];
        }
    }
    // A paragraph break is one blank line, however the two versions met.
    QStringList tidy;
    for (const QString& line : out)
        if (!(line.trimmed().isEmpty() && (tidy.isEmpty() || tidy.last().trimmed().isEmpty()))) tidy << line;
    while (!tidy.isEmpty() && tidy.last().trimmed().isEmpty())
        tidy.removeLast();
    return tidy.join(QLatin1Char('\n'));
}

} // namespace cpc
