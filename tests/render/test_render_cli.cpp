// nianbao-cli render PACKAGE (--pdf|--odt|--html|--csv) OUT [--style official|gongwen]
#include "tests/render/render_support.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace nb;

namespace {
struct Run {
    int exitCode = -1;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(NB_CLI_PATH), QStringList{QStringLiteral("render")} + args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray head(const QString &path, int n)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.read(n);
}
} // namespace

TEST_CASE("render writes each format from a package", "[render][cli]")
{
    const QString package = test::dataPath(QStringLiteral("full-2023.nianbao.json"));
    const QString pdf = test::tempPath(QStringLiteral("cli.pdf"));
    REQUIRE(cli({package, QStringLiteral("--pdf"), pdf, QStringLiteral("--style"), QStringLiteral("gongwen")}).exitCode == 0);
    CHECK(head(pdf, 5) == "%PDF-");
    // --style really reaches the renderer (QGuiApplication also knows a --style option).
    const QString official = test::tempPath(QStringLiteral("cli-official.pdf"));
    REQUIRE(cli({package, QStringLiteral("--pdf"), official}).exitCode == 0);
    const QString gongwenText = QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    CHECK(test::squeeze(gongwenText).contains(QStringLiteral("—1—")));
    const QString officialText = QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {official, QStringLiteral("-")}));
    CHECK_FALSE(test::squeeze(officialText).contains(QStringLiteral("—1—")));

    const QString odt = test::tempPath(QStringLiteral("cli.odt"));
    REQUIRE(cli({package, QStringLiteral("--odt"), odt}).exitCode == 0);
    CHECK(head(odt, 2) == "PK");
    const QString html = test::tempPath(QStringLiteral("cli.html"));
    REQUIRE(cli({package, QStringLiteral("--html"), html}).exitCode == 0);
    CHECK(head(html, 15) == "<!DOCTYPE html>");
    const QString csvPath = test::tempPath(QStringLiteral("cli.csv"));
    REQUIRE(cli({package, QStringLiteral("--csv"), csvPath}).exitCode == 0);
    CHECK(head(csvPath, 3) == "\xEF\xBB\xBF");
}

TEST_CASE("render refuses bad input with a message and writes nothing", "[render][cli]")
{
    const QString package = test::dataPath(QStringLiteral("full-2023.nianbao.json"));
    const QString out = test::tempPath(QStringLiteral("never.pdf"));
    Run r = cli({package, QStringLiteral("--pdf"), out, QStringLiteral("--style"), QStringLiteral("fancy")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("fancy")));
    r = cli({test::dataPath(QStringLiteral("no-such.nianbao.json")), QStringLiteral("--pdf"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no-such.nianbao.json")));
    r = cli({package, QStringLiteral("--pdf"), out, QStringLiteral("--html"), out});
    CHECK(r.exitCode == 2);
    r = cli({package});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--pdf")));
    r = cli({package, QStringLiteral("--bogus")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--bogus")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("export prints a report from the database in every format and style", "[render][cli]")
{
    const QString db = test::tempPath(QStringLiteral("render-export.sqlite3"));
    QProcess import;
    import.start(QStringLiteral(NB_CLI_PATH), {QStringLiteral("import"), QStringLiteral("--db"), db,
                                               test::dataPath(QStringLiteral("full-2023.nianbao.json"))});
    REQUIRE(import.waitForFinished(60000));
    REQUIRE(import.exitCode() == 0);
    const auto report = test::full2023();
    const auto exportTo = [&](const QStringList &format) {
        QProcess p;
        p.start(QStringLiteral(NB_CLI_PATH), QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                                         QStringLiteral("--agency"), report.agencyName,
                                                         QStringLiteral("--year"), QString::number(report.year)} +
                                                 format);
        REQUIRE(p.waitForFinished(60000));
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    const QString pdf = test::tempPath(QStringLiteral("export.pdf"));
    REQUIRE(exportTo({QStringLiteral("--pdf"), pdf, QStringLiteral("--style"), QStringLiteral("gongwen")}).exitCode == 0);
    const QString text = test::squeeze(QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})));
    CHECK(text.contains(test::squeeze(report::Definition::builtin()->title(report.agencyName, report.year))));
    CHECK(text.contains(QStringLiteral("—1—")));
    const QString html = test::tempPath(QStringLiteral("export.html"));
    REQUIRE(exportTo({QStringLiteral("--html"), html}).exitCode == 0);
    CHECK(head(html, 15) == "<!DOCTYPE html>");
    const QString odt = test::tempPath(QStringLiteral("export.odt"));
    REQUIRE(exportTo({QStringLiteral("--odt"), odt}).exitCode == 0);
    CHECK(head(odt, 2) == "PK");
    const QString csvPath = test::tempPath(QStringLiteral("export.csv"));
    const Run bad = exportTo({QStringLiteral("--csv"), csvPath, QStringLiteral("--style"), QStringLiteral("fancy")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("fancy")));
    CHECK_FALSE(QFile::exists(csvPath));
}
