#include "tests/storage/storage_fixture.h"

#include "core/interchange/package.h"
#include "core/report/definition.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace nb::test {

report::Report packageFixture(const QString &fileName)
{
    auto r = interchange::Package::readFile(QStringLiteral(NB_TEST_DATA "/") + fileName, *report::Definition::builtin());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

std::unique_ptr<storage::SqliteReportStore> openOrFail(const QString &path, const storage::OpenOptions &options)
{
    auto store = storage::SqliteReportStore::open(path, options);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store.ok());
    return std::move(store.value());
}

void collectAcks(const QByteArray &output, QMap<QString, qint64> &acked, int *count)
{
    const auto lines = output.split('\n');
    // The last piece has no newline: the writer was killed while printing it.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const auto parts = QString::fromUtf8(lines[i]).split(u' ');
        if (parts.size() == 2 && parts[0] == QLatin1String("import"))
            acked[QStringLiteral("import")] = std::max(acked.value(QStringLiteral("import"), -1), parts[1].toLongLong());
        if (parts.size() != 3 || parts[0] != QLatin1String("ack"))
            continue;
        acked[parts[1]] = std::max(acked.value(parts[1], -1), parts[2].toLongLong());
        if (count)
            ++*count;
    }
}

} // namespace nb::test
