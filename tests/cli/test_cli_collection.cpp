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
#include <cmath>
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

// Every whole-number input cell of the packages, summed here (a package read
// from a published report also holds its printed totals: not summed).
QMap<QString, qint64> sums(const QStringList &packages)
{
    const auto def = nb::report::Definition::builtin();
    QMap<QString, qint64> out;
    for (const QString &path : packages) {
        const QJsonObject cells = cellsOf(path);
        for (auto it = cells.begin(); it != cells.end(); ++it)
            if (!it.key().contains(q("fees")) && !def->cells()[def->cellIndex(it.key())].derived)
                out[it.key()] += whole(it.value());
    }
    return out;
}

QMap<QString, qint64> sums(const QString &a, const QString &b)
{
    return sums(QStringList{a, b});
}

// A report as an agency publishes it on its site: the importer's fixture of
// 示范市人民政府 (tests/data/published) under `agency`'s name, written to `dir`.
QString writePublished(const QTemporaryDir &dir, const QString &fixture, const QString &agency)
{
    QString text = QString::fromUtf8(nb::test::readData(q("published/") + fixture));
    REQUIRE(text.contains(q("示范市人民政府")));
    text.replace(q("示范市人民政府"), agency);
    const QString path = dir.filePath(agency + u'.' + fixture.section(u'.', -1));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text.toUtf8()) > 0);
    return path;
}

// The aggregate package's "agency" object.
QJsonObject agencyOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object().value(q("agency")).toObject();
}

// The finding lines of one rule.
QString findingLine(const QString &out, const QString &rule)
{
    for (const QString &line : out.split(u'\n'))
        if (line.contains(u' ' + rule + u' '))
            return line;
    return QString();
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
    // A package of 示例市财政局 below the city whose report has an error (R2-NONNEG).
    QString writeReportWithError()
    {
        auto r = nb::test::full2023();
        r.agencyName = q("示例市财政局");
        r.agencyParent = kCity;
        r.cells.insert(q("active.regulations.in_force"), nb::test::dec("-5"));
        const QString bad = dir.filePath(q("bad.nianbao.json"));
        REQUIRE(nb::interchange::Package::writeFile(bad, r, *nb::report::Definition::builtin()).ok());
        return bad;
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
    const QString bad = c.writeReportWithError();
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

    // A key that is no cell: refused before anything is read or written.
    const QString fresh = c.dir.filePath(q("explain-refused.nianbao.json"));
    run = runCli({q("aggregate"), q("--db"), c.db, q("--year=2023"), q("--node"), kCity, fresh, q("--explain=no.such.cell")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("no.such.cell")));
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(run.out.isEmpty());
    run = runCli({q("aggregate"), q("--year=2023"), c.education, c.police, fresh, q("--explain"), q("requests.new")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("requests.new")));
    CHECK_FALSE(QFile::exists(fresh));
    CHECK_FALSE(run.out.contains(q("AGG-")));
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
    // The similarity of each text section, between the title and the header.
    CHECK(lines[0] == q("示例市人民政府 2023 年度与 2022 年度对比"));
    REQUIRE(header == 4);
    const QStringList headings{q("一、总体情况"), q("五、存在的主要问题及改进情况"), q("六、其他需要报告的事项")};
    for (int i = 0; i < 3; ++i) {
        INFO(lines[1 + i].toStdString());
        CHECK(lines[1 + i].section(u'\t', 0, 0) == headings[i]);
        const QString similarity = lines[1 + i].section(u'\t', 1, 1);
        CHECK(similarity.endsWith(u'%'));
        const int percent = similarity.chopped(1).toInt();
        CHECK(percent > 0);
        CHECK(percent < 100);
    }
    // Each per cent is the change against last year's figure, computed here from the two packages.
    const QJsonObject now = cellsOf(current), then = cellsOf(previous);
    int checked = 0;
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u'\t');
        REQUIRE(f.size() == 7);
        INFO(lines[i].toStdString());
        if (!now.contains(f[2]) || !then.contains(f[2]) || f[2].contains(q("fees")))
            continue;
        const qint64 a = whole(then.value(f[2])), b = whole(now.value(f[2]));
        CHECK(f[3] == QString::number(a));
        CHECK(f[4] == QString::number(b));
        if (a == 0) {
            CHECK(f[6] == (b == 0 ? q("—") : q("新增")));
            continue;
        }
        const double percent = double(b - a) / double(a) * 100.0;
        const QString sign = percent < 0 ? q("−") : percent > 0 ? q("+") : QString();
        CHECK(f[6] == sign + QString::number(std::abs(percent), 'f', 1) + u'%');
        ++checked;
    }
    CHECK(checked > 40);
    CHECK(run.out.contains(q("行政许可\tactive.licensing.decisions\t1840\t2153\t+313\t+17.0%")));

    // Identical texts: 100 %, called copied.
    auto copy = nb::test::full2023();
    copy.year = 2022;
    const QString copied = dir.filePath(q("copy-2022.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(copied, copy, *nb::report::Definition::builtin()).ok());
    const auto same = runCli({q("compare"), current, copied});
    CHECK(same.exitCode == 0);
    CHECK(same.out.contains(q("一、总体情况\t100% 雷同\n")));

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

TEST_CASE("compare: refuses a PREVIOUS that is not the year before, or of another agency, and writes nothing",
          "[cli][collection]")
{
    const QString current = nb::test::dataPath(q("full-2023.nianbao.json"));
    const QString previous = nb::test::dataPath(q("full-2022.nianbao.json"));
    QTemporaryDir dir;
    const QString html = dir.filePath(q("对比.html"));

    auto run = runCli({q("compare"), previous, current, q("--html"), html});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("2023")));
    CHECK(run.err.contains(q("2022")));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFile::exists(html));

    auto older = nb::test::full2022();
    older.year = 2021;
    const QString twoBefore = dir.filePath(q("2021.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(twoBefore, older, *nb::report::Definition::builtin()).ok());
    run = runCli({q("compare"), current, twoBefore});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("2021")));
    CHECK(run.out.isEmpty());

    auto other = nb::test::full2022();
    other.agencyName = q("示例县人民政府");
    const QString otherAgency = dir.filePath(q("other.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(otherAgency, other, *nb::report::Definition::builtin()).ok());
    run = runCli({q("compare"), current, otherAgency, q("--html"), html});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("示例县人民政府")));
    CHECK(run.err.contains(q("示例市人民政府")));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFile::exists(html));
}

