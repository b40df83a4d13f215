#include "docx/DocxExporter.h"

#include "document/DocumentWords.h"
#include "document/ReportOutline.h"
#include "docx/DocxBody.h"
#include "docx/DocxPackage.h"
#include "docx/DocxStyles.h"
#include "export/SuppressionPlan.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

namespace cpc {

namespace {

Error cancelError()
{
    return Error{DocxExporter::tr("the export was cancelled"), QString(), Error::Kind::Failed};
}

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

QByteArray coreProperties(const Report& r, const QList<Language>& languages)
{
    constexpr auto CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    constexpr auto DC = "http://purl.org/dc/elements/1.1/";
    constexpr auto DCT = "http://purl.org/dc/terms/";
    constexpr auto XSI = "http://www.w3.org/2001/XMLSchema-instance";
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(QLatin1String(CP), QStringLiteral("cp"));
    x.writeNamespace(QLatin1String(DC), QStringLiteral("dc"));
    x.writeNamespace(QLatin1String(DCT), QStringLiteral("dcterms"));
    x.writeNamespace(QLatin1String(XSI), QStringLiteral("xsi"));
    x.writeStartElement(QLatin1String(CP), QStringLiteral("coreProperties"));
    QStringList titles;
    for (Language l : languages)
        titles << DocumentWords::side(r.info.title, l);
    titles.removeDuplicates();
    x.writeTextElement(QLatin1String(DC), QStringLiteral("title"), titles.join(QStringLiteral(" / ")));
    QString author;
    if (const Entity* e = r.entity(r.info.preparedBy))
        author = DocumentWords::entityName(*e, languages.first());
    x.writeTextElement(QLatin1String(DC), QStringLiteral("creator"), author);
    x.writeTextElement(QLatin1String(DC), QStringLiteral("language"),
                       DocxStyles::languageTag(languages.first()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const char* name : {"created", "modified"}) {
        x.writeStartElement(QLatin1String(DCT), QLatin1String(name));
        x.writeAttribute(QLatin1String(XSI), QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        x.writeCharacters(now);
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray appProperties()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        "<Application>CPC Report Studio</Application></Properties>");
}

} // namespace

Result<QByteArray> DocxExporter::render(const Report& report, const PdfOptions& options,
                                        const PdfProgress& progress, const std::atomic<bool>* cancel)
{
    const auto report_ = [&](int p) {
        if (progress) progress(p);
    };
    report_(0);
    const SuppressionPlan plan(report);
    const QList<DocPassage> passages = ReportOutline(report, plan).compose();
    if (cancelled(cancel)) return cancelError();
    report_(40);
    const QList<Language> languages = ReportOutline::languages(options);
    DocxBody body;
    // The Word version carries no readiness findings: it goes round for comments, not to print.
    body.cover(ReportOutline(report, plan).cover(languages));
    bool first = true;
    for (const std::optional<Language>& part : ReportOutline::parts(options)) {
        if (!first) body.pageBreak();
        first = false;
        body.contents(DocumentWords(part).label("contents"), passages, part);
        body.passages(passages, part);
        if (cancelled(cancel)) return cancelError();
    }
    report_(80);
    DocxPackage package;
    package.add(QStringLiteral("[Content_Types].xml"), DocxStyles::contentTypes());
    package.add(QStringLiteral("_rels/.rels"), DocxStyles::packageRelationships());
    package.add(QStringLiteral("docProps/core.xml"), coreProperties(report, languages));
    package.add(QStringLiteral("docProps/app.xml"), appProperties());
    package.add(QStringLiteral("word/document.xml"), body.finish(options.paper == PdfOptions::Paper::A4));
    package.add(QStringLiteral("word/styles.xml"), DocxStyles::styles(languages.first()));
    package.add(QStringLiteral("word/numbering.xml"), body.numberingXml());
    package.add(QStringLiteral("word/settings.xml"), DocxStyles::settings());
    package.add(QStringLiteral("word/_rels/document.xml.rels"), body.relationshipsXml());
    auto bytes = package.bytes();
    report_(95);
    return bytes;
}

Status DocxExporter::exportReport(const Report& report, const QString& path, const PdfOptions& options,
                                  const PdfProgress& progress, const std::atomic<bool>* cancel,
                                  const QStringList& protectedReports)
{
    return OutputFile::produce(
        path, protectedReports, [&] { return render(report, options, progress, cancel); }, cancel,
        cancelError(), progress);
}

} // namespace cpc
