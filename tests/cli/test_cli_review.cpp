// nianbao-cli check … --report OUT.html|OUT.csv (the reviewer's report) and the
// options that supply or override what a published report names:
// --agency, --kind, --year on convert, check and import.
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

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// A published report with no title, no statistics period, no signature and no sentence naming its agency.
QString untitled()
{
    QString text = QString::fromUtf8(nb::test::readData(QStringLiteral("published/web-2023.txt")));
    text.remove(0, text.indexOf(u'\n') + 1);
    text.replace(QStringLiteral("统计期限为2023年1月1日至2023年12月31日"), QString());
    text.replace(QStringLiteral("2023年，示范市人民政府深入贯彻"), QStringLiteral("本机关深入贯彻"));
    text.replace(QStringLiteral("2023"), QStringLiteral("本"));
    const QString path = nb::test::tempPath(QStringLiteral("untitled.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}
} // namespace

TEST_CASE("check --report writes the reviewer's report as HTML: one row per report, quotes, counts per rule", "[cli][review]")
{
    const QString out = nb::test::tempPath(QStringLiteral("review.html"));
    const auto run = runCli({QStringLiteral("check"), published("web-2023.txt"), published("finding-rt-new.txt"),
                             published("finding-rt-year.txt"), published("finding-r3-stated-total.txt"),
                             nb::test::dataPath(QStringLiteral("missing.txt")), QStringLiteral("--report"), out});
    CHECK(run.exitCode == 2); // one file could not be read
    const QString html = readText(out);
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("共 5 个文件：读取 4 个，无法读取 1 个；有错误的 2 个，只有警告的 1 个")));
    // One row per report, the worst first: errors, then warnings, then unreadable, then clean ones.
    const qsizetype stated = html.indexOf(QStringLiteral("finding-r3-stated-total.txt")), year = html.indexOf(QStringLiteral("finding-rt-year.txt"));
    const qsizetype newQuote = html.indexOf(QStringLiteral("finding-rt-new.txt")), missing = html.indexOf(QStringLiteral("missing.txt"));
    const qsizetype clean = html.lastIndexOf(QStringLiteral("web-2023.txt"));
    REQUIRE(stated > 0);
    CHECK(stated < newQuote);
    CHECK(year < newQuote);
    CHECK(newQuote < missing);
    CHECK(missing < clean);
    // The finding with the sentence it quotes.
    CHECK(html.contains(QStringLiteral("<q>全年共收到政府信息公开申请2232件，上年结转21件，含上年结转共受理申请2153件；</q>")));
    // The count per rule, errors first.
    const qsizetype countTable = html.indexOf(QStringLiteral("按规则统计"));
    CHECK(countTable < html.indexOf(QStringLiteral("<td>R3-BALANCE</td>")));
    CHECK(html.indexOf(QStringLiteral("<td>RT-YEAR</td>")) < html.indexOf(QStringLiteral("<td>RT-NEW</td>")));
    CHECK(html.contains(QStringLiteral("正文所述收到申请数与表格一致")));
    // Nothing from the page may run or load: no script, no external resource.
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("http")));
}

