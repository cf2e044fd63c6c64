#pragma once
// Published reports arrive as UTF-8 or, from older sites, GBK/GB2312 (read as
// GB18030, their superset). Qt 6.4 without ICU decodes only UTF-* and Latin-1,
// so GB18030 goes through glibc's iconv behind decodeGb18030().
#include <QByteArray>
#include <QString>
#include <optional>

namespace nb::interchange {

// Bytes in GB18030 to text; nullopt when the bytes are not valid GB18030.
std::optional<QString> decodeGb18030(const QByteArray &bytes);
// Text of a report file: a BOM wins, then strict UTF-8 (whatever a page
// declares), then GB18030 unless the page declares another encoding (Big5 …).
// `encoding` receives the name used.
std::optional<QString> decodeReportText(const QByteArray &bytes, QString *encoding = nullptr);

} // namespace nb::interchange