TEST_CASE("compare: two aggregates of the same node are the same agency", "[cli][collection]")
{
    QTemporaryDir dir;
    QStringList files2023, files2022;
    for (const QString &agency : {kEducation, kPolice})
        for (int year : {2023, 2022}) {
            auto r = year == 2023 ? nb::test::full2023() : nb::test::full2022();
            r.agencyName = agency;
            r.agencyKind = nb::report::AgencyKind::Department;
            r.agencyParent = kCity;
            const QString path = dir.filePath(agency + QString::number(year) + q(".nianbao.json"));
            REQUIRE(nb::interchange::Package::writeFile(path, r, *nb::report::Definition::builtin()).ok());
            (year == 2023 ? files2023 : files2022) << path;
        }
    const QString now = dir.filePath(q("2023汇总.nianbao.json")), then = dir.filePath(q("2022汇总.nianbao.json"));
    REQUIRE(runCli(QStringList{q("aggregate"), q("--year=2023")} + files2023 + QStringList{now}).exitCode != 2);
    REQUIRE(runCli(QStringList{q("aggregate"), q("--year=2022")} + files2022 + QStringList{then}).exitCode != 2);
    const auto run = runCli({q("compare"), now, then});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(q("示例市人民政府（汇总） 2023 年度与 2022 年度对比")));
}

