// One matrix over every input the program reads — report package, published
// text, HTML page, PDF, database file, the desktop application's settings
// file, command-line arguments, pasted block — each spoiled every way: empty,
// truncated, binary, 100 MB, JSON nested 10,000 deep, the wrong encoding,
// hostile names (path traversal, SQL, control characters; in an agency name
// and as an output file name). Every case must end in a clear message naming
// what was wrong, exit status 2 from nianbao-cli (or a refusal in the session
// or window), no crash (the ASan run of `scripts/dev.sh test` runs this too),
// and nothing written: output files absent, databases and settings unchanged.
// Big inputs are made here, as sparse files. Each test case prints how many
// cases it tried.
//
// Two variants are read, not refused, by design (contract §7, §8 and
// docs/storage.md): a published copy cut short is a report with parts missing
// (every missing cell named, RS-SECTIONS as an error, exit 1, no figure
// invented), and an empty database file becomes a new database.
#include "core/interchange/package.h"
#include "core/interchange/published_report_importer.h"
#include "core/render/report_renderer.h"
#include "core/report/agency_name.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/sqlite_report_store.h"
#include "tests/badinput/bad_input_support.h"
#include "tests/session/session_fixture.h"
#include "tests/support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace nb;
using namespace nb::test;

namespace {

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

// Counts the cases of one input and prints the count, however the test ends.
class Tally {
public:
    explicit Tally(const char *input) : m_input(input) {}
    ~Tally() { std::printf("bad input matrix, %s: %d cases tried\n", m_input, m_tried); }
    void tried(int n = 1) { m_tried += n; }

private:
    const char *m_input;
    int m_tried = 0;
};

struct Variant {
    QString name;  // also the file's base name
    QByteArray bytes;
    bool huge = false; // bytes is the prefix of a 100 MB file
};

// A refusal: exit 2, a message naming `names` (a file, an option, a cell), no
// raw control character on the terminal, nothing on stdout.
void requireRefused(const ProgramRun &run, const QString &names)
{
    INFO("stderr: " << run.err.left(3000).toStdString());
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.err.trimmed().isEmpty());
    CHECK(run.err.contains(report::AgencyName::printable(names)));
    CHECK_FALSE(hasRawControl(run.err));
    CHECK_FALSE(hasRawControl(run.out));
}

// A database with one report in it, to prove that refusals leave it alone.
QString seededDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("seeded.sqlite3"))
{
    const QString path = dir.filePath(name);
    auto store = storage::SqliteReportStore::open(path);
    REQUIRE(store.ok());
    REQUIRE(store.value()->create(full2022()).ok());
    return path;
}

// The package with its agency's name replaced (JSON-escaped: "\u001b" for ESC).
QByteArray withAgency(QByteArray package, const QString &name)
{
    const QByteArray escaped = QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    const QByteArray original = "\"name\": \"示例市人民政府\"";
    REQUIRE(package.contains(original));
    package.replace(original, "\"name\": " + escaped);
    return package;
}

// The file variants of one kind of input, written into `dir`.
QStringList writeVariants(const QTemporaryDir &dir, const QList<Variant> &variants, const QString &suffix)
{
    QStringList paths;
    for (const Variant &v : variants) {
        const QString path = dir.filePath(v.name + suffix);
        if (v.huge)
            writeHugeFile(path, v.bytes);
        else
            writeFile(path, v.bytes);
        paths << path;
    }
    return paths;
}

// The common variants of a file input; `valid` is a good file of that kind.
QList<Variant> spoiled(const QByteArray &valid, const QByteArray &hugePrefix, const QByteArray &wrongEncoding)
{
    return {{QStringLiteral("empty"), {}},
            {QStringLiteral("binary"), randomBytes(64 << 10, 9)},
            {QStringLiteral("huge"), hugePrefix, true},
            {QStringLiteral("nested"), nestedJson()},
            {QStringLiteral("wrong-encoding"), wrongEncoding},
            {QStringLiteral("truncated"), valid.left(valid.size() / 2)}};
}

QByteArray utf16(const QByteArray &utf8)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(utf8));
}

QByteArray encoded(const char *encoding, const QByteArray &utf8)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder.encode(QString::fromUtf8(utf8));
}

