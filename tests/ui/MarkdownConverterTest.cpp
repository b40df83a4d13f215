#include "editor/MarkdownConverter.h"

#include "editor/RichTextEdit.h"

#include <QMimeData>
#include <QTextDocument>
#include <catch2/catch.hpp>

using cpc::MarkdownConverter;

namespace {
QString roundTrip(const QString& md)
{
    QTextDocument doc;
    MarkdownConverter::fromMarkdown(doc, md);
    return MarkdownConverter::toMarkdown(doc);
}
} // namespace

TEST_CASE("The subset survives a round trip through the editor unchanged", "[markdown]")
{
    const QStringList samples{
        QStringLiteral("A plain paragraph."),
        QStringLiteral("First paragraph.\n\nSecond paragraph."),
        QStringLiteral("Some **bold** and *italic* words."),
        QStringLiteral("### Results\n\nThe text under it."),
        QStringLiteral("- one\n- two\n- three"),
        QStringLiteral("1. first\n2. second"),
        QStringLiteral("- parent\n  - child\n- next"),
        QStringLiteral("1. step\n   - detail\n2. step"),
        QStringLiteral("See [the ICBF site](https://www.icbf.gov.co) for details."),
        QStringLiteral("Niñas, niños y adolescentes: «protección» — sí."),
    };
    for (const QString& md : samples) {
        INFO(md.toStdString());
        CHECK(roundTrip(md) == md);
    }
}

TEST_CASE("Literal characters that look like Markdown stay literal", "[markdown]")
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("2023. A year with 5*3 cases_and # signs"));
    const QString md = MarkdownConverter::toMarkdown(doc);
    CHECK(md == QStringLiteral("2023\\. A year with 5\\*3 cases\\_and # signs"));
    QTextDocument back;
    MarkdownConverter::fromMarkdown(back, md);
    CHECK(back.toPlainText() == doc.toPlainText());
}

TEST_CASE("HTML from Word or a web page keeps only what the subset allows", "[markdown][paste]")
{
    const QString html = QStringLiteral(
        "<html><body><h1 style='color:red'>Title</h1>"
        "<p><span style='font-family:Calibri;color:#ff0000'>Red <b>bold</b> <u>underlined</u></span></p>"
        "<table><tr><td>cell one</td><td>cell two</td></tr></table>"
        "<ul><li>item <i>a</i></li></ul><img src='file:///tmp/x.png'>"
        "<p><a href='https://example.org'>link</a></p></body></html>");
    const QString md = MarkdownConverter::fromHtml(html);
    CHECK(md.contains(QStringLiteral("### Title")));
    CHECK(md.contains(QStringLiteral("Red **bold** underlined")));
    CHECK(md.contains(QStringLiteral("cell one")));
    CHECK(md.contains(QStringLiteral("cell two")));
    CHECK(md.contains(QStringLiteral("- item *a*")));
    CHECK(md.contains(QStringLiteral("[link](https://example.org)")));
    CHECK_FALSE(md.contains(QStringLiteral("x.png")));
    CHECK_FALSE(md.contains(QLatin1Char('<')));
}

TEST_CASE("Pasting into the editor sanitises rich content", "[markdown][paste]")
{
    cpc::RichTextEdit edit;
    QMimeData mime;
    mime.setHtml(QStringLiteral("<p style='background:yellow'><b>Strong</b> text<sup>1</sup></p>"
                                "<table><tr><td>A</td></tr></table>"));
    mime.setText(QStringLiteral("Strong text1 A"));
    edit.insertFromMimeDataForTest(&mime);
    CHECK(edit.storedText() == QStringLiteral("**Strong** text1\n\nA"));
}
