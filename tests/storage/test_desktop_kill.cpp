// kill -9 of the desktop application while a clerk works: nb_desktop_writer
// runs the real main window offscreen over a database, driven by key events
// (figures with Enter/Tab, Delete, Ctrl+V, the keys of Undo and Redo; or
// typing in a text section), and acknowledges each committed step on stdout. After
// every kill the database must hold every acknowledged edit, nothing else
// (a step in flight is there completely or not at all), and pass
// PRAGMA integrity_check; typing may lag by at most 400 ms.
//
// Runs: NB_KILL_RUNS (default 12) for the cells, NB_KILL_TEXT_RUNS (default
// 4) for typing. scripts/kill-test.sh runs the full count (200 and 50) and
// prints the figures the README quotes.
#include "core/report/definition.h"
#include "tests/storage/storage_fixture.h"
#include "tests/support/catch_qt.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace nb;

namespace {

const QString kAgency = QStringLiteral("示例市人民政府");

int runsFrom(const char *variable, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(variable, &ok);
    return ok && n > 0 ? n : fallback;
}

// Every input cell of the stored report: key → value ("-" for blank).
QMap<QString, QString> storedInputs(storage::SqliteReportStore &store)
{
    const auto def = report::Definition::builtin();
    const report::Report r = store.load({kAgency, 2023}).value();
    QMap<QString, QString> out;
    for (const report::Cell &c : def->cells())
        if (!c.derived)
            out.insert(c.key, r.cells.contains(c.key) ? r.cells.value(c.key).toString() : QStringLiteral("-"));
    return out;
}

// Reads the helper's output until `count` complete lines start with `prefix`
// (after "ready"); false when it ended or took longer than 60 s.
bool waitForLines(QProcess &p, QByteArray &out, const QByteArray &prefix, int count)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        out += p.readAllStandardOutput();
        const qsizetype ready = out.indexOf("ready\n");
        if (out.contains("\nerr ") || out.startsWith("err "))
            return false;
        if (ready >= 0 && out.mid(ready).count("\n" + prefix) >= count)
            return true;
        if (clock.elapsed() > 60000 || p.state() != QProcess::Running)
            return false;
        p.waitForReadyRead(200);
    }
}

QString letters(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += QChar(char16_t(u'a' + i % 26));
    return s;
}

} // namespace

TEST_CASE("the desktop application killed at random moments loses no committed cell edit", "[storage][kill][desktop]")
{
    const int runs = runsFrom("NB_KILL_RUNS", 12);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kill.sqlite3"));
    {
        auto store = test::openOrFail(path);
        REQUIRE(store->create(test::packageFixture(QStringLiteral("full-2022.nianbao.json"))).ok());
        REQUIRE(store->create(test::packageFixture(QStringLiteral("full-2023.nianbao.json"))).ok());
    }
    QMap<QString, QString> expected = storedInputs(*test::openOrFail(path));
    QRandomGenerator random(20240607);
    int kills = 0, steps = 0, lost = 0, startupKills = 0, inFlightWritten = 0, inFlightNot = 0;
    for (int run = 0; run < runs; ++run) {
        INFO("run " << run);
        QProcess writer;
        writer.start(QStringLiteral(NB_DESKTOP_WRITER_PATH),
                     {QStringLiteral("cells"), path, kAgency, QStringLiteral("2023"), QString::number(random.generate())});
        REQUIRE(writer.waitForStarted(10000));
        QByteArray out;
        if (run % 10 == 9) { // some die while the window is still opening the report
            QThread::msleep(random.bounded(300));
            ++startupKills;
        } else {
            const bool reached = waitForLines(writer, out, "ok", 1 + int(random.bounded(40)));
            INFO(out.toStdString() << writer.readAllStandardError().toStdString());
            REQUIRE(reached);
            QThread::msleep(random.bounded(15)); // often in the middle of the next step
        }
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();
        ++kills;
        INFO(out.toStdString());
        REQUIRE_FALSE(out.contains("\nerr "));

        // Acknowledged steps change what must be stored; the last step may be in flight.
        QMap<QString, QString> inFlight;
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece may be cut off
            const QStringList parts = QString::fromUtf8(lines[i]).split(u' ');
            if (parts[0] == QLatin1String("try") && parts.size() == 3) {
                inFlight.insert(parts[1], parts[2]);
            } else if (parts[0] == QLatin1String("ok")) {
                for (auto it = inFlight.begin(); it != inFlight.end(); ++it)
                    expected.insert(it.key(), it.value());
                inFlight.clear();
                ++steps;
            }
        }

        auto store = test::openOrFail(path);
        REQUIRE(store->integrityCheck().value() == QStringLiteral("ok"));
        const QMap<QString, QString> stored = storedInputs(*store);
        int written = 0;
        for (auto it = inFlight.begin(); it != inFlight.end(); ++it)
            written += stored.value(it.key()) == it.value() && expected.value(it.key()) != it.value();
        const bool stepWritten = written > 0;
        QStringList wrong;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString want = stepWritten && inFlight.contains(it.key()) ? inFlight.value(it.key()) : it.value();
            if (stored.value(it.key()) != want)
                wrong << QStringLiteral("%1 stored %2, expected %3").arg(it.key(), stored.value(it.key()), want);
        }
        lost += int(wrong.size());
        INFO(wrong.join(QLatin1Char('\n')).toStdString());
        REQUIRE(wrong.isEmpty()); // every acknowledged edit, nothing else, a step in flight whole or not at all
        if (!inFlight.isEmpty())
            (stepWritten ? inFlightWritten : inFlightNot)++;
        expected = stored;
    }
    std::printf("desktop kill test (cells): %d kills (%d while starting), %d acknowledged steps, %d lost; "
                "a step in flight at the kill was found written %d times, not written %d times\n",
                kills, startupKills, steps, lost, inFlightWritten, inFlightNot);
    CHECK(lost == 0);
    CHECK(steps >= (runs - startupKills));
}

