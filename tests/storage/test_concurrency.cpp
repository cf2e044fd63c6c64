// Two instances on one database: both may edit; edits of different cells are
// all kept, the final lock is seen by the other, and another process holding
// the write lock makes writes fail with a message instead of waiting forever.
#include "tests/storage/storage_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace nb;
using nb::store::ChangeHint;
using nb::store::ReportId;

namespace {

// Two instances of the store open on one new database file.
struct TwoStores {
    explicit TwoStores(const QString &fileName)
        : path(dir.filePath(fileName)), a(test::openOrFail(path)), b(test::openOrFail(path))
    {
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::SqliteReportStore> a;
    std::unique_ptr<storage::SqliteReportStore> b;
};

} // namespace

TEST_CASE("two stores on one database see each other's changes and keep both", "[storage][concurrency]")
{
    TwoStores stores(QStringLiteral("shared.sqlite3"));
    auto &a = stores.a;
    auto &b = stores.b;
    const report::Report full = test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    const ReportId id{full.agencyName, full.year};
    REQUIRE(a->create(full).ok());

    report::Report inA = a->load(id).value();
    report::Report inB = b->load(id).value();
    const qint64 seen = b->revision(id).value();
    inA.cells[QStringLiteral("requests.new.natural")] = report::Decimal::fromInteger(111);
    REQUIRE(a->write(inA, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());
    CHECK(b->revision(id).value() > seen); // B can tell that it should reload
    inB.texts[QStringLiteral("problems")] = QStringLiteral("B 写的问题");
    REQUIRE(b->write(inB, ChangeHint{{}, {QStringLiteral("problems")}, false, false}).ok());

    for (auto *store : {a.get(), b.get()}) {
        const report::Report now = store->load(id).value();
        CHECK(now.cells.value(QStringLiteral("requests.new.natural")) == report::Decimal::fromInteger(111));
        CHECK(now.texts.value(QStringLiteral("problems")) == QStringLiteral("B 写的问题"));
    }

    REQUIRE(a->setStatus(id, report::ReportStatus::Final, {}).ok() == false); // 111 breaks R3-BALANCE
    inA.cells[QStringLiteral("requests.new.natural")] = full.cells.value(QStringLiteral("requests.new.natural"));
    REQUIRE(a->write(inA, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());
    REQUIRE(a->setStatus(id, report::ReportStatus::Final, {}).ok());
    const auto refused = b->write(inB, ChangeHint{{}, {QStringLiteral("problems")}, false, false});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("store.final"));
    CHECK(a->integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("cell key ids of a rolled-back import are not read as the keys another store gave those ids", "[storage][concurrency]")
{
    TwoStores stores(QStringLiteral("keys.sqlite3"));
    auto &a = stores.a;
    auto &b = stores.b;
    // A numbers every key of a full report, then its import fails: none of those numbers was committed.
    const report::Report full = test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    const Status failed = a->importEach(
        2, [&](qsizetype i) -> Result<report::Report> {
            if (i == 0)
                return full;
            return Error{QStringLiteral("test.source"), QStringLiteral("第二份读不出")};
        },
        false);
    REQUIRE_FALSE(failed.ok());
    // B numbers one key afresh; the first number goes to it.
    report::Report small;
    small.agencyName = QStringLiteral("示例县另一局");
    small.year = 2023;
    const QString key = QStringLiteral("requests.new.natural");
    REQUIRE(full.cells.firstKey() != key);
    small.cells[key] = report::Decimal::fromInteger(7);
    REQUIRE(b->create(small).ok());
    // A reads B's report with B's key, not with the one it had numbered first.
    const auto loaded = a->load({small.agencyName, small.year});
    REQUIRE(loaded.ok());
    CHECK(loaded.value().cells == small.cells);
    const auto many = a->loadMany({{small.agencyName, small.year}});
    REQUIRE(many.ok());
    REQUIRE(many.value().size() == 1);
    CHECK(many.value().first().cells == small.cells);
}

TEST_CASE("a writer process and this process edit one database at the same time", "[storage][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite3"));
    auto store = test::openOrFail(path);
    const report::Report full = test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    REQUIRE(store->create(full).ok());

    QProcess writer;
    writer.start(QStringLiteral(NB_WRITER_PATH), {QStringLiteral("write"), path, QStringLiteral("1000")});
    REQUIRE(writer.waitForReadyRead(10000));
    const ReportId id{full.agencyName, full.year};
    report::Report mine = full;
    for (int i = 0; i < 40; ++i) {
        mine.cells[QStringLiteral("active.licensing.decisions")] = report::Decimal::fromInteger(i);
        REQUIRE(store->write(mine, ChangeHint{{QStringLiteral("active.licensing.decisions")}, {}, false, false}).ok());
    }
    writer.kill();
    writer.waitForFinished();
    QMap<QString, qint64> acked;
    int count = 0;
    test::collectAcks(writer.readAllStandardOutput(), acked, &count);
    CHECK(count > 0);
    CHECK(store->load(id).value().cells.value(QStringLiteral("active.licensing.decisions")) == report::Decimal::fromInteger(39));
    const report::Report theirs = store->load({QStringLiteral("写入测试局"), 2023}).value();
    acked.remove(QStringLiteral("import")); // the writer's other report
    for (auto it = acked.begin(); it != acked.end(); ++it)
        CHECK(theirs.cells.value(it.key()).toInt64().value() >= it.value());
    CHECK(store->integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("a database locked by another process: reads work, writes fail with a message", "[storage][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite3"));
    const report::Report full = test::packageFixture(QStringLiteral("full-2023.nianbao.json"));
    REQUIRE(test::openOrFail(path)->create(full).ok());
    const QByteArray before = test::fileBytes(path);

    QProcess locker;
    locker.start(QStringLiteral(NB_WRITER_PATH), {QStringLiteral("lock"), path});
    REQUIRE(locker.waitForReadyRead(10000));
    REQUIRE(locker.readLine().trimmed() == "locked");

    storage::OpenOptions options;
    options.busyTimeoutMs = 300;
    auto store = test::openOrFail(path, options);
    const ReportId id{full.agencyName, full.year};
    CHECK(store->load(id).value() == full);
    report::Report edited = full;
    edited.cells[QStringLiteral("requests.new.natural")] = report::Decimal::fromInteger(1);
    const auto refused = store->write(edited, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("db.locked"));
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(test::fileBytes(path) == before);

    locker.kill();
    locker.waitForFinished();
    CHECK(store->write(edited, ChangeHint{{QStringLiteral("requests.new.natural")}, {}, false, false}).ok());
    CHECK(store->load(id).value().cells.value(QStringLiteral("requests.new.natural")) == report::Decimal::fromInteger(1));
}
