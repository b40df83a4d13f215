#include "editor/WordDiff.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <vector>

namespace cpc {

namespace {

QStringList words(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("\\S+"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    return out;
}

QString del(const QString& w)
{
    return QStringLiteral("<s>") + w.toHtmlEscaped() + QStringLiteral("</s>");
}
QString ins(const QString& w)
{
    return QStringLiteral("<u><b>") + w.toHtmlEscaped() + QStringLiteral("</b></u>");
}

// One word of a formatted text: its letters, how it is set, and the block (paragraph, item) it is in.
struct Word {
    QString text;
    bool bold = false, italic = false;
    QString href;
    int block = 0;
    bool operator==(const Word& o) const
    {
        return text == o.text && bold == o.bold && italic == o.italic && href == o.href;
    }
};

// How a block opens and closes in HTML, and which list it belongs to (items of one list share a <ul>).
struct Block {
    QString open, close;
    const void* list = nullptr;
    bool numbered = false;
};

struct Formatted {
    QTextDocument doc;
    QList<Word> words;
    QList<Block> blocks;
};

void readFormatted(Formatted& f, const QString& markdown)
{
    f.doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    static const QRegularExpression re(QStringLiteral("\\S+"));
    for (QTextBlock b = f.doc.begin(); b.isValid(); b = b.next()) {
        Block blk;
        if (const QTextList* list = b.textList()) {
            const auto style = list->format().style();
            blk.list = list;
            blk.numbered =
                style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
                style == QTextListFormat::ListUpperRoman;
            blk.open = QStringLiteral("<li>");
            blk.close = QStringLiteral("</li>");
        } else if (b.blockFormat().headingLevel() > 0) {
            blk.open = QStringLiteral("<h4>");
            blk.close = QStringLiteral("</h4>");
        } else {
            blk.open = QStringLiteral("<p>");
            blk.close = QStringLiteral("</p>");
        }
        const int index = int(f.blocks.size());
        f.blocks << blk;
        const bool heading = b.blockFormat().headingLevel() > 0;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            if (!frag.isValid() || frag.charFormat().isImageFormat()) continue;
            const QTextCharFormat cf = frag.charFormat();
            for (auto m = re.globalMatch(frag.text()); m.hasNext();) {
                Word w;
                w.text = m.next().captured();
                w.bold = !heading && cf.fontWeight() >= QFont::DemiBold;
                w.italic = cf.fontItalic();
                w.href = cf.isAnchor() ? cf.anchorHref() : QString();
                w.block = index;
                f.words << w;
            }
        }
    }
}

QString wordHtml(const Word& w)
{
    QString h = w.text.toHtmlEscaped();
    if (w.bold) h = QStringLiteral("<b>") + h + QStringLiteral("</b>");
    if (w.italic) h = QStringLiteral("<i>") + h + QStringLiteral("</i>");
    if (!w.href.isEmpty()) h = QStringLiteral("<a href=\"%1\">%2</a>").arg(w.href.toHtmlEscaped(), h);
    return h;
}

// Writes the words in blocks: a new block (or list) opens when the word's block differs from the last.
class HtmlOut {
public:
    void word(const Word& w, const Block& b, const QString& mark)
    {
        if (!m_inBlock || w.block != m_block || &b != m_blockRef) {
            closeBlock();
            if (b.list != m_list) {
                closeList();
                if (b.list) m_out += b.numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
                m_list = b.list;
                m_numbered = b.numbered;
            }
            m_out += b.open;
            m_close = b.close;
            m_inBlock = true;
            m_block = w.block;
            m_blockRef = &b;
            m_first = true;
        }
        if (!m_first) m_out += QLatin1Char(' ');
        m_first = false;
        m_out += mark.arg(wordHtml(w));
    }
    QString finish()
    {
        closeBlock();
        closeList();
        return m_out;
    }

private:
    void closeBlock()
    {
        if (m_inBlock) m_out += m_close;
        m_inBlock = false;
    }
    void closeList()
    {
        if (m_list) m_out += m_numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
        m_list = nullptr;
    }
    QString m_out, m_close;
    bool m_inBlock = false, m_first = true, m_numbered = false;
    int m_block = -1;
    const Block* m_blockRef = nullptr;
    const void* m_list = nullptr;
};

} // namespace

QString WordDiff::formattedHtml(const QString& beforeMarkdown, const QString& afterMarkdown)
{
    Formatted a, b;
    readFormatted(a, beforeMarkdown);
    readFormatted(b, afterMarkdown);
    const qsizetype n = a.words.size(), m = b.words.size();
    // Removed words: struck through on a pink ground; added ones: underlined on a yellow ground. The marks
    // read without colour too (screen readers, printouts).
    const QString removed = QStringLiteral("<s style=\"background-color:#fecaca\">%1</s>");
    const QString added = QStringLiteral("<u style=\"background-color:#fef08a\">%1</u>");
    const QString same = QStringLiteral("%1");
    HtmlOut out;
    if (qint64(n + 1) * qint64(m + 1) > kMaxCells) {
        for (const Word& w : a.words)
            out.word(w, a.blocks[w.block], removed);
        for (const Word& w : b.words)
            out.word(w, b.blocks[w.block], added);
        return out.finish();
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.words[i] == b.words[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    // Removed words sit in the block of the newer version where they were (or the first one).
    int lastBlock = b.words.isEmpty() ? -1 : b.words.first().block;
    const auto removedWord = [&](const Word& w) {
        if (lastBlock < 0) {
            out.word(w, a.blocks[w.block], removed);
            return;
        }
        Word moved = w;
        moved.block = lastBlock;
        out.word(moved, b.blocks[lastBlock], removed);
    };
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.words[i] == b.words[j]) {
            lastBlock = b.words[j].block;
            out.word(b.words[j++], b.blocks[lastBlock], same);
            ++i;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            removedWord(a.words[i++]);
        } else {
            lastBlock = b.words[j].block;
            out.word(b.words[j++], b.blocks[lastBlock], added);
        }
    }
    while (i < n)
        removedWord(a.words[i++]);
    while (j < m) {
        lastBlock = b.words[j].block;
        out.word(b.words[j++], b.blocks[lastBlock], added);
    }
    return out.finish();
}

QString WordDiff::html(const QString& before, const QString& after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    const qsizetype n = a.size(), m = b.size();
    if (qint64(n + 1) * qint64(m + 1) > kMaxCells) {
        return QStringLiteral("<p>") + before.toHtmlEscaped() + QStringLiteral("</p><hr><p>") +
               after.toHtmlEscaped() + QStringLiteral("</p>");
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
    while (i < n)
        out << del(a[i++]);
    while (j < m)
        out << ins(b[j++]);
    return QStringLiteral("<p>") + out.join(QLatin1Char(' ')) + QStringLiteral("</p>");
}

} // namespace cpc
