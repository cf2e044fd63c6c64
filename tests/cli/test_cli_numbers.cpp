// The command line at both sides of every boundary: a package figure at the
// edge of the range converts to the same figure (a 20-digit count used to come
// back as another, small number), one past it is refused naming the cell with
// nothing written, and --year takes exactly the report years.
#include "core/interchange/package.h"
#include "tests/cli/cli_runner.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using nb::test::runCli;

namespace {
QString q(const char *s)
{
    return QString::fromUtf8(s);
}

// full-2023 with one cell's JSON value replaced.
QString packageWith(const QTemporaryDir &dir, const char *key, const QByteArray &json)
{
    QByteArray bytes = nb::test::readData(q("full-2023.nianbao.json"));
    const QByteArray needle = '"' + QByteArray(key) + "\": ";
    const qsizetype at = bytes.indexOf(needle);
    REQUIRE(at >= 0);
    const qsizetype from = at + needle.size();
    qsizetype to = from;
    while (to < bytes.size() && bytes[to] != ',' && bytes[to] != '\n')
        ++to;
    bytes.replace(from, to - from, json);
    const QString path = dir.filePath(q("in.nianbao.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}
} // namespace

TEST_CASE("convert keeps a figure at the edge of the range and refuses one past it", "[cli][range]")
{
    struct Case {
        const char *key;
        const char *json;
        const char *expected; // the figure in the written package; nullptr: refused
    };
    const Case c = GENERATE(values<Case>({
        {"requests.new.natural", "\"999999999999999999\"", "999999999999999999"},
        {"requests.new.natural", "\"1000000000000000000\"", nullptr},
        {"requests.new.natural", "\"12345678901234567890\"", nullptr},
        {"requests.new.natural", "\"-999999999999999999\"", "-999999999999999999"},
        {"requests.new.natural", "\"-1000000000000000000\"", nullptr},
        {"active.fees.amount", "\"999999999999999.999999\"", "999999999999999.999999"},
        {"active.fees.amount", "\"1000000000000000\"", nullptr},
        {"active.fees.amount", "\"0.0000001\"", nullptr},
    }));
    CAPTURE(c.key, c.json);
    QTemporaryDir dir;
    const QString in = packageWith(dir, c.key, c.json);
    const QString out = dir.filePath(q("out.nianbao.json"));
    const auto run = runCli({q("convert"), in, out});
    if (c.expected) {
        CHECK((run.exitCode == 0 || run.exitCode == 1)); // 1 when the figure breaks the balance of 三 or is negative
        auto written = nb::interchange::Package::readFile(out, *nb::report::Definition::builtin());
        REQUIRE(written.ok());
        CHECK(written->cells.value(QString::fromLatin1(c.key)).toString() == QString::fromLatin1(c.expected));
        return;
    }
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QString::fromLatin1(c.key)));
    CHECK(run.err.contains(q("超出范围")) != run.err.contains(q("小数超过")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("the year option takes the report years, 2000 to 2100, and nothing beyond", "[cli][range]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(q("years.sqlite3"));
    const auto newYear = [&](const char *year) {
        return runCli({q("new-year"), q("--db"), db, q("--agency"), q("示例县档案馆"), q("--year"), QString::fromLatin1(year),
                       q("--empty"), q("--kind"), q("department")});
    };
    for (const char *year : {"2000", "2100"}) {
        INFO(year);
        const auto run = newYear(year);
        CHECK(run.exitCode == 0);
    }
    for (const char *year : {"1999", "2101", "-2023", "20230", "99999999999999999999"}) {
        INFO(year);
        const auto run = newYear(year);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(q("2000 至 2100")));
    }
    const auto list = runCli({q("list"), q("--db"), db});
    CHECK(list.out.count(q("示例县档案馆")) == 2);
}
