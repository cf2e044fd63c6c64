// The load on a shared server (issue 13): N clerks, each on its own
// connection and role, editing its own report continuously (one cell per
// edit, as the window writes a typed figure), and R reviewers refreshing the
// board of the whole office, for D seconds. Prints the edits made, the edits
// lost (each clerk's last value of every cell it wrote is read back, and
// every report's revision must have moved on exactly once per edit), the
// edit round trip (p50, p90, p99, max) and the board refresh time, and —
// given the server's process id — the server's CPU time and memory (PSS).
//
//   nb_pg_load OWNER_URI [--clerks 200] [--reviewers 5] [--seconds 60]
//              [--pause-ms 250] [--board-ms 2000] [--server-pid PID]
//
// OWNER_URI names an empty database that `server init` has set up; the
// program adds the agencies, reports and login roles it needs. Run it with
// bench/pg_load.sh, which starts a private server for it.
#include "core/collection/board.h"
#include "core/storage/postgres/pg_report_store.h"
#include "core/storage/postgres/pg_server_admin.h"
#include "core/interchange/package.h"
#include "core/report/definition.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <unistd.h>

using namespace nb;

namespace {

struct Options {
    QString uri;
    int clerks = 200;
    int reviewers = 5;
    int seconds = 60;
    int pauseMs = 250;
    int boardMs = 2000;
    qint64 serverPid = 0;
};

const QString kTop = QStringLiteral("基准市人民政府");

QString agencyOf(int clerk)
{
    return QStringLiteral("基准市第%1局").arg(clerk + 1, 3, 10, QLatin1Char('0'));
}

QString uriAs(const QString &uri, const QString &user)
{
    QUrl url(uri);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("user"));
    query.addQueryItem(QStringLiteral("user"), user);
    url.setQuery(query);
    return url.toString();
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "nb_pg_load: %s\n", qPrintable(what));
    std::exit(2);
}

std::unique_ptr<storage::PgReportStore> openAs(const QString &uri)
{
    storage::ServerOptions options;
    options.connect.conninfo = uri;
    options.connect.connectTimeoutSeconds = 30;
    auto store = storage::PgReportStore::open(options);
    if (!store)
        die(store.error().message);
    return std::move(store.value());
}

report::Report fixture()
{
    QFile file(QStringLiteral(NB_TEST_DATA "/full-2023.nianbao.json"));
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(file.fileName()));
    auto parsed = interchange::Package::parse(file.readAll(), *report::Definition::builtin());
    if (!parsed)
        die(parsed.error().message);
    return parsed.value();
}

// Agencies, reports (the full fixture under each agency's name) and the roles:
// bench_clerk_N clerk of agency N, bench_reviewer_N reviewer of the top.
void setUp(const Options &o)
{
    auto owner = openAs(o.uri);
    auto c = storage::pg::Connection::open({o.uri});
    if (!c)
        die(c.error().message);
    if (Status added = owner->addAgency({kTop, report::AgencyKind::Government, {}}); !added)
        die(added.error().message);
    QList<report::Report> reports;
    for (int i = 0; i < o.clerks; ++i) {
        report::Report r = fixture();
        r.agencyName = agencyOf(i);
        r.agencyKind = report::AgencyKind::Department;
        r.agencyParent = kTop;
        reports << r;
    }
    if (Status imported = owner->importReports(reports, false); !imported)
        die(imported.error().message);
    for (int i = 0; i < o.clerks; ++i)
        if (auto granted = storage::pg::ServerAdmin::grant(*c.value(), storage::pg::Right::Clerk, agencyOf(i),
                                                            QStringLiteral("bench_clerk_%1").arg(i));
            !granted)
            die(granted.error().message);
    for (int i = 0; i < o.reviewers; ++i)
        if (auto granted = storage::pg::ServerAdmin::grant(*c.value(), storage::pg::Right::Reviewer, kTop,
                                                            QStringLiteral("bench_reviewer_%1").arg(i));
            !granted)
            die(granted.error().message);
}

struct ClerkResult {
    QMap<QString, qint64> last; // cell → the last value written
    qint64 startRevision = 0;
    int edits = 0;
    int failed = 0;
    QString firstFailure;
    std::vector<qint64> micros;
};

