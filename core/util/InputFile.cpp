#include "util/InputFile.h"

#include <QFile>
#include <sys/stat.h>

namespace cpc {

Status InputFile::check(const QString& path)
{
    if (path.isEmpty()) return Error{tr("no file name was given"), QString()};
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        struct stat link {};
        if (::lstat(QFile::encodeName(path).constData(), &link) == 0)
            return Error{tr("this name is a link to a file that does not exist"), path};
        return Error{tr("the file does not exist"), path};
    }
    if (S_ISDIR(st.st_mode)) return Error{tr("this is a folder, not a file"), path};
    if (!S_ISREG(st.st_mode))
        return Error{tr("this is a device, a pipe or a socket, not a saved file; give the path of a file"),
                     path};
    return success();
}

} // namespace cpc
