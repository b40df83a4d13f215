#include "common/GuideHtml.h"

#include <md4c-html.h>

namespace cpc {

namespace {

void append(const MD_CHAR* text, MD_SIZE size, void* out)
{
    static_cast<QByteArray*>(out)->append(text, static_cast<qsizetype>(size));
}

} // namespace

QString GuideHtml::body(const QString& markdown)
{
    const QByteArray in = markdown.toUtf8();
    QByteArray out;
    // md_html only fails on memory exhaustion; what it wrote until then is still the best we have.
    md_html(in.constData(), static_cast<MD_SIZE>(in.size()), append, &out, MD_DIALECT_GITHUB, 0);
    return QString::fromUtf8(out);
}

QString GuideHtml::page(const QString& markdown, const QString& title, const QString& languageCode,
                        const QUrl& base)
{
    // Pictures shrink to the window; tables get rules so the status table reads like the one in the
    // application; print keeps a picture and its caption together.
    static const QString style = QStringLiteral(
        "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
        "line-height:1.45;color:#1d1d1d}"
        "img{max-width:100%;height:auto;border:1px solid #bbb;break-inside:avoid}"
        "table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}"
        "h1{font-size:1.8em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}"
        "code{background:#f2f2f2;padding:0 .2em}");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<base href=\"%2\">\n<title>%3</title>\n<style>%4</style>\n</head>\n<body>\n%5"
                          "</body>\n</html>\n")
        .arg(languageCode.toHtmlEscaped(), QString::fromUtf8(base.toEncoded()).toHtmlEscaped(),
             title.toHtmlEscaped(), style, body(markdown));
}

} // namespace cpc
