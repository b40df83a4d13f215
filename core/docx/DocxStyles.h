#pragma once

#include "model/Language.h"

#include <QByteArray>
#include <QString>

namespace cpc {

// The fixed parts of the Word document: named styles (so that Word's navigation pane, its table of
// contents and its style gallery work on the report), the settings, and the package's content types.
class DocxStyles {
public:
    // styles.xml; `main` is the document's default language for spelling.
    static QByteArray styles(Language main);
    // settings.xml: asks the reader's Word to update the table of contents on opening.
    static QByteArray settings();
    static QByteArray contentTypes();
    static QByteArray packageRelationships();
    // The language tag Word's spelling and screen readers switch on: en-US, es-CO.
    static QString languageTag(Language l);
};

} // namespace cpc
