// nianbao-cli's collection commands (contract §8, §9): parent, board,
// aggregate (from the database and from files, --explain) and compare, run
// as a user would: packages written here, imported, then collected.
#include "core/interchange/package.h"
#include "core/report/definition.h"
#include "tests/cli/cli_runner.h"
#include "tests/support/fixtures.h"
#include "tests/support/pdf_words.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using nb::test::runCli;

namespace {

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

const QString kCity = q("示例市人民政府");
const QString kEducation = q("示例市教育局");
const QString kPolice = q("示例市公安局");
const QString kTransport = q("示例市交通运输局"); // in the tree, without a report

// A package of `agency` for 2023 under the city: the clean 2023 fixture, or
// the 2022 one moved to 2023 (other figures), so the two differ in most cells.
QString writePackage(const QTemporaryDir &dir, const QString &agency, bool other)
{
    auto r = other ? nb::test::full2022() : nb::test::full2023();
    r.agencyName = agency;
    r.agencyKind = nb::report::AgencyKind::Department;
    r.agencyParent = kCity;
    r.year = 2023;
    r.explanations.clear();
    const QString path = dir.filePath(agency + q(".nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(path, r, *nb::report::Definition::builtin()).ok());
    return path;
}

QJsonObject cellsOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto doc = QJsonDocument::fromJson(f.readAll());
    REQUIRE(doc.isObject());
    return doc.object().value(q("cells")).toObject();
}

qint64 whole(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

// Every whole-number input cell of the two packages, summed here.
QMap<QString, qint64> sums(const QString &a, const QString &b)
{
    QMap<QString, qint64> out;
    for (const QString &path : {a, b}) {
        const QJsonObject cells = cellsOf(path);
        for (auto it = cells.begin(); it != cells.end(); ++it)
            if (!it.key().contains(q("fees")))
                out[it.key()] += whole(it.value());
    }
    return out;
}

struct Collection {
    QTemporaryDir dir;
    QString db, education, police;
    Collection()
    {
        db = dir.filePath(q("collect.sqlite3"));
        education = writePackage(dir, kEducation, false);
        police = writePackage(dir, kPolice, true);
        const auto imported = runCli({q("import"), q("--db"), db, education, police});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode != 2);
        const auto added = runCli({q("parent"), q("--db"), db, q("--create"), kTransport, kCity});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
};

} // namespace

TEST_CASE("parent: shows, sets, creates and refuses a cycle, importing a package with a parent places it",
          "[cli][collection]")
{
    Collection c;
    auto run = runCli({q("parent"), q("--db"), c.db, kEducation});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(q("示例市教育局 的上级机关是 示例市人民政府")));

    run = runCli({q("parent"), q("--db"), c.db, kCity, kEducation});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.err.isEmpty());
    run = runCli({q("parent"), q("--db"), c.db, kCity});
    CHECK(run.out.contains(q("示例市人民政府 没有上级机关")));

    run = runCli({q("parent"), q("--db"), c.db, kPolice, q("--top")});
    CHECK(run.exitCode == 0);
    run = runCli({q("parent"), q("--db"), c.db, kPolice});
    CHECK(run.out.contains(q("示例市公安局 没有上级机关")));

    run = runCli({q("parent"), q("--db"), c.db, q("不存在的局"), kCity});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("--create")));
    run = runCli({q("parent"), q("--db"), c.db, kPolice, kCity, q("--top")});
    CHECK(run.exitCode == 2);

    // The move changed the tree only: the report is still there.
    run = runCli({q("list"), q("--db"), c.db});
    CHECK(run.out.contains(kPolice + q("\tdepartment\t2023\tdraft")));
}

