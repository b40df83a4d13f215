#pragma once

#include "model/BiText.h"
#include "model/Language.h"

#include <QDateTime>
#include <QString>
#include <hpdf.h>
#include <optional>

namespace cpc {

// The document-level parts of an accessible PDF (PDF/UA-1): PDF 1.7, the catalog's language, the
// marked-content flag, the viewer showing the title instead of the file name, page labels, and XMP
// metadata that names PDF/UA and gives the title in both languages.
class PdfMetadata {
public:
    struct Info {
        BiText title;
        QString author;
        BiText subject;
        QString creator;
        QDateTime created;
        Language language = Language::En;      // the catalog's
        std::optional<Language> otherLanguage; // the document's second language, if any
    };
    static bool write(HPDF_Doc doc, const Info& info);
    // The XMP packet (for tests).
    static QByteArray xmp(const Info& info);
    // BCP 47 tag of a language: en-US, es-CO.
    static const char* tag(Language l);
    // A PDF text string: UTF-16BE with its byte order mark, written in hexadecimal.
    static HPDF_Binary textString(HPDF_MMgr mmgr, const QString& text);
};

} // namespace cpc
