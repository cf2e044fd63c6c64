// Test helper. `nb_storage_writer write DB BASE` writes cell after cell of
// one report (values BASE, BASE+1, …) and prints "ack KEY VALUE" after each
// write has returned, i.e. is durable; every tenth step it also imports a
// whole report (one transaction of many rows) and prints "import VALUE".
// It runs until killed.
// `nb_storage_writer lock DB` holds the database's write lock until killed.
#include "core/report/definition.h"
#include "core/storage/sqlite_report_store.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace nb;

namespace {

QStringList requestCells()
{
    const auto def = report::Definition::builtin();
    QStringList keys;
    for (const auto &cell : def->cells())
        if (!cell.derived && def->tables()[cell.table].section == QLatin1String("requests"))
            keys << cell.key;
    return keys;
}

// Year 2022 of the same agency with every cell of 三 set to `value`.
report::Report wholeReport(const QStringList &keys, qint64 value)
{
    report::Report r;
    r.agencyName = QStringLiteral("写入测试局");
    r.year = 2022;
    for (const auto &key : keys)
        r.cells[key] = report::Decimal::fromInteger(value);
    r.texts[QStringLiteral("overview")] = QStringLiteral("第%1次导入").arg(value);
    return r;
}

int fail(const QString &message)
{
    std::fprintf(stdout, "err %s\n", qPrintable(message));
    std::fflush(stdout);
    return 3;
}

int writeForever(const QString &path, qint64 base)
{
    auto store = storage::SqliteReportStore::open(path);
    if (!store)
        return fail(store.error().message);
    const store::ReportId id{QStringLiteral("写入测试局"), 2023};
    auto loaded = store.value()->load(id);
    report::Report report;
    if (loaded) {
        report = loaded.value();
    } else {
        report.agencyName = id.agency;
        report.year = id.year;
        if (auto created = store.value()->create(report); !created)
            return fail(created.error().message);
    }
    const QStringList keys = requestCells();
    for (qint64 i = 0;; ++i) {
        const QString key = keys[int(i % keys.size())];
        report.cells[key] = report::Decimal::fromInteger(base + i);
        if (auto done = store.value()->write(report, store::ChangeHint{{key}, {}, false, false}); !done)
            return fail(done.error().message);
        std::fprintf(stdout, "ack %s %lld\n", qPrintable(key), base + i);
        std::fflush(stdout);
        if (i % 25 == 24)
            if (auto snap = store.value()->takeSnapshot(id, QStringLiteral("test")); !snap)
                return fail(snap.error().message);
        if (i % 10 == 9) {
            // A many-row transaction: the whole previous-year report, every cell = i.
            if (auto done = store.value()->importReports({wholeReport(keys, base + i)}, true); !done)
                return fail(done.error().message);
            std::fprintf(stdout, "import %lld\n", base + i);
            std::fflush(stdout);
        }
    }
}

int holdLock(const QString &path)
{
    auto db = storage::Database::open(path, 1000);
    if (!db)
        return fail(db.error().message);
    auto tx = storage::Transaction::begin(*db.value(), storage::Transaction::Kind::Write);
    if (!tx)
        return fail(tx.error().message);
    std::fprintf(stdout, "locked\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("write"))
        return writeForever(args[2], args[3].toLongLong());
    if (args.size() == 3 && args[1] == QLatin1String("lock"))
        return holdLock(args[2]);
    std::fprintf(stderr, "usage: nb_storage_writer write DB BASE | lock DB\n");
    return 2;
}
