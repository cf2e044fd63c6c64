#include "core/interchange/input_file.h"

#include "core/report/agency_name.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nb::interchange {

Result<QByteArray> InputFile::read(const QString &path)
{
    // The path as people typed it, minus anything that could steer a terminal.
    const QString shown = report::AgencyName::printable(QDir::toNativeSeparators(path));
    const QFileInfo info(path);
    if (!info.exists()) {
        QFile missing(path);
        [[maybe_unused]] const bool opened = missing.open(QIODevice::ReadOnly); // for the system's own words
        // The package reader's wording (and its translation) since before this file existed.
        return Error{QStringLiteral("input.open"),
                     QCoreApplication::translate("Package", "无法打开 %1：%2").arg(shown, missing.errorString())};
    }
    if (info.isDir())
        return Error{QStringLiteral("input.not-a-file"), tr("%1 是文件夹，不是文件").arg(shown)};
    if (!info.isFile()) // a device (/dev/zero) or a pipe would be read forever
        return Error{QStringLiteral("input.not-a-file"), tr("%1 不是普通文件").arg(shown)};
    if (info.size() == 0)
        return Error{QStringLiteral("input.empty"), tr("%1 是空文件").arg(shown)};
    if (info.size() > kMaxBytes)
        return Error{QStringLiteral("input.too-large"), tr("%1 有 %2 MB，超过了可以读取的 %3 MB，不是一份年度报告")
                                                            .arg(shown)
                                                            .arg(double(info.size()) / (1 << 20), 0, 'f', 1)
                                                            .arg(kMaxBytes >> 20)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("input.open"), tr("无法打开 %1：%2").arg(shown, file.errorString())};
    // As many bytes as the file has, and one more: read(kMaxBytes + 1) would
    // allocate (map and unmap) the whole limit for every file. A file that
    // grew since it was measured is read on, up to the limit.
    QByteArray bytes = file.read(info.size() + 1);
    if (bytes.size() > info.size() && file.error() == QFileDevice::NoError)
        bytes += file.read(kMaxBytes + 1 - bytes.size());
    if (file.error() != QFileDevice::NoError)
        return Error{QStringLiteral("input.open"), tr("无法读取 %1：%2").arg(shown, file.errorString())};
    if (bytes.size() > kMaxBytes) // grew while being read
        return Error{QStringLiteral("input.too-large"), tr("%1 超过了可以读取的 %2 MB").arg(shown).arg(kMaxBytes >> 20)};
    return bytes;
}

} // namespace nb::interchange