void clerk(const Options &o, int index, ClerkResult &out, std::atomic<bool> &go, qint64 deadlineMs)
{
    auto store = openAs(uriAs(o.uri, QStringLiteral("bench_clerk_%1").arg(index)));
    const store::ReportId id{agencyOf(index), 2023};
    auto loaded = store->load(id);
    if (!loaded)
        die(loaded.error().message);
    report::Report report = loaded.value();
    out.startRevision = store->revision(id).value();
    QStringList keys;
    for (const auto &cell : report::Definition::builtin()->cells())
        if (!cell.derived && cell.type == report::ValueType::Count)
            keys << cell.key;
    QRandomGenerator random(quint32(index + 1));
    while (!go.load())
        QThread::msleep(5);
    // People do not all start typing in the same millisecond: the first edit
    // waits a pause too (without it the 200 first edits arrive as one burst,
    // whose queue was the whole of the p99 when paced like a person).
    if (o.pauseMs > 0)
        QThread::msleep(random.bounded(2 * o.pauseMs));
    QElapsedTimer clock;
    clock.start();
    qint64 value = 100000;
    while (QDateTime::currentMSecsSinceEpoch() < deadlineMs) {
        const QString key = keys.at(int(random.bounded(qint64(keys.size()))));
        report.cells[key] = report::Decimal::fromInteger(++value);
        QElapsedTimer t;
        t.start();
        const Status written = store->write(report, store::ChangeHint{{key}, {}, false, false});
        out.micros.push_back(t.nsecsElapsed() / 1000);
        if (written) {
            out.last.insert(key, value);
            ++out.edits;
        } else if (out.failed++ == 0) {
            out.firstFailure = written.error().message;
        }
        if (o.pauseMs > 0) // a person typing: an edit every pause-ms on average
            QThread::msleep(random.bounded(2 * o.pauseMs));
    }
}

void reviewer(const Options &o, int index, std::vector<qint64> &micros, std::atomic<int> &failures,
              std::atomic<bool> &go, qint64 deadlineMs)
{
    auto store = openAs(uriAs(o.uri, QStringLiteral("bench_reviewer_%1").arg(index)));
    while (!go.load())
        QThread::msleep(5);
    // People do not refresh in step: the reviewers' first refreshes are spread over one interval.
    QThread::msleep(o.boardMs * index / std::max(1, o.reviewers));
    while (QDateTime::currentMSecsSinceEpoch() < deadlineMs) {
        QElapsedTimer t;
        t.start();
        auto board = collection::loadBoard(*store, kTop, 2023);
        micros.push_back(t.nsecsElapsed() / 1000);
        if (!board || board->rows.size() != o.clerks)
            ++failures;
        QThread::msleep(o.boardMs);
    }
}

qint64 percentile(std::vector<qint64> &v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The machine's load average over the last minute (other programs share it).
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 0);
}

// The server's CPU seconds so far: the postmaster's own and that of the
// processes it has reaped (backends whose clients have gone).
double serverCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state(3) … utime(14) stime(15) cutime(16) cstime(17), 1-based in proc(5).
    double ticks = 0;
    for (int field : {14, 15, 16, 17})
        ticks += fields.value(field - 3).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

