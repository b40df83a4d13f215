#pragma once

#include <QByteArray>
#include <QString>

namespace cpc {

// Reads an SQLite write-ahead log (the "-wal" file) the way SQLite does when it replays it
// (https://www.sqlite.org/fileformat2.html#walformat): the 32-byte header with its salts and checksum, then
// frames of a 24-byte header and one page each. A frame counts only when its salts are the header's and
// its running checksum holds; only frames up to the last commit frame would be replayed.
class WalLog {
public:
    // Parses `path`; a missing, empty or invalid log has no committed frames.
    static WalLog read(const QString& path);

    // How many frames SQLite would replay.
    int committedFrames() const { return m_committed; }
    // Whether `needle` occurs in the pages of the frames SQLite would replay.
    bool committedPagesContain(const QByteArray& needle) const;

private:
    QByteArray m_bytes;
    quint32 m_pageSize = 0;
    int m_committed = 0;
};

} // namespace cpc
