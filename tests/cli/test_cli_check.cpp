#include "core/interchange/package.h"
#include "core/report/definition.h"
#include "tests/cli/cli_runner.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "tests/support/catch_qt.h"

using nb::test::runCli;

namespace {
QString q(const char *s)
{
    return QString::fromUtf8(s);
}

// The full fixture with one balance broken in the 自然人 column.
QString brokenPackage()
{
    auto r = nb::test::full2023();
    r.cells.insert(q("requests.new.natural"), nb::test::plus(r.cells.value(q("requests.new.natural")), nb::test::dec("1")));
    const QString path = nb::test::tempPath(q("broken.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(path, r, *nb::report::Definition::builtin()).ok());
    return path;
}
} // namespace

TEST_CASE("check: a clean report prints nothing and exits 0", "[cli]")
{
    const auto run = runCli({q("check"), nb::test::dataPath(q("full-2023.nianbao.json"))});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed().isEmpty());
}

TEST_CASE("check: one line per finding, exit 1 on errors", "[cli]")
{
    const QString path = brokenPackage();
    const auto run = runCli({q("check"), path});
    CHECK(run.exitCode == 1);
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    // The overview's quoted 收到…申请496件 no longer matches either: RT-NEW warns as well.
    CHECK(lines.removeIf([](const QString &l) { return l.contains(q(": warning RT-NEW requests.new.total: ")); }) == 1);
    REQUIRE(lines.size() == 2); // the 自然人 and 总计 columns
    CHECK(lines[0].startsWith(path + q(": error R3-BALANCE requests.new.natural,requests.carried_in.natural,"
                                        "requests.result.total.natural,requests.carried_out.natural: 自然人：本年新收 ")));
    CHECK(lines[1].contains(q(" R3-BALANCE requests.new.total,")));
}

TEST_CASE("check --json: one document with every finding", "[cli]")
{
    const QString clean = nb::test::dataPath(q("full-2023.nianbao.json"));
    const QString broken = brokenPackage();
    const auto run = runCli({q("check"), q("--json"), clean, broken});
    CHECK(run.exitCode == 1);
    const QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(results.size() == 2);
    CHECK(results[0][q("file")].toString() == clean);
    CHECK(results[0][q("findings")].toArray().isEmpty());
    const QJsonArray findings = results[1][q("findings")].toArray();
    REQUIRE(findings.size() == 3); // R3-BALANCE 自然人 and 总计, and RT-NEW for the overview's quoted total
    CHECK(findings[2][q("rule")].toString() == q("RT-NEW"));
    CHECK(findings[0][q("rule")].toString() == q("R3-BALANCE"));
    CHECK(findings[0][q("severity")].toString() == q("error"));
    CHECK(findings[0][q("cells")].toArray().first().toString() == q("requests.new.natural"));
    CHECK(findings[0][q("message")].toString().startsWith(q("自然人：")));
}

TEST_CASE("check --previous enables the cross-year rules", "[cli]")
{
    auto r = nb::test::full2023();
    r.cells.insert(q("active.regulations.in_force"), nb::test::dec("40"));
    const QString path = nb::test::tempPath(q("stock.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(path, r, *nb::report::Definition::builtin()).ok());
    const auto alone = runCli({q("check"), path});
    CHECK(alone.exitCode == 0);
    CHECK_FALSE(alone.out.contains(q("X-STOCK")));
    const auto withPrevious = runCli({q("check"), q("--previous"), nb::test::dataPath(q("full-2022.nianbao.json")), path});
    CHECK(withPrevious.exitCode == 0); // a warning is not an error
    CHECK(withPrevious.out.contains(path + q(": warning X-STOCK active.regulations.in_force,")));
}

TEST_CASE("check: unusable input and usage errors exit 2 with a message on stderr", "[cli]")
{
    const QString bad = nb::test::tempPath(q("bad.nianbao.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": ");
    f.close();
    auto run = runCli({q("check"), bad});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(bad));
    CHECK(run.err.contains(q("JSON")));
    CHECK(run.out.isEmpty());

    run = runCli({q("check"), nb::test::tempPath(q("missing.nianbao.json"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("missing.nianbao.json")));

    run = runCli({q("check")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("用法")));

    run = runCli({q("check"), q("--bogus"), bad});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("--bogus")));

    run = runCli({q("no-such-command")});
    CHECK(run.exitCode == 2);
}
