// nianbao-cli import / export / new-year / list against a database file.
#include "core/interchange/package.h"
#include "core/report/engine.h"
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

namespace {

// The agency's report of a year as a package file in `dir`: the full fixture,
// with an unbalanced 三 (an error) for some agencies in 2023.
QString writePackage(const QTemporaryDir &dir, int agency, int year, report::Report *out = nullptr)
{
    report::Report r = test::packageFixture(QStringLiteral("full-%1.nianbao.json").arg(year));
    r.agencyName = QStringLiteral("批量导入局%1").arg(agency, 2, 10, QLatin1Char('0'));
    r.agencyKind = report::AgencyKind::Department;
    if (year == 2023 && agency % 4 == 1)
        r.cells[QStringLiteral("requests.new.natural")] = report::Decimal::fromInteger(agency + 100);
    const QString path = dir.filePath(QStringLiteral("%1-%2.nianbao.json").arg(agency).arg(year));
    REQUIRE(interchange::Package::writeFile(path, r, *report::Definition::builtin()).ok());
    if (out)
        *out = r;
    return path;
}

// "errors\twarnings\tinfos" as the engine counts them, with last year's report.
QString countsOf(const report::Report &r, const std::optional<report::Report> &previous)
{
    report::Engine engine;
    engine.setPrevious(previous);
    engine.load(r);
    return QStringLiteral("%1\t%2\t%3")
        .arg(engine.count(report::Severity::Error))
        .arg(engine.count(report::Severity::Warning))
        .arg(engine.count(report::Severity::Info));
}

} // namespace

TEST_CASE("cli: import of many files imports every one with its counts, and list shows the same counts each time",
          "[storage][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("many.sqlite3"));
    const int agencies = 24;
    QStringList files;
    QMap<QString, QString> expected; // "agency\tyear" → counts
    for (int a = 0; a < agencies; ++a) {
        report::Report previous, current;
        files << writePackage(dir, a, 2022, &previous) << writePackage(dir, a, 2023, &current);
        expected.insert(previous.agencyName + QStringLiteral("\t2022"), countsOf(previous, std::nullopt));
        expected.insert(current.agencyName + QStringLiteral("\t2023"), countsOf(current, previous));
    }
    REQUIRE(expected.value(QStringLiteral("批量导入局01\t2023")) != expected.value(QStringLiteral("批量导入局00\t2023")));

    Run r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files);
    INFO(r.err.toStdString());
    CHECK(r.code == 1); // the unbalanced ones
    const QStringList imported = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(imported.size() == files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        INFO(imported[i].toStdString());
        CHECK(imported[i].startsWith(files[i] + QStringLiteral(": ")));
    }

    // Every report listed with the counts the engine gives it, by agency and year.
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.code == 1);
    const QString listed = r.out;
    QStringList lines = listed.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + files.size());
    lines.removeFirst();
    QStringList order;
    for (const QString &line : lines) {
        const QStringList f = line.split(u'\t');
        REQUIRE(f.size() == 8);
        const QString id = f[0] + u'\t' + f[2];
        order << id;
        INFO(line.toStdString());
        CHECK(f[3] == QStringLiteral("draft"));
        CHECK(f.mid(4, 3).join(u'\t') == expected.value(id));
    }
    CHECK(order == QStringList(expected.keys())); // by agency, then year

    // Listed again, from the counts kept: the same.
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.out == listed);

    // A report replaced: its counts are checked again, the others read.
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--replace"),
             QStringLiteral(NB_TEST_DATA "/full-2023.nianbao.json"), QStringLiteral("--agency"), QStringLiteral("批量导入局01")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    const QStringList now = r.out.split(u'\n', Qt::SkipEmptyParts);
    const auto replaced = std::find_if(now.begin(), now.end(), [](const QString &line) {
        return line.startsWith(QStringLiteral("批量导入局01\t")) && line.contains(QStringLiteral("\t2023\t"));
    });
    REQUIRE(replaced != now.end());
    CHECK(replaced->section(u'\t', 4, 4) == QStringLiteral("0"));
    CHECK(r.out.count(QStringLiteral("\tdraft\t0\t")) == listed.count(QStringLiteral("\tdraft\t0\t")) + 1);
}

TEST_CASE("cli: an import of many files refused by the database at its last file imports none of them",
          "[storage][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("refused.sqlite3"));
    const QString existing = writePackage(dir, 99, 2023);
    Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, existing});
    REQUIRE(r.code == 0);
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    const QString before = r.out;

    QStringList files;
    for (int a = 0; a < 30; ++a)
        files << writePackage(dir, a, 2022);
    r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files + QStringList{existing});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--replace")));
    CHECK(r.err.contains(QStringLiteral("没有导入任何文件")));
    CHECK(r.out.isEmpty());
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.out == before);

    // Two files of one agency and year: refused before the database is touched.
    const QString twice = dir.filePath(QStringLiteral("again.nianbao.json"));
    REQUIRE(QFile::copy(files[3], twice));
    r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files + QStringList{twice});
    CHECK(r.code == 2);
    CHECK(r.err.contains(twice));
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.out == before);
}

TEST_CASE("cli: an import of many files names each one it cannot read, in the order given, and opens no database",
          "[storage][cli]")
{
    // The files are read a few at a time on other threads: what is said about them keeps their order.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("unread.sqlite3"));
    QStringList files, unreadable;
    for (int a = 0; a < 40; ++a) {
        files << writePackage(dir, a, 2023);
        if (a % 9 == 4) {
            const QString bad = dir.filePath(QStringLiteral("bad-%1.nianbao.json").arg(a));
            test::writeBytes(bad, a % 2 ? QByteArray("{\"format\": ") : QByteArray("[]"));
            files << bad;
            unreadable << bad;
        }
    }
    files.insert(17, dir.filePath(QStringLiteral("missing.nianbao.json")));
    unreadable.insert(2, files[17]);
    files.insert(25, QStringLiteral(NB_TEST_DATA "/published/web-2023.txt")); // read on the command's own thread
    const Run r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files);
    CHECK(r.code == 2);
    CHECK(r.out.isEmpty());
    QStringList named;
    for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts))
        named << line.section(QStringLiteral(": "), 0, 0);
    CHECK(named == unreadable);
    CHECK_FALSE(QFile::exists(db));
}
