// kill -9 at random points: every write the writer acknowledged survives, a
// many-row transaction is there completely or not at all, and the database
// passes PRAGMA integrity_check, run after run.
#include "tests/storage/storage_fixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace nb;

namespace {

// The imported year is all of one import or all of the next, never a mix.
void checkImport(storage::SqliteReportStore &store, qint64 acked)
{
    auto imported = store.load({QStringLiteral("写入测试局"), 2022});
    if (acked < 0 && !imported.ok())
        return;
    REQUIRE(imported.ok());
    const report::Report &r = imported.value();
    REQUIRE(r.cells.size() == 144); // every input cell of 三
    const qint64 value = r.cells.first().toInt64().value();
    for (const auto &v : r.cells)
        REQUIRE(v.toInt64() == value);
    CHECK(value >= acked);
    CHECK(r.texts.value(QStringLiteral("overview")) == QStringLiteral("第%1次导入").arg(value));
}

} // namespace

TEST_CASE("a writer killed at random points loses no acknowledged write", "[storage][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite3"));
    QRandomGenerator random(20240131);
    QMap<QString, qint64> acked; // cell key → largest acknowledged value, over all runs
    int total = 0, runsWithAcks = 0;
    constexpr int kRuns = 30;
    for (int run = 0; run < kRuns; ++run) {
        QProcess writer;
        // Values grow from run to run, so a cell must never hold less than its last acknowledgement.
        writer.start(QStringLiteral(NB_WRITER_PATH), {QStringLiteral("write"), path, QString::number((run + 1) * 1000000LL)});
        REQUIRE(writer.waitForStarted(10000));
        // Random points: the first runs die while opening or creating the
        // database; the others once the writer has acknowledged a first write
        // (however slowly it started: sanitizers, a busy machine), then
        // somewhere in the following writes and imports.
        QByteArray output;
        if (run < 3) {
            QThread::msleep(random.bounded(40));
        } else {
            while (!output.contains("\nack ") && !output.startsWith("ack ") && writer.state() == QProcess::Running)
                if (writer.waitForReadyRead(10000))
                    output += writer.readAllStandardOutput();
            INFO(output.toStdString());
            REQUIRE(output.contains("ack "));
            QThread::msleep(random.bounded(250));
        }
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        int count = 0;
        test::collectAcks(output, acked, &count);
        total += count;
        runsWithAcks += count > 0;

        auto store = test::openOrFail(path);
        INFO("run " << run);
        REQUIRE(store->integrityCheck().value() == QStringLiteral("ok"));
        if (acked.isEmpty())
            continue;
        const report::Report stored = store->load({QStringLiteral("写入测试局"), 2023}).value();
        checkImport(*store, acked.value(QStringLiteral("import"), -1));
        for (auto it = acked.begin(); it != acked.end(); ++it) {
            if (it.key() == QLatin1String("import"))
                continue;
            INFO(it.key().toStdString());
            REQUIRE(stored.cells.contains(it.key()));
            REQUIRE(stored.cells.value(it.key()).toInt64().value() >= it.value());
        }
    }
    CHECK(runsWithAcks >= kRuns - 3); // every run but the first three acknowledged writes before it died
    CHECK(total >= kRuns - 3);
}