TEST_CASE("board: one row per agency below the node, indented, with status and a summary, CSV and HTML",
          "[cli][collection]")
{
    Collection c;
    const QString csv = c.dir.filePath(q("board.csv")), html = c.dir.filePath(q("board.html"));
    auto run = runCli({q("board"), q("--db"), c.db, q("--year=2023"), q("--node"), kCity, q("--csv"), csv});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5); // header, three agencies, summary
    CHECK(lines[0].startsWith(q("机关\t")));
    QStringList agencies;
    for (int i = 1; i <= 3; ++i)
        agencies << lines[i].section(u'\t', 0, 0).trimmed();
    CHECK(agencies.size() == 3);
    CHECK(agencies.contains(kEducation));
    CHECK(agencies.contains(kPolice));
    CHECK(agencies.contains(kTransport));
    for (int i = 1; i <= 3; ++i) {
        const QString status = lines[i].section(u'\t', 2, 2); // 机关, 上级机关, 状态 …
        CHECK(status == (lines[i].contains(kTransport) ? q("未开始") : q("草稿")));
    }
    CHECK(lines[4].contains(q("3")));

    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    CHECK(csvText.contains(kTransport));
    CHECK(csvText.contains(q("未开始")));

    run = runCli({q("board"), q("--db"), c.db, q("--year=2023"), q("--html"), html});
    CHECK(run.exitCode == 0);
    QFile htmlFile(html);
    REQUIRE(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    CHECK(page.contains(q("<table")));
    CHECK(page.contains(kEducation));
    CHECK(run.out.contains(kCity)); // without --node: every agency, the city included

    run = runCli({q("board"), q("--db"), c.db, q("--year=2023"), q("--node"), q("没有这个机关")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("没有这个机关")));
    run = runCli({q("board"), q("--db"), c.db, q("--year=2023"), q("--csv"), csv, q("--html"), html});
    CHECK(run.exitCode == 2);
}

TEST_CASE("board: a report with errors gives exit 1 and its counts", "[cli][collection]")
{
    Collection c;
    auto r = nb::test::full2023();
    r.agencyName = q("示例市财政局");
    r.agencyParent = kCity;
    r.cells.insert(q("active.regulations.in_force"), nb::test::dec("-5")); // R2-NONNEG: an error
    const QString bad = c.dir.filePath(q("bad.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(bad, r, *nb::report::Definition::builtin()).ok());
    REQUIRE(runCli({q("import"), q("--db"), c.db, bad}).exitCode == 1);
    const auto run = runCli({q("board"), q("--db"), c.db, q("--year=2023"), q("--node"), kCity});
    CHECK(run.exitCode == 1);
    const QString row = run.out.section(q("示例市财政局"), 1, 1).section(u'\n', 0, 0);
    REQUIRE_FALSE(row.isEmpty());
    CHECK(row.contains(q("R2-NONNEG")));
}

TEST_CASE("aggregate --node: every cell the sum over the agencies, the AGG findings, --explain sums to the cell",
          "[cli][collection]")
{
    Collection c;
    const QString out = c.dir.filePath(q("全市.nianbao.json"));
    auto run = runCli({q("aggregate"), q("--db"), c.db, q("--year"), q("2023"), q("--node"), kCity, out, q("--explain"),
                       q("requests.new.natural")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0); // warnings only: one agency missing, two drafts
    CHECK(run.out.contains(out + q(": warning AGG-MISSING ")));
    CHECK(run.out.contains(kTransport));
    CHECK(run.out.contains(out + q(": warning AGG-NOT-FINAL ")));
    CHECK_FALSE(run.out.contains(q("AGG-ERRORS")));

    const QJsonObject cells = cellsOf(out);
    const auto expected = sums(c.education, c.police);
    REQUIRE(expected.size() > 50);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(whole(cells.value(it.key())) == it.value());
    }

    // 查看构成: each agency's figure, then the total, which is the cell.
    const qint64 total = expected.value(q("requests.new.natural"));
    CHECK(run.out.contains(q("查看构成 requests.new.natural")));
    qint64 summed = 0;
    for (const QString &agency : {kEducation, kPolice}) {
        const QString line = run.out.section(u'\n' + agency + u'\t', 1, 1).section(u'\n', 0, 0);
        REQUIRE_FALSE(line.isEmpty());
        summed += line.section(u'\t', 0, 0).toLongLong();
    }
    CHECK(summed == total);
    CHECK(run.out.contains(QString::number(total)));

    run = runCli({q("aggregate"), q("--db"), c.db, q("--year=2023"), q("--node"), kCity, out, q("--explain=no.such.cell")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("no.such.cell")));
}

TEST_CASE("aggregate from files: the same sums without a database, unusable input refused", "[cli][collection]")
{
    Collection c;
    const QString out = c.dir.filePath(q("files.nianbao.json"));
    auto run = runCli({q("aggregate"), q("--year=2023"), c.education, c.police, out});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QJsonObject cells = cellsOf(out);
    const auto expected = sums(c.education, c.police);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(whole(cells.value(it.key())) == it.value());
    }
    auto package = nb::interchange::Package::readFile(out, *nb::report::Definition::builtin());
    REQUIRE(package.ok());
    CHECK(package->agencyName == q("示例市人民政府（汇总）")); // the parent both files name
    REQUIRE(package->aggregate.has_value());

    // check on the aggregate package alone gives the same findings.
    const auto checked = runCli({q("check"), out});
    CHECK(checked.exitCode == run.exitCode);
    CHECK(checked.out == run.out);

    const QString refused = c.dir.filePath(q("refused.nianbao.json"));
    run = runCli({q("aggregate"), q("--year=2023"), c.education, c.education, refused});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(refused));
    run = runCli({q("aggregate"), q("--year=2022"), c.education, refused});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(refused));
    run = runCli({q("aggregate"), q("--db"), c.db, q("--year=2023"), q("--node"), kCity, c.education, refused});
    CHECK(run.exitCode == 2);
    run = runCli({q("aggregate"), q("--year=2023"), c.education, c.dir.filePath(q("out.pdf"))});
    CHECK(run.exitCode == 2);
}

