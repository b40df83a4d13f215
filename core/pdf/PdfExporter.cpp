#include "pdf/PdfExporter.h"

#include "checks/CheckEngine.h"
#include "document/DocumentWords.h"
#include "export/SuppressionPlan.h"
#include "pdf/BlockSetter.h"
#include "pdf/PdfDocumentPlan.h"
#include "pdf/PdfMetadata.h"
#include "pdf/PdfPainter.h"
#include "pdf/PdfStreams.h"
#include "pdf/PdfTagging.h"
#include "pdf/PdfToUnicode.h"
#include "pdf/ReportComposer.h"
#include "util/OutputFile.h"
#include "util/ResourcePaths.h"

#include <QDateTime>
#include <hpdf.h>
#include <optional>

namespace cpc {

namespace {

struct HaruErrors {
    HPDF_STATUS first = HPDF_OK;
    HPDF_STATUS detail = 0;
};

void onHaruError(HPDF_STATUS error, HPDF_STATUS detail, void* user)
{
    auto* e = static_cast<HaruErrors*>(user);
    if (e->first == HPDF_OK) {
        e->first = error;
        e->detail = detail;
    }
}

// Owns the libharu document.
struct HaruDoc {
    HPDF_Doc doc = nullptr;
    ~HaruDoc()
    {
        if (doc) HPDF_Free(doc);
    }
};

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

Error cancelError()
{
    return Error{PdfExporter::tr("the export was cancelled"), QString(), Error::Kind::Failed};
}

} // namespace

Result<QByteArray> PdfExporter::render(const Report& report, const PdfOptions& options,
                                       const PdfProgress& progress, const std::atomic<bool>* cancel)
{
    const auto report_ = [&](int p) {
        if (progress) progress(p);
    };
    report_(0);
    HaruErrors errors;
    const auto haruError = [&] {
        return Error{tr("the PDF could not be produced (libharu error 0x%1, detail %2)")
                         .arg(uint(errors.first), 4, 16, QLatin1Char('0'))
                         .arg(errors.detail),
                     QString(), Error::Kind::Failed};
    };
    HaruDoc haru;
    haru.doc = HPDF_New(onHaruError, &errors);
    if (!haru.doc)
        return Error{tr("the PDF library could not start (out of memory?)"), QString(), Error::Kind::Failed};
    HPDF_SetCompressionMode(haru.doc, HPDF_COMP_ALL);
    // One page-tree node holds at most 32,767 pages (HPDF_LIMIT_MAX_ARRAY): nodes of 1,000 keep the
    // longest report the limits allow printable.
    HPDF_SetPagesConfiguration(haru.doc, 1000);
    HPDF_UseUTFEncodings(haru.doc);
    HPDF_SetCurrentEncoder(haru.doc, "UTF-8");
    PdfFonts fonts;
    if (Status s = fonts.load(haru.doc); !s) return s.error();

    const SuppressionPlan plan(report);
    std::optional<PdfDocumentPlan> ownPlan(std::in_place, report, options, fonts, plan);
    PdfDocumentPlan& doc = *ownPlan;
    doc.setReadiness(CheckEngine(options.checks).errors(report), options.final);
    if (Status s = doc.build([&](int p) { report_(p * 60 / 100); }, cancel); !s) return s.error();
    if (cancelled(cancel)) return cancelError();
    if (Status s = fonts.status(); !s) return s.error();

    // Metadata. Info strings go through the UTF-8 encoder like page text.
    const Language first = doc.language();
    const auto info = [&](HPDF_InfoType t, const QString& v) {
        // libharu refuses a string of more than 65,535 bytes (an entity's name may have a million
        // characters); the document's properties show a title, not a book.
        const QByteArray b = PdfFonts::abridge(fonts.sanitize(v), 1000).toUtf8();
        HPDF_SetInfoAttr(haru.doc, t, b.constData());
    };
    const auto pick = [&](const BiText& t) { return DocumentWords::side(t, first); };
    const Entity* preparer = report.entity(report.info.preparedBy);
    PdfMetadata::Info meta;
    meta.title = report.info.title;
    meta.author = preparer ? pick(preparer->name) : report.info.preparedBy;
    meta.subject = report.info.partnership;
    meta.creator = QStringLiteral("CPC Report Studio ") + ResourcePaths::version();
    meta.created = QDateTime::currentDateTime();
    meta.language = first;
    if (options.languages == PdfOptions::Languages::Both) meta.otherLanguage = otherLanguage(first);
    info(HPDF_INFO_TITLE, pick(report.info.title));
    info(HPDF_INFO_AUTHOR, meta.author);
    info(HPDF_INFO_SUBJECT, pick(report.info.partnership));
    info(HPDF_INFO_CREATOR, meta.creator);
    const QDateTime now = meta.created;
    const int offset = now.offsetFromUtc();
    HPDF_Date date{now.date().year(),
                   now.date().month(),
                   now.date().day(),
                   now.time().hour(),
                   now.time().minute(),
                   now.time().second(),
                   offset > 0   ? '+'
                   : offset < 0 ? '-'
                                : 'Z',
                   std::abs(offset) / 3600,
                   (std::abs(offset) % 3600) / 60};
    HPDF_SetInfoDateAttr(haru.doc, HPDF_INFO_CREATION_DATE, date);
    if (!PdfMetadata::write(haru.doc, meta))
        return Error{tr("the PDF could not be produced (out of memory?)"), QString(), Error::Kind::Failed};
    HPDF_SetPageMode(haru.doc, HPDF_PAGE_MODE_USE_OUTLINE);

    // Pages, then bookmarks and links (they need every page to exist).
    const PdfPageGeometry& g = doc.geometry();
    std::vector<HPDF_Page> pages;
    const auto& planned = doc.pages();
    pages.reserve(planned.size());
    for (size_t i = 0; i < planned.size(); ++i) {
        HPDF_Page page = HPDF_AddPage(haru.doc);
        // After any error libharu refuses new pages: say so rather than draw on none.
        if (!page) break;
        HPDF_Page_SetWidth(page, g.width);
        HPDF_Page_SetHeight(page, g.height);
        pages.push_back(page);
    }
    if (pages.size() != planned.size()) return haruError();
    std::vector<HPDF_Destination> targets;
    for (const HeadingMark& m : doc.marks()) {
        HPDF_Destination d = nullptr;
        if (m.page >= 0 && size_t(m.page) < pages.size()) {
            d = HPDF_Page_CreateDestination(pages[size_t(m.page)]);
            HPDF_Destination_SetFitH(d, std::clamp(g.height - m.y + 12, 0.f, g.height));
        }
        targets.push_back(d);
    }
    const PdfPainter painter(fonts, g.height, &doc.structure());
    for (size_t i = 0; i < planned.size(); ++i) {
        if (cancelled(cancel)) return cancelError();
        if (!painter.paint(pages[i], int(i), planned[i].ops, targets)) {
            if (Status s = fonts.status(); !s) return s.error();
            return Error{tr("the PDF could not be produced (out of memory?)"), QString(),
                         Error::Kind::Failed};
        }
        doc.release(i);
        if (i % 8 == 0) report_(60 + int(30 * i / std::max<size_t>(1, planned.size())));
    }
    doc.addOutlines(haru.doc, targets);
    if (Status s = fonts.status(); !s) return s.error();
    // The fonts last: every face a page needed is loaded and every glyph it drew is marked.
    if (!PdfTagging::write(haru.doc, doc.structure(), pages) || !PdfToUnicode::replace(fonts) ||
        !PdfStreams::compressFonts(fonts))
        return Error{tr("the PDF could not be produced (out of memory?)"), QString(), Error::Kind::Failed};
    if (errors.first != HPDF_OK) return haruError();
    // The plan is done with: the saved file takes its memory instead of new pages of memory.
    ownPlan.reset();

    if (HPDF_SaveToStream(haru.doc) != HPDF_OK)
        return Error{tr("the PDF could not be produced (out of memory?)"), QString(), Error::Kind::Failed};
    // The saved document's buffers copied at once (libharu's reading copies byte by byte).
    QByteArray bytes = PdfStreams::bytes(haru.doc->stream);
    if (bytes.isEmpty()) return Error{tr("the PDF could not be produced"), QString(), Error::Kind::Failed};
    report_(95);
    return bytes;
}

Status PdfExporter::exportReport(const Report& report, const QString& path, const PdfOptions& options,
                                 const PdfProgress& progress, const std::atomic<bool>* cancel,
                                 const QStringList& protectedReports)
{
    return OutputFile::produce(
        path, protectedReports, [&] { return render(report, options, progress, cancel); }, cancel,
        cancelError(), progress);
}

} // namespace cpc
