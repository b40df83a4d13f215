#include "docx/DocxPackage.h"

#include <QCoreApplication>
#include <zip.h>

namespace cpc {

namespace {

Error packageError(const char* what)
{
    return Error{
        DocxPackage::tr("the Word document could not be assembled (%1)").arg(QString::fromUtf8(what)),
        QString(), Error::Kind::Failed};
}

} // namespace

Result<QByteArray> DocxPackage::bytes() const
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer) return packageError(zip_error_strerror(&err));
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    if (!archive) {
        zip_source_free(buffer);
        return packageError(zip_error_strerror(&err));
    }
    zip_source_keep(buffer); // read back after zip_close
    for (const auto& [name, data] : m_parts) {
        zip_source_t* part = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index =
            part ? zip_file_add(archive, name.toUtf8().constData(), part, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (part) zip_source_free(part);
            const Error e = packageError(zip_strerror(archive));
            zip_discard(archive);
            zip_source_free(buffer);
            return e;
        }
        // [Content_Types].xml first and uncompressed is what readers expect least of; deflate everything.
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 6);
    }
    if (zip_close(archive) != 0) {
        const Error e = packageError(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return e;
    }
    QByteArray out;
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        return packageError("cannot read the archive back");
    }
    out.resize(qsizetype(st.size));
    const zip_int64_t read = zip_source_read(buffer, out.data(), st.size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (read != zip_int64_t(st.size)) return packageError("short read");
    return out;
}

} // namespace cpc
