#include "contributions/FormattedDiff.h"

#include "common/GuideHtml.h"

#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace cpc {

namespace {

// A line's block marker (bullet, number, subheading), its words, and the line break, as separate tokens:
// markers and breaks are written as they are so that the structure survives the marks around words.
struct Token {
    enum Kind { Marker, Word, Break } kind;
    QString text;
    bool operator==(const Token& o) const { return kind == o.kind && text == o.text; }
};

QList<Token> tokens(const QString& markdown)
{
    static const QRegularExpression marker(QStringLiteral(R"(^(\s*([-*+]|\d+[.)]|#{1,6})\s+))"));
    static const QRegularExpression word(QStringLiteral(R"(\S+)"));
    QList<Token> out;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QString line = lines[l];
        if (const auto m = marker.match(line); m.hasMatch()) {
            out << Token{Token::Marker, m.captured(1)};
            line = line.mid(m.capturedLength(1));
        }
        for (auto it = word.globalMatch(line); it.hasNext();)
            out << Token{Token::Word, it.next().captured()};
        if (l + 1 < lines.size()) out << Token{Token::Break, QStringLiteral("\n")};
    }
    return out;
}

class Writer {
public:
    void put(const Token& t, const char* open, const char* close)
    {
        switch (t.kind) {
        case Token::Break:
            m_out += QLatin1Char('\n');
            m_lineStart = true;
            return;
        case Token::Marker:
            if (!m_lineStart) m_out += QLatin1Char('\n');
            m_out += t.text;
            m_lineStart = true; // the words follow the marker directly
            return;
        case Token::Word:
            if (!m_lineStart) m_out += QLatin1Char(' ');
            m_lineStart = false;
            m_out += QLatin1String(open) + t.text + QLatin1String(close);
            return;
        }
    }
    const QString& text() const { return m_out; }

private:
    QString m_out;
    bool m_lineStart = true;
};

} // namespace

QString FormattedDiff::render(const QString& markdown)
{
    return GuideHtml::body(markdown);
}

QString FormattedDiff::html(const QString& before, const QString& after)
{
    const QList<Token> a = tokens(before), b = tokens(after);
    const qsizetype n = a.size(), m = b.size();
    if (qint64(n + 1) * qint64(m + 1) > kMaxCells) return render(after);
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    // Marks that read in light and dark themes and without colour, as WordDiff draws them.
    const char* delOpen = "<s>";
    const char* delClose = "</s>";
    const char* insOpen = "<u><b>";
    const char* insClose = "</b></u>";
    Writer w;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            w.put(a[i], "", "");
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            // A removed line break or marker is left out: the newer structure is the one shown.
            if (a[i].kind == Token::Word) w.put(a[i], delOpen, delClose);
            ++i;
        } else {
            w.put(b[j], insOpen, insClose);
            ++j;
        }
    }
    for (; i < n; ++i)
        if (a[i].kind == Token::Word) w.put(a[i], delOpen, delClose);
    for (; j < m; ++j)
        w.put(b[j], insOpen, insClose);
    return render(w.text());
}

} // namespace cpc