TEST_CASE("the desktop application killed while typing loses at most the last 400 ms of typing", "[storage][kill][desktop]")
{
    const int runs = runsFrom("NB_KILL_TEXT_RUNS", 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kill-text.sqlite3"));
    const QString section = QStringLiteral("problems");
    {
        auto store = test::openOrFail(path);
        REQUIRE(store->create(test::packageFixture(QStringLiteral("full-2023.nianbao.json"))).ok());
    }
    QRandomGenerator random(20240608);
    qint64 worstLagMs = 0, typed = 0, lostChars = 0;
    for (int run = 0; run < runs; ++run) {
        INFO("run " << run);
        const QString before = test::openOrFail(path)->load({kAgency, 2023}).value().texts.value(section);
        QProcess writer;
        writer.start(QStringLiteral(NB_DESKTOP_WRITER_PATH),
                     {QStringLiteral("text"), path, kAgency, QStringLiteral("2023"), QString::number(random.generate())});
        REQUIRE(writer.waitForStarted(10000));
        QByteArray out;
        const bool reached = waitForLines(writer, out, "typed", 20 + int(random.bounded(100)));
        INFO(out.toStdString() << writer.readAllStandardError().toStdString());
        REQUIRE(reached);
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();

        // typed N BEFORE AFTER: letter N, this program's clock before and after its key press.
        QMap<qint64, std::pair<qint64, qint64>> acks;
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> parts = lines[i].split(' ');
            if (parts.size() == 4 && parts[0] == "typed")
                acks.insert(parts[1].toLongLong(), {parts[2].toLongLong(), parts[3].toLongLong()});
        }
        REQUIRE_FALSE(acks.isEmpty());
        const qint64 last = acks.lastKey();
        const qint64 lastBefore = acks.last().first;
        // A letter acknowledged 400 ms before the last key press began is written
        // by then, give or take the longest time between two key presses: the
        // program's timers wait that long too when a loaded machine does not run it.
        qint64 stall = 0;
        for (auto it = acks.begin(), next = std::next(it); next != acks.end(); ++it, ++next)
            stall = std::max(stall, next.value().first - it.value().second);
        qint64 required = 0;
        for (auto it = acks.begin(); it != acks.end(); ++it)
            if (it.value().second <= lastBefore - 400 - stall)
                required = it.key();

        const QString stored = test::openOrFail(path)->load({kAgency, 2023}).value().texts.value(section);
        REQUIRE(stored.startsWith(before));
        const qint64 kept = stored.size() - before.size();
        CHECK(stored.mid(before.size()) == letters(kept)); // nothing but what was typed, in order
        CHECK(kept <= last + 1);                            // at most the letter in flight beyond the acks
        INFO("kept " << kept << " of " << last << " letters; " << required << " required (longest stall " << stall << " ms)");
        REQUIRE(kept >= required);
        typed += last;
        lostChars += std::max<qint64>(0, last - kept);
        const qint64 lag = kept >= last ? 0 : acks.last().second - (kept > 0 ? acks.value(kept).second : acks.first().first);
        worstLagMs = std::max(worstLagMs, lag);
    }
    std::printf("desktop kill test (typing): %d kills, %lld letters acknowledged, %lld not in the database at the kill; "
                "the most acknowledged typing lost at one kill: %lld ms\n",
                runs, typed, lostChars, worstLagMs);
}
