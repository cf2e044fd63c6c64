#include "core/storage/file_check.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace nb::storage {

namespace {

constexpr int kHeaderSize = 100;

// Write permission as the file's mode says, not as access() says: an
// administrator (or CI running as root) can write anything, yet a file or
// folder someone marked read-only must be treated as read-only.
bool markedWritable(const QFileInfo &info)
{
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

} // namespace

Status FileCheck::inspect(const QString &path)
{
    const QFileInfo info(path);
    const QString file = QDir::toNativeSeparators(path);
    if (auto folder = checkFolder(path); !folder)
        return folder;
    if (!info.exists())
        return success();
    if (info.isDir())
        return Error{QStringLiteral("db.not-database"), tr("%1 是一个文件夹，不是年报数据库。").arg(file)};
    if (!info.isReadable())
        return Error{QStringLiteral("db.cantopen"), tr("没有读取数据库文件 %1 的权限。").arg(file)};
    if (!markedWritable(info))
        return Error{QStringLiteral("db.readonly"),
                     tr("数据库文件 %1 是只读的，无法保存修改。请取消文件的只读属性，或用 --db 指定另一个数据库。").arg(file)};
    if (info.size() == 0)
        return success();
    return checkHeader(path, info.size());
}

Status FileCheck::checkFolder(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const QString name = QDir::toNativeSeparators(folder.filePath());
    const QString file = QDir::toNativeSeparators(path);
    if (!folder.isDir())
        return Error{QStringLiteral("db.cantopen"), tr("无法打开数据库文件 %1：文件夹 %2 不存在。").arg(file, name)};
    // SQLite keeps its write-ahead log next to the database: the folder must be writable too.
    if (!markedWritable(folder))
        return Error{QStringLiteral("db.readonly"),
                     tr("数据库文件 %1 所在的文件夹 %2 是只读的，无法保存修改（数据库需要在同一文件夹写日志文件）。").arg(file, name)};
    return success();
}

Status FileCheck::checkHeader(const QString &path, qint64 size)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("db.cantopen"), tr("无法读取数据库文件 %1：%2").arg(file, f.errorString())};
    const QByteArray header = f.read(kHeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < kHeaderSize || !header.startsWith(magic))
        return Error{QStringLiteral("db.not-database"), tr("文件 %1 不是年报数据库（不是 SQLite 数据库文件）。文件未做任何改动。").arg(file)};
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    // The page count in the header is only valid when the two change counters agree.
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    // While another program has the database open (its -wal file exists) a
    // checkpoint may be extending the file right now: then SQLite judges.
    const bool inUse = QFile::exists(path + QStringLiteral("-wal"));
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0
        || (!inUse && (size % pageSize != 0 || (countValid && size < pageCount * pageSize))))
        return Error{QStringLiteral("db.corrupt"),
                     tr("数据库文件 %1 不完整（文件被截断或已损坏：%2 字节）。文件未做任何改动；请从备份恢复。").arg(file).arg(size)};
    return success();
}

} // namespace nb::storage
