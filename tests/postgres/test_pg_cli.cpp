// nianbao-cli on a server (contract §8): --db takes a URI or service=NAME in
// every database command; `server init|grant|revoke` set a database up and
// hand out rights; what a role may not do is refused with exit 2.
#include "tests/cli/cli_runner.h"
#include "tests/postgres/office_fixture.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <catch2/catch.hpp>

using nb::test::runCli;

namespace {

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("cli: server init, import, list, export, new-year over a URI and a service name", "[postgres][cli]")
{
    nb::test::TestDatabase db; // already initialised once: init again changes nothing
    const auto init = runCli({q("server"), q("init"), q("--db"), db.uri()});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(q("没有改动")));

    const QString package2022 = nb::test::dataPath(q("full-2022.nianbao.json"));
    const QString package2023 = nb::test::dataPath(q("full-2023.nianbao.json"));
    const auto imported = runCli({q("import"), q("--db"), db.uri(), package2022, package2023});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(q("已导入")));

    // The same database through a service file (libpq's PGSERVICEFILE).
    QTemporaryDir dir;
    const QUrl url(db.uri());
    QFile services(dir.filePath(q("pg_service.conf")));
    REQUIRE(services.open(QIODevice::WriteOnly));
    services.write(QStringLiteral("[office]\nhost=%1\nport=%2\ndbname=%3\n")
                       .arg(QUrlQuery(url).queryItemValue(q("host")), QUrlQuery(url).queryItemValue(q("port")), db.name())
                       .toUtf8());
    services.close();
    const QMap<QString, QString> env{{q("PGSERVICEFILE"), services.fileName()}};
    const auto list = runCli({q("list"), q("--db"), q("service=office")}, {}, env);
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(q("示例市人民政府")) == 2);

    const QString out = dir.filePath(q("out.nianbao.json"));
    const auto exported = runCli({q("export"), q("--db"), q("service=office"), q("--agency"), q("示例市人民政府"),
                                  q("--year"), q("2023"), q("--json"), out}, {}, env);
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(QFile::exists(out));
    const auto newYear = runCli({q("new-year"), q("--db"), db.uri(), q("--agency"), q("示例市人民政府"), q("--year"), q("2024")});
    INFO(newYear.err.toStdString());
    CHECK(newYear.exitCode == 0);
    CHECK(runCli({q("list"), q("--db"), db.uri()}).out.count(q("示例市人民政府")) == 3);
}

TEST_CASE("cli: server grant and revoke give and take rights that the server then enforces", "[postgres][cli]")
{
    nb::test::Office office;
    const QString user = office.db.makeRole(q("cliclerk"));
    const auto granted = runCli({q("server"), q("grant"), q("--db"), office.db.uri(), q("--clerk"), nb::test::Office::kPolice, user});
    INFO(granted.err.toStdString());
    CHECK(granted.exitCode == 0);
    CHECK(granted.out.contains(q("已创建登录用户")));
    const auto asClerk = runCli({q("list"), q("--db"), office.db.uri(user)});
    INFO(asClerk.err.toStdString());
    CHECK(asClerk.out.count(nb::test::Office::kPolice) == 2);
    CHECK_FALSE(asClerk.out.contains(nb::test::Office::kEducation));

    // What the role may not do: exit 2 with the server's refusal.
    const QString package = nb::test::dataPath(q("full-2023.nianbao.json"));
    const auto foreign = runCli({q("import"), q("--db"), office.db.uri(user), package});
    CHECK(foreign.exitCode == 2);
    CHECK(foreign.err.contains(q("拒绝")));

    const auto revoked = runCli({q("server"), q("revoke"), q("--db"), office.db.uri(), q("--clerk"), nb::test::Office::kPolice, user});
    INFO(revoked.err.toStdString());
    CHECK(revoked.exitCode == 0);
    CHECK_FALSE(runCli({q("list"), q("--db"), office.db.uri(user)}).out.contains(nb::test::Office::kPolice));

    // Usage errors: no right named, an unknown agency, a file instead of a server.
    CHECK(runCli({q("server"), q("grant"), q("--db"), office.db.uri(), user}).exitCode == 2);
    const auto unknown = runCli({q("server"), q("grant"), q("--db"), office.db.uri(), q("--clerk"), q("没有的局"), user});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(q("没有机关 没有的局")));
    CHECK(runCli({q("server"), q("init"), q("--db"), q("/tmp/file.sqlite3")}).exitCode == 2);
    const auto unreachable = runCli({q("list"), q("--db"), q("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")});
    CHECK(unreachable.exitCode == 2);
    CHECK(unreachable.err.contains(q("无法连接")));
}

TEST_CASE("cli: board, aggregate and parent on a server show and change what the role may", "[postgres][cli]")
{
    using nb::test::Office;
    Office office;
    // The reviewer of the city: its two agencies on the board, not the other city's.
    const auto board = runCli({q("board"), q("--db"), office.db.uri(office.reviewer), q("--year"), q("2023")});
    INFO(board.err.toStdString());
    CHECK(board.exitCode == 0);
    CHECK(board.out.contains(Office::kEducation));
    CHECK(board.out.contains(Office::kPolice));
    CHECK_FALSE(board.out.contains(Office::kOtherOffice));

    // Its 汇总 of the city: both agencies contribute.
    QTemporaryDir dir;
    const QString out = dir.filePath(q("city.nianbao.json"));
    const auto aggregate = runCli({q("aggregate"), q("--db"), office.db.uri(office.reviewer), q("--year"), q("2023"),
                                   q("--node"), Office::kCity, out});
    INFO(aggregate.err.toStdString());
    CHECK((aggregate.exitCode == 0 || aggregate.exitCode == 1)); // 1: findings (the reports are drafts)
    REQUIRE(QFile::exists(out));
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray package = written.readAll();
    CHECK(package.contains(Office::kEducation.toUtf8()));
    CHECK(package.contains(Office::kPolice.toUtf8()));
    CHECK_FALSE(package.contains(Office::kOtherOffice.toUtf8()));

    // The tree: a clerk may not move its agency; the administrator may.
    const auto refused = runCli({q("parent"), q("--db"), office.db.uri(office.clerk), Office::kEducation, q("--top")});
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(refused.err.isEmpty());
    const auto moved = runCli({q("parent"), q("--db"), office.db.uri(office.admin), Office::kPolice, Office::kOtherCity});
    INFO(moved.err.toStdString());
    CHECK(moved.exitCode == 0);
    const auto after = runCli({q("board"), q("--db"), office.db.uri(office.reviewer), q("--year"), q("2023")});
    CHECK(after.out.contains(Office::kEducation));
    CHECK_FALSE(after.out.contains(Office::kPolice)); // no longer below the reviewer's node
}
