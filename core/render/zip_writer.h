#pragma once
// A minimal ZIP archive writer (entries stored, not compressed), enough for an
// OpenDocument package, whose first entry must be an uncompressed "mimetype".
// Qt's own zip writer is private API.
#include <QByteArray>
#include <QString>

namespace nb::render {

class ZipWriter {
public:
    void add(const QString &name, const QByteArray &data);
    // The archive: local entries, central directory, end record.
    QByteArray finish() const;

private:
    QByteArray m_entries;
    QByteArray m_directory;
    int m_count = 0;
};

quint32 crc32(const QByteArray &data);

} // namespace nb::render