QByteArray gb18030(const QByteArray &utf8)
{
    return encoded("GB18030", utf8);
}

// An encoding the importer does not read (it reads UTF-8, UTF-16 with a BOM, GBK/GB18030).
QByteArray big5(const QByteArray &utf8)
{
    return encoded("Big5", utf8);
}

// check over every variant at once, import of them all, then convert one by
// one: each refused, naming its file, writing nothing. Variants named in
// `readAnyway` are published copies cut short: read, with findings, never
// with an invented figure.
void runFileMatrix(Tally &tally, const QTemporaryDir &dir, const QStringList &paths, const QStringList &readAnyway,
                   const std::function<report::Report()> &reference)
{
    QStringList refused;
    for (const QString &p : paths)
        if (!readAnyway.contains(QFileInfo(p).completeBaseName().section(u'.', 0, 0)))
            refused << p;

    const ProgramRun check = runCli(QStringList{q("check")} + refused);
    for (const QString &p : refused) {
        INFO("check " << p.toStdString());
        requireRefused(check, p);
    }
    tally.tried(int(refused.size()));

    const QString db = seededDatabase(dir, QStringLiteral("import-target.sqlite3"));
    const FileState before = fileState(db);
    const ProgramRun import = runCli(QStringList{q("import"), q("--db"), db} + refused);
    for (const QString &p : refused) {
        INFO("import " << p.toStdString());
        requireRefused(import, p);
    }
    CHECK(fileState(db) == before);
    tally.tried(int(refused.size()));

    for (const QString &p : paths) {
        INFO("convert " << p.toStdString());
        const QString out = dir.filePath(q("out.nianbao.json"));
        QFile::remove(out);
        const ProgramRun convert = runCli({q("convert"), p, out});
        tally.tried();
        if (refused.contains(p)) {
            requireRefused(convert, p);
            CHECK_FALSE(QFile::exists(out));
            continue;
        }
        // Cut short: whatever is written is what the full copy says, and the rest is named.
        INFO(convert.err.toStdString());
        CHECK(convert.exitCode == 1);
        CHECK(convert.err.contains(q("未能读取")));
        auto written = interchange::Package::readFile(out, *report::Definition::builtin());
        REQUIRE(written.ok());
        const report::Report full = reference();
        for (auto it = written->cells.begin(); it != written->cells.end(); ++it) {
            INFO(it.key().toStdString());
            CHECK(full.cells.value(it.key()) == it.value());
        }
        CHECK(written->cells.size() < full.cells.size());
    }
}

// A published copy whose agency name is hostile and named nowhere else: the
// name never reaches the package or the database.
void runHostileImports(Tally &tally, const QTemporaryDir &dir, const QStringList &paths)
{
    const QString db = seededDatabase(dir, QStringLiteral("hostile-target.sqlite3"));
    for (const QString &p : paths) {
        INFO(p.toStdString());
        const QString out = dir.filePath(q("hostile-out.nianbao.json"));
        QFile::remove(out);
        const ProgramRun convert = runCli({q("convert"), p, out});
        CHECK_FALSE(hasRawControl(convert.err));
        if (convert.exitCode == 2) {
            CHECK(convert.err.contains(q("机关名称")));
            CHECK_FALSE(QFile::exists(out));
        } else {
            // The importer dropped the hostile characters (page text loses control characters): a plain name.
            auto written = interchange::Package::readFile(out, *report::Definition::builtin());
            REQUIRE(written.ok());
            CHECK_FALSE(report::AgencyName::check(written->agencyName).has_value());
        }
        const FileState before = fileState(db);
        const ProgramRun import = runCli({q("import"), q("--db"), db, p});
        if (import.exitCode == 2)
            CHECK(fileState(db) == before);
        auto store = storage::SqliteReportStore::open(db);
        REQUIRE(store.ok());
        const auto listed = store.value()->list();
        REQUIRE(listed.ok());
        for (const auto &summary : listed.value())
            CHECK_FALSE(report::AgencyName::check(summary.id.agency).has_value());
        tally.tried(2);
    }
}

report::Report importedFixture(const char *name)
{
    auto result = interchange::importPublishedReport(readData(q("published/") + QString::fromLatin1(name)), QString::fromLatin1(name));
    REQUIRE(result.ok());
    return result->report;
}

} // namespace

