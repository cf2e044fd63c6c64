// Test helper: another instance of the application's editing session on one
// report — the "other process" of the two-process tests (tests/ui/
// test_elsewhere.cpp). `nb_session_writer DB AGENCY YEAR` opens the report in
// a DraftSession over the SQLite store, prints "ready", then takes one command
// per line on stdin and answers each with one line, "ok …" or "err CODE MESSAGE":
//   cell KEY TEXT       typed into a cell (written at once)
//   text SECTION TEXT   typed into a text section (written within 400 ms)
//   flush               writes now
//   sync                reads changes made elsewhere now
//   value KEY           answers "ok TEXT"
//   showtext SECTION    answers "ok TEXT"
//   conflicts           answers "ok SECTION,SECTION"
//   resolve SECTION mine|theirs
// Between commands its event loop runs, so its timers work as in the app.
// It ends when its input is closed.
#include "core/session/draft_session.h"
#include "core/storage/sqlite_report_store.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

using namespace nb;

namespace {

int fail(const QString &message)
{
    std::fprintf(stdout, "err %s\n", qPrintable(message));
    std::fflush(stdout);
    return 3;
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
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: nb_session_writer DB AGENCY YEAR\n");
        return 2;
    }
    return runSession(app, args[1], {args[2], args[3].toInt()});
}
