#include "storage/WalLog.h"

#include "util/Limits.h"

#include <QByteArrayMatcher>
#include <QFile>
#include <cstring>

namespace cpc {

namespace {

constexpr int kHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;

quint32 bigEndian(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

// SQLite's WAL checksum over `n` bytes (a multiple of 8), continuing from `s`; `bigEndianWords` from the
// log's magic number.
void checksum(const uchar* p, qsizetype n, bool bigEndianWords, quint32 s[2])
{
    for (qsizetype i = 0; i + 8 <= n; i += 8) {
        quint32 x0 = 0, x1 = 0;
        if (bigEndianWords) {
            x0 = bigEndian(p + i);
            x1 = bigEndian(p + i + 4);
        } else {
            x0 = quint32(p[i]) | (quint32(p[i + 1]) << 8) | (quint32(p[i + 2]) << 16) |
                 (quint32(p[i + 3]) << 24);
            x1 = quint32(p[i + 4]) | (quint32(p[i + 5]) << 8) | (quint32(p[i + 6]) << 16) |
                 (quint32(p[i + 7]) << 24);
        }
        s[0] += x0 + s[1];
        s[1] += x1 + s[0];
    }
}

} // namespace

WalLog WalLog::read(const QString& path)
{
    WalLog log;
    QFile f(path);
    if (f.size() < kHeaderBytes || f.size() > Limits::kMaxReportFileBytes || !f.open(QIODevice::ReadOnly))
        return log;
    log.m_bytes = f.readAll();
    const auto* b = reinterpret_cast<const uchar*>(log.m_bytes.constData());
    const quint32 magic = bigEndian(b);
    if (magic != 0x377f0682 && magic != 0x377f0683) return log;
    const bool bigEndianWords = magic & 1;
    const quint32 pageSize = bigEndian(b + 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) return log;
    quint32 s[2] = {0, 0};
    checksum(b, 24, bigEndianWords, s);
    if (s[0] != bigEndian(b + 24) || s[1] != bigEndian(b + 28)) return log;
    log.m_pageSize = pageSize;
    const qsizetype frameBytes = kFrameHeaderBytes + qsizetype(pageSize);
    int frames = 0;
    for (qsizetype at = kHeaderBytes; at + frameBytes <= log.m_bytes.size(); at += frameBytes) {
        const uchar* h = b + at;
        if (std::memcmp(h + 8, b + 16, 8) != 0) break; // salts of an older generation of the log
        checksum(h, 8, bigEndianWords, s);
        checksum(h + kFrameHeaderBytes, pageSize, bigEndianWords, s);
        if (s[0] != bigEndian(h + 16) || s[1] != bigEndian(h + 20)) break;
        ++frames;
        if (bigEndian(h + 4) != 0) log.m_committed = frames; // a commit frame: the database size after it
    }
    return log;
}

bool WalLog::committedPagesContain(const QByteArray& needle) const
{
    if (needle.isEmpty() || m_committed == 0) return false;
    const qsizetype frameBytes = kFrameHeaderBytes + qsizetype(m_pageSize);
    const QByteArrayMatcher matcher(needle);
    for (int i = 0; i < m_committed; ++i) {
        const char* page = m_bytes.constData() + kHeaderBytes + i * frameBytes + kFrameHeaderBytes;
        if (matcher.indexIn(page, qsizetype(m_pageSize)) >= 0) return true;
    }
    return false;
}

} // namespace cpc