TEST_CASE("compare: every cell with both years and the change, largest first, HTML and PDF", "[cli][collection]")
{
    const QString current = nb::test::dataPath(q("full-2023.nianbao.json"));
    const QString previous = nb::test::dataPath(q("full-2022.nianbao.json"));
    QTemporaryDir dir;
    const QString html = dir.filePath(q("对比.html")), pdf = dir.filePath(q("对比.pdf"));
    auto run = runCli({q("compare"), current, previous, q("--html"), html});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    const qsizetype header = lines.indexOf(lines.filter(q("上年")).value(0));
    REQUIRE(header > 0);
    REQUIRE(lines.size() > header + 50);
    // Changes in descending size (absolute): section, name, key, last year, this year, change, per cent.
    auto change = [](const QString &line) {
        QString c = line.section(u'\t', 5, 5);
        c.remove(u'+').replace(QChar(0x2212), u'-');
        return std::abs(c.toDouble());
    };
    for (qsizetype i = header + 2; i < lines.size(); ++i) {
        INFO(lines[i].toStdString());
        CHECK(change(lines[i - 1]) >= change(lines[i]));
    }
    QFile page(html);
    REQUIRE(page.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(page.readAll()).contains(q("<table")));

    run = runCli({q("compare"), current, previous, q("--pdf"), pdf});
    CHECK(run.exitCode == 0);
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(5) == QByteArray("%PDF-"));
    // Every cell at a size one reads on paper, the table across the page, as
    // many pages as the rows need (once: 1/12 scale, all rows in 350 pt of one page).
    const QList<nb::test::PdfPage> pages = nb::test::pdfWords(pdf);
    REQUIRE(pages.size() >= 2);
    const nb::test::PdfPage &first = pages.first();
    const nb::test::PdfWord *key = first.find(lines[header + 1].section(u'\t', 2, 2)); // the largest change's key
    REQUIRE(key);
    INFO("key " << key->text.toStdString() << " " << key->box.height() << " pt high; text to " << first.rightmost()
                << " of " << first.size.width() << " pt, down to " << first.lowest() << " of " << first.size.height());
    CHECK(key->box.height() >= 7);
    CHECK(key->box.height() <= 20);
    CHECK(first.rightmost() > 0.6 * first.size.width());
    CHECK(first.lowest() > 0.75 * first.size.height()); // the first page is filled before the next begins

    run = runCli({q("compare"), current, dir.filePath(q("missing.nianbao.json"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("missing.nianbao.json")));
}
