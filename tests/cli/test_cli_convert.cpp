// nianbao-cli convert and check over published reports (.txt/.html) and many files.
#include "core/interchange/package.h"
#include "core/report/definition.h"
#include "tests/cli/cli_runner.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using nb::test::runCli;

namespace {
QString published(const char *name)
{
    return nb::test::dataPath(QStringLiteral("published/") + QString::fromLatin1(name));
}

QJsonObject manifestEntry(const QString &file)
{
    for (const auto &e : QJsonDocument::fromJson(nb::test::readData(QStringLiteral("published/manifest.json"))).array())
        if (e[QLatin1String("file")].toString() == file)
            return e.toObject();
    FAIL("no manifest entry for " << file.toStdString());
    return {};
}
} // namespace

TEST_CASE("convert: each published layout becomes a package with every figure", "[cli][convert]")
{
    const auto def = nb::report::Definition::builtin();
    for (const char *file : {"web-2023.txt", "pdf-2023.txt", "page-2023.html", "page-gbk-2023.html"}) {
        INFO(file);
        const QString out = nb::test::tempPath(QString::fromLatin1(file) + QStringLiteral(".nianbao.json"));
        const auto run = runCli({QStringLiteral("convert"), published(file), out});
        CHECK(run.exitCode == 0);
        auto package = nb::interchange::Package::readFile(out, *def);
        REQUIRE(package.ok());
        CHECK(package->agencyName == QStringLiteral("示范市人民政府"));
        CHECK(package->year == 2023);
        const QJsonObject cells = manifestEntry(QString::fromLatin1(file))[QLatin1String("cells")].toObject();
        CHECK(package->cells.size() == cells.size());
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            INFO(it.key().toStdString());
            const QString want = it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger());
            CHECK(package->cells.value(it.key()).toString() == want);
        }
        CHECK_FALSE(package->texts.value(QStringLiteral("overview")).isEmpty());
    }
}

TEST_CASE("convert: unreadable cells are listed on stderr — error findings give exit 1 but the package is written", "[cli][convert]")
{
    const QString out = nb::test::tempPath(QStringLiteral("old.nianbao.json"));
    const auto run = runCli({QStringLiteral("convert"), published("finding-rs-old-template.txt"), out});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("active.regulations.issued")));
    CHECK(QFile::exists(out));
}

TEST_CASE("convert: bad usage or input writes nothing and exits 2", "[cli][convert]")
{
    const QString out = nb::test::tempPath(QStringLiteral("nothing.nianbao.json"));
    CHECK(runCli({QStringLiteral("convert"), published("web-2023.txt")}).exitCode == 2);
    const auto wrongName = runCli({QStringLiteral("convert"), published("web-2023.txt"), nb::test::tempPath(QStringLiteral("x.json"))});
    CHECK(wrongName.exitCode == 2);
    CHECK(wrongName.err.contains(QStringLiteral(".nianbao.json")));
    const QString notReport = nb::test::tempPath(QStringLiteral("menu.txt"));
    QFile f(notReport);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("首页 | 新闻 | 联系我们\n");
    f.close();
    const auto run = runCli({QStringLiteral("convert"), notReport, out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("menu.txt")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("check over many files prints each file's findings and a summary", "[cli][check]")
{
    const auto run = runCli({QStringLiteral("check"), published("web-2023.txt"), published("finding-rt-review.txt"),
                             published("finding-rs-sections.txt"), nb::test::dataPath(QStringLiteral("full-2023.nianbao.json"))});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(published("finding-rt-review.txt") + QStringLiteral(": warning RT-REVIEW appeals.review.total: ")));
    CHECK(run.out.contains(published("finding-rs-sections.txt") + QStringLiteral(": error RS-SECTIONS")));
    CHECK_FALSE(run.out.contains(published("web-2023.txt") + u':'));
    CHECK(run.out.contains(QStringLiteral("汇总：读取 4 个文件，1 个有错误，0 个无法读取")));
    CHECK(run.out.contains(QStringLiteral("  RS-SECTIONS error 1\n")));
    CHECK(run.out.contains(QStringLiteral("  RT-REVIEW warning 1\n")));
    CHECK(run.out.contains(QStringLiteral("  RS-TEXT-EMPTY warning 1\n")));
}

TEST_CASE("check --json over published reports: one document, problems per file, summary on stderr", "[cli][check]")
{
    const auto run = runCli({QStringLiteral("check"), QStringLiteral("--json"), published("quirk-blank-zero.txt"),
                             published("finding-rs-rows.txt")});
    const auto doc = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(doc.isArray());
    REQUIRE(doc.array().size() == 2);
    CHECK(doc.array()[0][QLatin1String("findings")].toArray().isEmpty());
    const QJsonArray problems = doc.array()[1][QLatin1String("problems")].toArray();
    CHECK(problems.size() == 21); // the three rows of （六） the 2019 layout does not have, 7 cells each
    CHECK(run.err.contains(QStringLiteral("汇总：读取 2 个文件")));
}
