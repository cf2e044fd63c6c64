// nianbao-cli import / export / new-year / list against a database file.
#include "core/interchange/package.h"
#include "tests/storage/storage_fixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace nb;

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(NB_CLI_PATH), args);
    REQUIRE(p.waitForFinished(30000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kAgency = QStringLiteral("示例市人民政府");

} // namespace

TEST_CASE("cli: import, list, new-year and export round trip", "[storage][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite3"));
    const QString y2022 = QStringLiteral(NB_TEST_DATA "/full-2022.nianbao.json");
    const QString y2023 = QStringLiteral(NB_TEST_DATA "/full-2023.nianbao.json");

    Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, y2022});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(kAgency));

    // An existing draft is kept without --replace: exit 2 and nothing written, not even the new file.
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, y2023, y2022});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--replace")));
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.code == 0);
    CHECK_FALSE(r.out.contains(QStringLiteral("\t2023\t")));
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--replace"), y2023, y2022});
    CHECK(r.code == 0);

    r = cli({QStringLiteral("new-year"), QStringLiteral("--db"), db, QStringLiteral("--agency"), kAgency,
             QStringLiteral("--year"), QStringLiteral("2024")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("active.regulations.in_force")));
    r = cli({QStringLiteral("new-year"), QStringLiteral("--db"), db, QStringLiteral("--agency"), kAgency,
             QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(r.code == 2);

    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // header + 2022, 2023, 2024
    CHECK(lines[1].startsWith(kAgency + QStringLiteral("\tgovernment\t2022\tdraft\t0\t")));
    CHECK(lines[2].startsWith(kAgency + QStringLiteral("\tgovernment\t2023\tdraft\t0\t0\t")));
    CHECK(lines[3].contains(QStringLiteral("\t2024\tdraft\t")));
    CHECK_FALSE(lines[3].contains(QStringLiteral("\t2024\tdraft\t0\t"))); // blank counts: R3-BALANCE
    CHECK(r.code == 1); // 2024's error findings

    const QString out = dir.filePath(QStringLiteral("out.nianbao.json"));
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--agency"), kAgency,
             QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--json"), out});
    CHECK(r.code == 0);
    const auto exported = interchange::Package::readFile(out, *report::Definition::builtin());
    REQUIRE(exported.ok());
    CHECK(exported.value() == test::packageFixture(QStringLiteral("full-2023.nianbao.json")));
}

TEST_CASE("cli: bad input exits 2 and writes nothing", "[storage][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite3"));
    const QString notDb = dir.filePath(QStringLiteral("notes.txt"));
    test::writeBytes(notDb, "not a database at all");

    Run r = cli({QStringLiteral("list"), QStringLiteral("--db"), notDb});
    CHECK(r.code == 2);
    CHECK(r.err.contains(notDb));
    CHECK(test::fileBytes(notDb) == "not a database at all");

    const QString broken = dir.filePath(QStringLiteral("broken.nianbao.json"));
    test::writeBytes(broken, "{ not json");
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(NB_TEST_DATA "/full-2022.nianbao.json"), broken});
    CHECK(r.code == 2);
    CHECK(r.err.contains(broken));
    CHECK_FALSE(QFile::exists(db)); // nothing opened, nothing written

    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--agency"), kAgency,
             QStringLiteral("--year"), QStringLiteral("2023")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--json")));
    r = cli({QStringLiteral("new-year"), QStringLiteral("--db"), db, QStringLiteral("--agency"), QStringLiteral("新设局"),
             QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(r.code == 2);
    r = cli({QStringLiteral("new-year"), QStringLiteral("--db"), db, QStringLiteral("--agency"), QStringLiteral("新设局"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--empty"), QStringLiteral("--kind"),
             QStringLiteral("department")});
    CHECK(r.code == 0);
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.out.contains(QStringLiteral("新设局\tdepartment\t2024\tdraft")));
}