TEST_CASE("bad input: report packages", "[badinput]")
{
    Tally tally("report package");
    QTemporaryDir dir;
    const QByteArray valid = readData(q("full-2023.nianbao.json"));
    QList<Variant> variants = spoiled(valid, "{\"format\":\"gov-info-disclosure-annual-report\",", gb18030(valid));
    variants << Variant{QStringLiteral("utf16"), utf16(valid)};
    const QStringList names = hostileNames();
    for (int i = 0; i < names.size(); ++i)
        variants << Variant{QStringLiteral("hostile%1").arg(i), withAgency(valid, names[i])};
    const QStringList paths = writeVariants(dir, variants, q(".nianbao.json"));
    runFileMatrix(tally, dir, paths, {}, {});
}

TEST_CASE("bad input: published reports as text", "[badinput]")
{
    Tally tally("published text");
    QTemporaryDir dir;
    const QByteArray valid = readData(q("published/web-2023.txt"));
    QList<Variant> variants = spoiled(valid, valid.left(4096), big5(valid));
    const QStringList paths = writeVariants(dir, variants, q(".txt"));
    runFileMatrix(tally, dir, paths, {q("truncated")}, [] { return importedFixture("web-2023.txt"); });

    // The title is the only place naming the agency.
    QStringList hostile;
    const QStringList names = hostileNames();
    for (int i = 0; i < names.size(); ++i) {
        QByteArray text = valid;
        text.replace("示范市人民政府2023年政府信息公开工作年度报告", names[i].toUtf8() + "2023年政府信息公开工作年度报告");
        text.replace("2023年，示范市人民政府深入贯彻", "本机关深入贯彻");
        hostile << dir.filePath(QStringLiteral("hostile%1.txt").arg(i));
        writeFile(hostile.last(), text);
    }
    runHostileImports(tally, dir, hostile);
}

TEST_CASE("bad input: published reports as web pages", "[badinput]")
{
    Tally tally("HTML page");
    QTemporaryDir dir;
    const QByteArray valid = readData(q("published/page-2023.html"));
    QList<Variant> variants = spoiled(valid, valid.left(4096), big5(valid));
    variants << Variant{QStringLiteral("nested-tags"), QByteArray("<html><body>") + QByteArray("<div><table><tr><td>").repeated(3000)
                                                           + QByteArray("一、总体情况")};
    const QStringList paths = writeVariants(dir, variants, q(".html"));
    runFileMatrix(tally, dir, paths, {q("truncated")}, [] { return importedFixture("page-2023.html"); });

    QStringList hostile;
    const QStringList names = hostileNames();
    for (int i = 0; i < names.size(); ++i) {
        QByteArray page = valid;
        page.replace("_示范市人民政府</title>", "</title>");
        page.replace("示范市人民政府2023年政府信息公开工作年度报告", names[i].toHtmlEscaped().toUtf8() + "2023年政府信息公开工作年度报告");
        page.replace("2023年，示范市人民政府深入贯彻", "本机关深入贯彻");
        hostile << dir.filePath(QStringLiteral("hostile%1.html").arg(i));
        writeFile(hostile.last(), page);
    }
    runHostileImports(tally, dir, hostile);
}