// The server's memory: the PSS (shared pages counted once) of the postmaster and its children, in MiB.
double serverMemoryMiB(qint64 pid)
{
    double kb = 0;
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &p : procs) {
        bool number = false;
        const qint64 child = p.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qint64 parent = text.mid(text.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
        if (child != pid && parent != pid)
            continue;
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(child));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n'))
            if (line.startsWith("Pss:"))
                kb += line.mid(4).trimmed().split(' ').value(0).toDouble();
    }
    return kb / 1024;
}

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const auto next = [&] {
            if (i + 1 >= args.size())
                die(QStringLiteral("%1 needs a value").arg(a));
            return args[++i];
        };
        if (a == QLatin1String("--clerks"))
            o.clerks = next().toInt();
        else if (a == QLatin1String("--reviewers"))
            o.reviewers = next().toInt();
        else if (a == QLatin1String("--seconds"))
            o.seconds = next().toInt();
        else if (a == QLatin1String("--pause-ms"))
            o.pauseMs = next().toInt();
        else if (a == QLatin1String("--board-ms"))
            o.boardMs = next().toInt();
        else if (a == QLatin1String("--server-pid"))
            o.serverPid = next().toLongLong();
        else if (o.uri.isEmpty() && !a.startsWith(QLatin1String("--")))
            o.uri = a;
        else
            die(QStringLiteral("unknown argument %1").arg(a));
    }
    if (o.uri.isEmpty() || o.clerks < 1)
        die(QStringLiteral("usage: nb_pg_load OWNER_URI [--clerks N] [--reviewers N] [--seconds S] [--pause-ms MS] "
                           "[--board-ms MS] [--server-pid PID]"));
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    std::printf("setting up %d agencies, reports and clerks, %d reviewers …\n", o.clerks, o.reviewers);
    std::fflush(stdout);
    setUp(o);

    std::vector<ClerkResult> clerks(size_t(o.clerks));
    std::vector<std::vector<qint64>> boards(size_t(o.reviewers));
    std::atomic<bool> go{false};
    std::atomic<int> boardFailures{0};
    // Everyone connects first (5 s), then all start together on `go`.
    const qint64 stop = QDateTime::currentMSecsSinceEpoch() + 5000 + 1000LL * o.seconds;
    std::vector<QThread *> threads;
    for (int i = 0; i < o.clerks; ++i)
        threads.push_back(QThread::create([&, i] { clerk(o, i, clerks[size_t(i)], go, stop); }));
    for (int i = 0; i < o.reviewers; ++i)
        threads.push_back(QThread::create([&, i] { reviewer(o, i, boards[size_t(i)], boardFailures, go, stop); }));
    for (QThread *t : threads)
        t->start();
    QThread::msleep(5000); // connections made, reports loaded
    const double cpuBefore = o.serverPid ? serverCpuSeconds(o.serverPid) : 0;
    const QString loadBefore = loadAverage();
    go = true;
    double memory = 0;
    while (QDateTime::currentMSecsSinceEpoch() < stop) {
        if (o.serverPid)
            memory = std::max(memory, serverMemoryMiB(o.serverPid));
        QThread::msleep(1000);
    }
    const QString loadAtEnd = loadAverage();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    QThread::msleep(1000); // the backends end with their connections and are counted
    const double cpu = o.serverPid ? serverCpuSeconds(o.serverPid) - cpuBefore : 0;

    // Read back: every clerk's last value of every cell, and one revision per edit.
    auto owner = openAs(o.uri);
    int edits = 0, failed = 0, lost = 0, revisionsOff = 0;
    QString failure;
    std::vector<qint64> all;
    for (int i = 0; i < o.clerks; ++i) {
        const ClerkResult &r = clerks[size_t(i)];
        edits += r.edits;
        failed += r.failed;
        if (failure.isEmpty())
            failure = r.firstFailure;
        all.insert(all.end(), r.micros.begin(), r.micros.end());
        const store::ReportId id{agencyOf(i), 2023};
        const report::Report stored = owner->load(id).value();
        for (auto it = r.last.begin(); it != r.last.end(); ++it)
            if (stored.cells.value(it.key()).toString() != QString::number(it.value()))
                ++lost;
        if (owner->revision(id).value() != r.startRevision + r.edits)
            ++revisionsOff;
    }
    std::vector<qint64> board;
    for (const auto &b : boards)
        board.insert(board.end(), b.begin(), b.end());
    const int edited = int(all.size());
    std::printf("clerks %d, reviewers %d, %d s, an edit every %d ms per clerk on average\n", o.clerks, o.reviewers,
                o.seconds, o.pauseMs);
    std::printf("edits written      %d (%.0f per second), refused %d%s%s\n", edits, double(edits) / o.seconds, failed,
                failure.isEmpty() ? "" : ": ", qPrintable(failure));
    std::printf("edits lost         %d (cells not holding the last value written)\n", lost);
    std::printf("revisions off      %d reports (not moved on exactly once per edit)\n", revisionsOff);
    // Each in its own statement: percentile() sorts, and the arguments of one
    // call are evaluated in no set order (the maximum was read before sorting).
    const double p50 = percentile(all, 0.50) / 1000.0;
    const double p90 = percentile(all, 0.90) / 1000.0;
    const double p99 = percentile(all, 0.99) / 1000.0;
    const double slowest = all.empty() ? 0.0 : double(*std::max_element(all.begin(), all.end())) / 1000.0;
    std::printf("edit round trip    p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d edits)\n", p50, p90, p99,
                slowest, edited);
    std::printf("board refresh      p50 %.1f ms, p99 %.1f ms (%zu refreshes of %d rows, %d failed)\n",
                percentile(board, 0.50) / 1000.0, percentile(board, 0.99) / 1000.0, board.size(), o.clerks,
                boardFailures.load());
    if (o.serverPid)
        std::printf("server             CPU %.1f s in %d s (%.0f%% of one core), memory (PSS) at most %.0f MiB\n", cpu,
                    o.seconds, 100.0 * cpu / o.seconds, memory);
    std::printf("machine            load average (1 min) %s at the start, %s at the end, %d cores\n",
                qPrintable(loadBefore), qPrintable(loadAtEnd), QThread::idealThreadCount());
    return lost == 0 && revisionsOff == 0 && failed == 0 ? 0 : 1;
}
