#include "util/SystemError.h"

#include <cerrno>
#include <cstring>

namespace cpc {

QString SystemError::describe(int e)
{
    switch (e) {
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk space allowed to this user is used up");
    case EFBIG:
        return tr("the file would be larger than this disk or system allows");
    case EACCES:
    case EPERM:
        return tr("permission denied: this user may not write there");
    case EROFS:
        return tr("the disk is read-only");
    case ENOENT:
        return tr("the folder does not exist");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EISDIR:
        return tr("this is a folder, not a file");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case ELOOP:
        return tr("the path has too many links (or a link where a file was expected)");
    case EIO:
        return tr("the disk reported a read or write error");
    case EEXIST:
        return tr("a file of that name already exists");
    case EXDEV:
        return tr("the file cannot be moved to another disk");
    case ENOMEM:
        return tr("the computer ran out of memory");
    case EBUSY:
        return tr("the file is in use by the system");
    default:
        break;
    }
    return tr("system error %1: %2").arg(e).arg(QString::fromLocal8Bit(std::strerror(e)));
}

} // namespace cpc