TEST_CASE("aggregate from files: published reports (web copy, web page) count as final, packages keep their status",
          "[cli][collection]")
{
    Collection c; // its packages are drafts
    const QString health = q("示例市卫生健康委员会"), civil = q("示例市民政局");
    const QString text = writePublished(c.dir, q("web-2023.txt"), health);
    const QString page = writePublished(c.dir, q("page-2023.html"), civil);
    // What each published report reads as, for the sums.
    QStringList read;
    for (const QString &published : {text, page}) {
        read << published + q(".nianbao.json");
        const auto converted = runCli({q("convert"), published, read.last()});
        INFO(converted.err.toStdString());
        REQUIRE(converted.exitCode != 2);
    }
    const QString out = c.dir.filePath(q("published.nianbao.json"));
    const auto run = runCli({q("aggregate"), q("--year=2023"), text, page, c.education, out});
    INFO(run.err.toStdString());
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 0);

    const QJsonObject cells = cellsOf(out);
    const auto expected = sums(read + QStringList{c.education});
    REQUIRE(expected.size() > 50);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(whole(cells.value(it.key())) == it.value());
    }

    auto package = nb::interchange::Package::readFile(out, *nb::report::Definition::builtin());
    REQUIRE(package.ok());
    REQUIRE(package->aggregate.has_value());
    QMap<QString, nb::report::CollectionStatus> status;
    for (const auto &contributor : package->aggregate->contributors)
        status.insert(contributor.agency, contributor.status);
    CHECK(status.value(health) == nb::report::CollectionStatus::Final);
    CHECK(status.value(civil) == nb::report::CollectionStatus::Final);
    CHECK(status.value(kEducation) == nb::report::CollectionStatus::Draft);
    const QString notFinal = findingLine(run.out, q("AGG-NOT-FINAL"));
    CHECK(notFinal.contains(kEducation));
    CHECK_FALSE(notFinal.contains(health));
    CHECK_FALSE(notFinal.contains(civil));

    // Published reports alone: none is a draft.
    const QString publishedOnly = c.dir.filePath(q("published-only.nianbao.json"));
    const auto alone = runCli({q("aggregate"), q("--year=2023"), text, page, publishedOnly});
    CHECK(alone.exitCode == 0);
    CHECK_FALSE(alone.out.contains(q("AGG-NOT-FINAL")));
    // A package keeps the status it carries: a final one is final.
    auto finalReport = nb::test::full2023();
    finalReport.agencyName = q("示例市审计局");
    finalReport.status = nb::report::ReportStatus::Final;
    const QString finalPackage = c.dir.filePath(q("final.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(finalPackage, finalReport, *nb::report::Definition::builtin()).ok());
    const QString withFinal = c.dir.filePath(q("with-final.nianbao.json"));
    const auto mixed = runCli({q("aggregate"), q("--year=2023"), text, finalPackage, withFinal});
    CHECK_FALSE(mixed.out.contains(q("AGG-NOT-FINAL")));
}

TEST_CASE("aggregate from files: the kind is --kind, else the common parent's, else the one all contributors share",
          "[cli][collection]")
{
    QTemporaryDir dir;
    auto write = [&](const QString &agency, nb::report::AgencyKind kind) {
        auto r = nb::test::full2023();
        r.agencyName = agency;
        r.agencyKind = kind;
        r.agencyParent.clear();
        const QString path = dir.filePath(agency + q(".nianbao.json"));
        REQUIRE(nb::interchange::Package::writeFile(path, r, *nb::report::Definition::builtin()).ok());
        return path;
    };
    const QString education = write(kEducation, nb::report::AgencyKind::Department);
    const QString police = write(kPolice, nb::report::AgencyKind::Department);
    const QString county = write(q("示例县人民政府"), nb::report::AgencyKind::Government);
    const QString school = write(q("示例市第一中学"), nb::report::AgencyKind::Other);
    const QString out = dir.filePath(q("汇总.nianbao.json"));
    auto kindOf = [&](const QStringList &args) {
        QFile::remove(out);
        const auto run = runCli(QStringList{q("aggregate"), q("--year=2023")} + args + QStringList{out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode != 2);
        const QJsonObject agency = agencyOf(out);
        CHECK(agency.value(q("name")).toString() == q("各机关（汇总）")); // no common parent
        return agency.value(q("kind")).toString();
    };
    CHECK(kindOf({education, police}) == q("department"));
    CHECK(kindOf({school}) == q("other"));
    CHECK(kindOf({education, county}) == q("government")); // a 人民政府 among them
    CHECK(kindOf({education, school}) == q("other"));
    CHECK(kindOf({education, county, q("--kind"), q("other")}) == q("other"));
    CHECK(kindOf({education, police, q("--kind=government")}) == q("government"));

    // --kind is for files: the node's kind is the database's.
    const auto run = runCli({q("aggregate"), q("--db"), dir.filePath(q("db.sqlite3")), q("--year=2023"), q("--node"),
                             kCity, q("--kind=other"), dir.filePath(q("node.nianbao.json"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(q("--kind")));
    CHECK_FALSE(QFile::exists(dir.filePath(q("node.nianbao.json"))));
}

TEST_CASE("aggregate: a contributor with errors gives AGG-ERRORS and exit 1", "[cli][collection]")
{
    Collection c;
    const QString bad = c.writeReportWithError();

    const QString out = c.dir.filePath(q("errors.nianbao.json"));
    auto run = runCli({q("aggregate"), q("--year=2023"), c.education, bad, out});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    const QString line = findingLine(run.out, q("AGG-ERRORS"));
    CHECK(line.startsWith(out + q(": error AGG-ERRORS ")));
    CHECK(line.contains(q("示例市财政局（R2-NONNEG）")));
    CHECK_FALSE(line.contains(kEducation));
    CHECK(QFile::exists(out)); // errors are findings: the aggregate is written

    // From the database too, once the report is imported.
    REQUIRE(runCli({q("import"), q("--db"), c.db, bad}).exitCode == 1);
    const QString fromDb = c.dir.filePath(q("errors-db.nianbao.json"));
    run = runCli({q("aggregate"), q("--db"), c.db, q("--year=2023"), q("--node"), kCity, fromDb});
    CHECK(run.exitCode == 1);
    CHECK(findingLine(run.out, q("AGG-ERRORS")).contains(q("示例市财政局（R2-NONNEG）")));

    // And without it, the same files give 0.
    run = runCli({q("aggregate"), q("--year=2023"), c.education, c.police, c.dir.filePath(q("clean.nianbao.json"))});
    CHECK(run.exitCode == 0);
}