TEST_CASE("bad input: published reports as PDF", "[badinput]")
{
    Tally tally("PDF");
    QTemporaryDir dir;
    const auto def = report::Definition::builtin();
    const QString good = dir.filePath(q("good.pdf"));
    REQUIRE(render::renderToFile(full2023(), *def, render::OutputFormat::Pdf, render::PageStyle::Official, good).ok());
    const QByteArray valid = [&] {
        QFile f(good);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    // Wrong encoding for a PDF: the web copy's text under a .pdf name.
    const QList<Variant> variants = spoiled(valid, "%PDF-1.4\n", readData(q("published/web-2023.txt")));
    const QStringList paths = writeVariants(dir, variants, q(".pdf"));
    runFileMatrix(tally, dir, paths, {}, {});

    QStringList hostile;
    for (const QString &name : hostileNames()) {
        report::Report r = full2023();
        r.agencyName = name;
        hostile << dir.filePath(QStringLiteral("hostile%1.pdf").arg(hostile.size()));
        REQUIRE(render::renderToFile(r, *def, render::OutputFormat::Pdf, render::PageStyle::Official, hostile.last()).ok());
    }
    runHostileImports(tally, dir, hostile);
}

TEST_CASE("bad input: database files", "[badinput]")
{
    Tally tally("database file");
    QTemporaryDir dir;
    const QString source = seededDatabase(dir, q("source.sqlite3"));
    QByteArray valid;
    {
        QFile f(source);
        REQUIRE(f.open(QIODevice::ReadOnly));
        valid = f.readAll();
    }
    QList<Variant> variants = spoiled(valid, {}, utf16("SQLite format 3 — 但这是文字"));
    variants.removeIf([](const Variant &v) { return v.name == QLatin1String("empty"); }); // becomes a new database: below
    const QStringList paths = writeVariants(dir, variants, q(".sqlite3"));
    const QString out = dir.filePath(q("exported.nianbao.json"));
    const QString package = dataPath(q("full-2023.nianbao.json"));
    for (const QString &db : paths) {
        INFO(db.toStdString());
        const FileState before = fileState(db);
        for (const QStringList &args : {QStringList{q("list")},
                                        QStringList{q("export"), q("--agency"), q("示例市人民政府"), q("--year"), q("2022"), q("--json"), out},
                                        QStringList{q("import"), package},
                                        QStringList{q("new-year"), q("--agency"), q("示例市人民政府"), q("--year"), q("2023")}}) {
            INFO(args.join(u' ').toStdString());
            requireRefused(runCli(args + QStringList{q("--db"), db}), db);
            CHECK(fileState(db) == before);
            CHECK_FALSE(QFile::exists(out));
            tally.tried();
        }
    }
    // The desktop application refuses it too, with the same message.
    const ProgramRun desktop = runDesktop({q("--db"), paths.first()}, dir.path());
    CHECK(desktop.exitCode == 2);
    CHECK(desktop.err.contains(paths.first()));
    tally.tried();

    // An empty file becomes a new database (docs/storage.md): listed as empty, then usable.
    const QString empty = dir.filePath(q("empty.sqlite3"));
    writeFile(empty, {});
    CHECK(runCli({q("list"), q("--db"), empty}).exitCode == 0);
    CHECK(runCli({q("import"), q("--db"), empty, package}).exitCode == 0);
    tally.tried(2);

    // Names another program stored: listed with their control characters spelled out, refused as --agency.
    const QString hostileDb = seededDatabase(dir, q("hostile.sqlite3"));
    {
        auto db = storage::Database::open(hostileDb, 1000);
        REQUIRE(db.ok());
        auto st = storage::Statement::prepare(*db.value(), "UPDATE agencies SET name = ?1");
        REQUIRE(st.ok());
        REQUIRE(st.value().bind(1, q("示范局\u001b[2J'; DROP TABLE reports; --")).run().ok());
    }
    const ProgramRun list = runCli({q("list"), q("--db"), hostileDb});
    CHECK(list.exitCode != 2);
    CHECK(list.out.contains(q("U+001B")));
    CHECK_FALSE(hasRawControl(list.out));
    const FileState before = fileState(hostileDb);
    requireRefused(runCli({q("export"), q("--db"), hostileDb, q("--agency"), q("示范局\u001b[2J'; DROP TABLE reports; --"), q("--year"),
                           q("2022"), q("--json"), out}),
                   q("控制字符"));
    CHECK(fileState(hostileDb) == before);
    CHECK_FALSE(QFile::exists(out));
    tally.tried(2);
}

TEST_CASE("bad input: the desktop application's settings file", "[badinput]")
{
    Tally tally("settings file");
    QTemporaryDir dir;
    const QString db = seededDatabase(dir);
    const QString settings = dir.filePath(q("nianbao/nianbao.conf"));
    REQUIRE(QDir(dir.path()).mkpath(q("nianbao")));
    const QByteArray valid = "[session]\nlastReport=示例市人民政府\t2022\n[window]\ngeometry=@ByteArray()\n";
    const QList<Variant> refused = {{QStringLiteral("binary"), randomBytes(4096, 11)},
                                    {QStringLiteral("huge"), valid, true},
                                    {QStringLiteral("nested"), nestedJson()},
                                    {QStringLiteral("wrong-encoding"), gb18030(valid)},
                                    {QStringLiteral("control"), "[session]\nlastReport=\x1b[2J\t2022\n"}};
    for (const Variant &v : refused) {
        INFO(v.name.toStdString());
        if (v.huge)
            writeHugeFile(settings, v.bytes);
        else
            writeFile(settings, v.bytes);
        const FileState before = fileState(settings);
        const FileState database = fileState(db);
        const ProgramRun run = runDesktop({q("--db"), db}, dir.path());
        CHECK(run.exitCode == 0);
        CHECK(run.err.contains(q("设置文件")));
        CHECK(run.err.contains(q("原文件未做任何改动")));
        CHECK(run.err.contains(q("ready: ")));
        CHECK(fileState(settings) == before); // this run's settings went elsewhere
        CHECK(fileState(db) == database);
        tally.tried();
    }
    // Readable files whose values are not a report to open: the welcome page, nothing opened or written.
    QList<Variant> read = {{QStringLiteral("empty"), {}}, {QStringLiteral("truncated"), valid.left(valid.size() / 2)}};
    for (const QString &name : hostileNames()) {
        QFile::remove(settings);
        {
            QSettings written(settings, QSettings::IniFormat); // as the application itself would write them
            written.setValue(q("session/lastReport"), name + q("\t2022"));
            written.setValue(q("session/recentReports"), QStringList{name + q("\t2022"), q("x' OR '1'='1\t2022")});
            written.setValue(q("print/paper"), -7);
        }
        QFile file(settings);
        REQUIRE(file.open(QIODevice::ReadOnly));
        read << Variant{QStringLiteral("hostile"), file.readAll()};
    }
    for (const Variant &v : read) {
        INFO(v.name.toStdString() << ": " << v.bytes.toStdString());
        writeFile(settings, v.bytes);
        const FileState before = fileState(settings);
        const FileState database = fileState(db);
        const ProgramRun run = runDesktop({q("--db"), db}, dir.path());
        CHECK(run.exitCode == 0);
        CHECK(run.err.contains(q("ready: 年报 — 政府信息公开工作年度报告"))); // the welcome page: no report opened
        if (run.err.contains(q("设置文件"))) // a format character written raw (U+202E): not a file we write
            CHECK(fileState(settings) == before);
        CHECK(fileState(db) == database);
        tally.tried();
    }
}

TEST_CASE("bad input: command-line arguments", "[badinput]")
{
    Tally tally("command-line arguments");
    QTemporaryDir dir;
    const QString db = seededDatabase(dir);
    const QString good = dataPath(q("full-2023.nianbao.json"));
    const QString out = dir.filePath(q("out.nianbao.json"));
    // Linux passes at most 128 KiB in one argument: the largest there can be stands for "100 MB".
    const QString longest = QString(128 * 1024 / 3 - 1, u'局'); // three bytes each in UTF-8
    const QString binary = QString::fromLocal8Bit(randomBytes(64, 5).replace('\0', 'x'));
    const QString gbk = QString::fromUtf8(gb18030("示范局")); // GBK bytes read as UTF-8
    const QString nested = QString::fromLatin1(nestedJson());
    const FileState database = fileState(db);

    struct Case {
        QStringList args;
        QString names; // what the message must name
    };
    QList<Case> cases = {
        {{q("")}, q("")},
        {{q("check"), q("")}, q("")},
        {{q("export"), q("--db"), db, q("--year"), q("2022"), q("--json"), out, q("--agency")}, q("--agency")}, // cut short
        {{q("check"), binary}, q("")},
        {{q("check"), longest.left(5000)}, q("")},
        {{q("check"), nested}, q("")},
    };
    // An argument with control characters is refused before any command reads it; the others by the option.
    const auto naming = [](const QString &value, const QString &option) {
        return report::AgencyName::hasInvisible(value) ? q("控制字符") : option;
    };
    for (const QString &agency : QStringList{q(""), binary, gbk, longest, nested} + hostileNames()) {
        cases.append({{q("export"), q("--db"), db, q("--agency"), agency, q("--year"), q("2022"), q("--json"), out},
                      naming(agency, q("--agency"))});
        cases.append({{q("new-year"), q("--db"), db, q("--agency"), agency, q("--year"), q("2023")}, naming(agency, q("--agency"))});
    }
    for (const QString &year : {q(""), q("1999"), q("2101"), q("2023'; DROP TABLE reports; --"), binary, nested})
        cases.append({{q("new-year"), q("--db"), db, q("--agency"), q("示例市人民政府"), q("--year"), year}, naming(year, q("--year"))});
    // Output file names: control characters, a folder that is not there, the input itself, the database.
    cases.append({{q("convert"), good, dir.filePath(q("out\u001b[2J.nianbao.json"))}, q("控制字符")});
    cases.append({{q("convert"), good, dir.filePath(q("no-such-folder/../../../x.nianbao.json"))}, q("no-such-folder")});
    cases.append({{q("convert"), good, dir.path()}, q("")});
    cases.append({{q("render"), good, q("--pdf"), good}, q("输入的文件")});
    cases.append({{q("export"), q("--db"), db, q("--agency"), q("示例市人民政府"), q("--year"), q("2022"), q("--json"), db}, q("输入的文件")});
    for (const Case &c : cases) {
        INFO(c.args.join(u' ').left(300).toStdString());
        const QByteArray goodBefore = readData(q("full-2023.nianbao.json"));
        requireRefused(runCli(c.args), c.names);
        CHECK(fileState(db) == database);
        CHECK_FALSE(QFile::exists(out));
        CHECK(readData(q("full-2023.nianbao.json")) == goodBefore);
        tally.tried();
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QFileInfo(db).fileName()});

    // An output name with quotes and semicolons is the user's to choose: written exactly there, no SQL sees it.
    const QString sqlish = dir.filePath(q("x'; DROP TABLE reports; --.nianbao.json"));
    CHECK(runCli({q("convert"), good, sqlish}).exitCode == 0);
    CHECK(QFile::exists(sqlish));
    tally.tried();

    // The desktop application: unknown options, a missing value, an empty or overlong database path.
    for (const QStringList &args : {QStringList{q("--frobnicate")}, QStringList{q("--db")}, QStringList{q("--db"), q("")},
                                    QStringList{q("--db"), longest}, QStringList{q("--lang"), binary}}) {
        INFO(args.join(u' ').left(200).toStdString());
        const ProgramRun run = runDesktop(args, dir.path());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        CHECK_FALSE(run.err.contains(q("ready: ")));
        tally.tried();
    }
    // A file it cannot read, given to open: said, and nothing imported.
    const QString broken = dir.filePath(q("broken.nianbao.json"));
    writeFile(broken, randomBytes(1000, 3));
    const ProgramRun opened = runDesktop({q("--db"), db, broken}, dir.path());
    CHECK(opened.err.contains(broken));
    CHECK_FALSE(opened.err.contains(q("preview: ")));
    CHECK(fileState(db) == database);
    tally.tried();
}

