#pragma once
// Published reports arrive as UTF-8 or, from older sites, GBK/GB2312 (read as
// GB18030, their superset). GB18030 is decoded by Qt's QStringDecoder, which
// reads it through ICU (Debian's Qt has it); a Qt built without ICU decodes
// only UTF-* and Latin-1, and then glibc's iconv is the fallback.
#include <QByteArray>
#include <QString>
#include <optional>

namespace nb::interchange {

enum class GbDecoder { Qt, Iconv }; // Iconv: only to test the fallback
// Bytes in GB18030 to text; nullopt when the bytes are not valid GB18030.
std::optional<QString> decodeGb18030(const QByteArray &bytes, GbDecoder decoder = GbDecoder::Qt);
// Whether this Qt reads GB18030 itself (built with ICU).
bool qtDecodesGb18030();
// Text of a report file: a BOM wins, then strict UTF-8 (whatever a page
// declares), then GB18030 unless the page declares another encoding (Big5 …).
// `encoding` receives the name used.
std::optional<QString> decodeReportText(const QByteArray &bytes, QString *encoding = nullptr);

} // namespace nb::interchange