TEST_CASE("check --report writes the reviewer's report as CSV with a BOM for Excel and WPS", "[cli][review]")
{
    const QString out = nb::test::tempPath(QStringLiteral("review.csv"));
    const auto run = runCli({QStringLiteral("check"), QStringLiteral("--report=") + out, published("web-2023.txt"),
                             published("finding-rt-done.txt")});
    CHECK(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    CHECK(lines.first() == QStringLiteral("文件,机关,年度,错误,警告,提示,未能读取的单元格,发现的问题"));
    CHECK(lines[1].startsWith(published("finding-rt-done.txt") + QStringLiteral(",示范市人民政府,2023,0,1,0,0,")));
    CHECK(lines[1].contains(QStringLiteral("RT-DONE")));
    CHECK(csv.contains(QStringLiteral("\r\n规则,级别,内容,涉及报告,次数\r\nRT-DONE,警告,")));
}

TEST_CASE("check --report refuses a name it cannot write before reading anything", "[cli][review]")
{
    const auto run = runCli({QStringLiteral("check"), published("web-2023.txt"), QStringLiteral("--report"),
                             nb::test::tempPath(QStringLiteral("review.pdf"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral(".html 或 .csv")));
    CHECK_FALSE(QFile::exists(nb::test::tempPath(QStringLiteral("review.pdf"))));
    const auto noValue = runCli({QStringLiteral("check"), published("web-2023.txt"), QStringLiteral("--report")});
    CHECK(noValue.exitCode == 2);
    CHECK(noValue.err.contains(QStringLiteral("--report")));
}

TEST_CASE("convert, check and import read a report without a title when --agency and --year are given", "[cli][options]")
{
    const QString in = untitled();
    const QString out = nb::test::tempPath(QStringLiteral("untitled.nianbao.json"));
    const auto refused = runCli({QStringLiteral("convert"), in, out});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--agency")));
    CHECK_FALSE(QFile::exists(out));
    const auto converted = runCli({QStringLiteral("convert"), QStringLiteral("--agency"), QStringLiteral("示范县教育局"),
                                   QStringLiteral("--kind=other"), QStringLiteral("--year=2023"), in, out});
    INFO(converted.err.toStdString());
    CHECK(converted.exitCode == 0);
    auto package = nb::interchange::Package::readFile(out, *nb::report::Definition::builtin());
    REQUIRE(package.ok());
    CHECK(package->agencyName == QStringLiteral("示范县教育局"));
    CHECK(package->agencyKind == nb::report::AgencyKind::Other);
    CHECK(package->year == 2023);
    CHECK(package->cells.size() > 150);

    const auto checked = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--agency=示范县教育局"),
                                 QStringLiteral("--year"), QStringLiteral("2023"), in});
    CHECK(checked.exitCode == 0);
    CHECK(QJsonDocument::fromJson(checked.out.toUtf8()).array().size() == 1);

    const QString db = nb::test::tempPath(QStringLiteral("options.sqlite"));
    const auto importRefused = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, in});
    CHECK(importRefused.exitCode == 2);
    const auto imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--agency"),
                                  QStringLiteral("示范县教育局"), QStringLiteral("--year"), QStringLiteral("2023"), in});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("已导入 示范县教育局 2023 年度")));
}

TEST_CASE("wrong values of --agency, --kind and --year are refused with the option named", "[cli][options]")
{
    const QString out = nb::test::tempPath(QStringLiteral("bad.nianbao.json"));
    for (const QStringList &bad : {QStringList{QStringLiteral("--kind"), QStringLiteral("city")},
                                   QStringList{QStringLiteral("--year=23")}, QStringList{QStringLiteral("--year"), QStringLiteral("abc")},
                                   QStringList{QStringLiteral("--agency=")}, QStringList{QStringLiteral("--agency")}}) {
        INFO(bad.join(u' ').toStdString());
        const auto run = runCli(QStringList{QStringLiteral("convert")} + bad + QStringList{published("web-2023.txt"), out});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(bad.first().section(u'=', 0, 0)));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("convert reads a PDF file directly and refuses a scan", "[cli][pdf]")
{
    const QString pdf = nb::test::tempPath(QStringLiteral("cli.pdf"));
    const auto rendered = runCli({QStringLiteral("render"), nb::test::dataPath(QStringLiteral("full-2023.nianbao.json")),
                                  QStringLiteral("--pdf"), pdf});
    REQUIRE(rendered.exitCode == 0);
    const QString out = nb::test::tempPath(QStringLiteral("cli-pdf.nianbao.json"));
    const auto run = runCli({QStringLiteral("convert"), pdf, out});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    auto package = nb::interchange::Package::readFile(out, *nb::report::Definition::builtin());
    REQUIRE(package.ok());
    CHECK(package->agencyName == nb::test::full2023().agencyName);
}