TEST_CASE("bad input: pasted blocks", "[badinput]")
{
    Tally tally("pasted block");
    SessionFixture f;
    const int table = f.def().tableIndex(q("requests"));
    const report::Report before = f.session->engine().report();
    const int writes = f.store.writeCount();
    QByteArray cut = q("１２\t３").toUtf8();
    cut.chop(1); // a UTF-8 sequence cut in two
    const QList<std::pair<QString, QString>> blocks = {
        {q("empty"), QString()},
        {q("truncated"), QString::fromUtf8(cut)},
        {q("binary"), QString::fromLatin1(randomBytes(4096, 17))},
        {q("100 MB"), QString(50 << 20, u'9')}, // 100 MB of UTF-16
        {q("nested"), QString::fromLatin1(nestedJson())},
        {q("wrong encoding"), QString::fromUtf8(gb18030("１２\t３４"))},
        {q("path"), hostileNames()[0]},
        {q("sql"), hostileNames()[1]},
        {q("control"), q("\u001b[31m12\t3")},
    };
    for (const auto &[name, block] : blocks) {
        INFO(name.toStdString());
        const Status pasted = f.session->paste(table, 0, 0, block);
        REQUIRE_FALSE(pasted.ok());
        CHECK_FALSE(pasted.error().message.isEmpty());
        CHECK(pasted.error().code.startsWith(q("paste.")));
        CHECK(f.session->engine().report() == before);
        CHECK(f.session->undoStack()->count() == 0);
        CHECK(f.store.writeCount() == writes);
        tally.tried();
    }
}
