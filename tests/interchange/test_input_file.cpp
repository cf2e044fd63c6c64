// InputFile: a file read whole and exactly, up to the limit and not beyond.
#include "core/interchange/input_file.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using nb::interchange::InputFile;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("a file is read whole and exactly, whatever its size", "[interchange]")
{
    QTemporaryDir dir;
    for (qsizetype size : {qsizetype(1), qsizetype(12345), qsizetype(1) << 20}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char('a' + i % 23);
        const auto read = InputFile::read(writeFile(dir, QStringLiteral("f%1").arg(size), bytes));
        REQUIRE(read.ok());
        CHECK(read.value() == bytes);
    }
}

TEST_CASE("a file of the limit is read, one byte more is refused", "[interchange]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(InputFile::kMaxBytes)); // sparse: no disk space taken
    file.close();
    const auto atLimit = InputFile::read(path);
    REQUIRE(atLimit.ok());
    CHECK(atLimit.value().size() == InputFile::kMaxBytes);
    REQUIRE(QFile::resize(path, InputFile::kMaxBytes + 1));
    const auto beyond = InputFile::read(path);
    REQUIRE_FALSE(beyond.ok());
    CHECK(beyond.error().code == QStringLiteral("input.too-large"));
}
