#include "core/render/zip_writer.h"

#include <array>

namespace nb::render {

namespace {
void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

constexpr quint32 kUtf8Names = 0x0800; // general purpose flag 11: names are UTF-8
constexpr quint32 kVersion = 20;       // 2.0: the oldest that readers must support
constexpr quint32 kDosDate = (2021 - 1980) << 9 | 1 << 5 | 1; // fixed: output is reproducible
} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    const QByteArray fileName = name.toUtf8();
    const quint32 crc = crc32(data);
    const quint32 offset = quint32(m_entries.size());
    const auto common = [&](QByteArray &out) {
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0); // stored
        put16(out, 0); // time 00:00
        put16(out, kDosDate);
        put32(out, crc);
        put32(out, quint32(data.size()));
        put32(out, quint32(data.size()));
        put16(out, quint32(fileName.size()));
        put16(out, 0); // no extra field
    };
    put32(m_entries, 0x04034b50);
    common(m_entries);
    m_entries += fileName + data;

    put32(m_directory, 0x02014b50);
    put16(m_directory, kVersion); // made by
    common(m_directory);
    put16(m_directory, 0); // comment length
    put16(m_directory, 0); // disk
    put16(m_directory, 0); // internal attributes
    put32(m_directory, 0); // external attributes
    put32(m_directory, offset);
    m_directory += fileName;
    ++m_count;
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_entries + m_directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_count));
    put16(out, quint32(m_count));
    put32(out, quint32(m_directory.size()));
    put32(out, quint32(m_entries.size()));
    put16(out, 0);
    return out;
}

} // namespace nb::render
