// Test helper. `nb_storage_writer write DB BASE` writes cell after cell of
// one report (values BASE, BASE+1, …) and prints "ack KEY VALUE" after each
// write has returned, i.e. is durable; every tenth step it also imports a
// whole report (one transaction of many rows) and prints "import VALUE".
// It runs until killed.
// `nb_storage_writer lock DB` holds the database's write lock until killed.
// `nb_storage_writer session DB AGENCY YEAR` is another instance of the
// application's editing session on the report (the "other process" of the
// two-process tests). It prints "ready", then takes one command per line on
// stdin and answers each with one line, "ok …" or "err CODE MESSAGE":
//   cell KEY TEXT       typed into a cell (written at once)
//   text SECTION TEXT   typed into a text section (written within 400 ms)
//   flush               writes now
//   sync                reads changes made elsewhere now
//   value KEY           answers "ok TEXT"
//   showtext SECTION    answers "ok TEXT"
//   conflicts           answers "ok SECTION,SECTION"
//   resolve SECTION mine|theirs
// Between commands its event loop runs, so its timers work as in the app.
#include "core/report/definition.h"
#include "core/session/draft_session.h"
#include "core/storage/sqlite_report_store.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <cstdio>
#include <unistd.h>

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

void answer(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void answer(const Status &status, const QString &ok = QString())
{
    answer(status ? QStringLiteral("ok %1").arg(ok).trimmed()
                  : QStringLiteral("err %1 %2").arg(status.error().code, status.error().message));
}

void runCommand(session::DraftSession &session, const QString &line)
{
    const QString command = line.section(u' ', 0, 0);
    const QString arg = line.section(u' ', 1, 1);
    const QString rest = line.section(u' ', 2);
    const report::Definition &def = session.definition();
    if (command == QLatin1String("cell"))
        return answer(session.setCellText(def.cellIndex(arg), rest));
    if (command == QLatin1String("text"))
        return answer(session.setText(arg, rest));
    if (command == QLatin1String("flush"))
        return answer(session.flush());
    if (command == QLatin1String("sync"))
        return answer(session.syncFromStore());
    if (command == QLatin1String("value")) {
        const int cell = def.cellIndex(arg);
        const report::CellValue v = cell >= 0 ? session.engine().value(cell) : report::CellValue();
        return answer(success(), v ? v->toString() : QString());
    }
    if (command == QLatin1String("showtext"))
        return answer(success(), session.engine().text(arg));
    if (command == QLatin1String("conflicts"))
        return answer(success(), session.conflicts().join(u','));
    if (command == QLatin1String("resolve"))
        return answer(session.resolveConflict(arg, rest == QLatin1String("mine") ? session::Resolution::KeepMine
                                                                                 : session::Resolution::TakeTheirs));
    answer(QStringLiteral("err usage unknown command: %1").arg(line));
}

int runSession(QCoreApplication &app, const QString &path, const store::ReportId &id)
{
    auto store = storage::SqliteReportStore::open(path);
    if (!store)
        return fail(store.error().message);
    auto opened = session::DraftSession::open(*store.value(), id);
    if (!opened)
        return fail(opened.error().message);
    session::DraftSession &session = *opened.value();
    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // the test closed our input: done
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, n);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            runCommand(session, QString::fromUtf8(pending.left(end)));
            pending.remove(0, end + 1);
        }
    });
    answer(QStringLiteral("ready"));
    return QCoreApplication::exec();
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
    if (args.size() == 5 && args[1] == QLatin1String("session"))
        return runSession(app, args[2], {args[3], args[4].toInt()});
    std::fprintf(stderr, "usage: nb_storage_writer write DB BASE | lock DB | session DB AGENCY YEAR\n");
    return 2;
}
