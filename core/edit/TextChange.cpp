#include "edit/TextChange.h"

#include "edit/ValueReader.h"

#include <QCoreApplication>

namespace cpc {

Status TextChange::apply(BiText& text, const QString& segment, const FieldChange& change, qint64 rev)
{
    const auto lang = languageFromCode(segment);
    if (!lang)
        return Error{QCoreApplication::translate("cpc::TextChange", "expected the language of the text (en or es)"),
                     change.path.toString()};
    if (change.confirm) {
        text.confirm(*lang, rev);
        return success();
    }
    Result<QString> value = ValueReader::text(change.value);
    if (!value) return Error{value.error().message, change.path.toString()};
    if (value.value() != text.text(*lang)) text.write(*lang, value.value(), rev);
    return success();
}

} // namespace cpc
