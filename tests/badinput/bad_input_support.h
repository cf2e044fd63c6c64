#pragma once
// Making bad inputs at test time (nothing big is committed) and checking that a
// refusal leaves everything as it was.
#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nb::test {

// The ways every input is spoiled (issue 9, "Bad input, everywhere").
inline constexpr qint64 kHugeBytes = 100LL << 20;
inline constexpr int kNestingDepth = 10000;

QByteArray randomBytes(int size, quint32 seed);
// "[[[[…]]]]", kNestingDepth deep.
QByteArray nestedJson();
void writeFile(const QString &path, const QByteArray &bytes);
// `prefix`, then zeros up to kHugeBytes: a sparse file, so 100 MB cost no disk.
void writeHugeFile(const QString &path, const QByteArray &prefix);

// Agency names that must never reach a file, a database or a terminal.
QStringList hostileNames();

// What a file is, to tell whether anything wrote to it (or created it, or the
// SQLite journal files beside it).
struct FileState {
    bool exists = false;
    qint64 size = 0;
    QDateTime modified;
    QByteArray head; // the first MiB
    QStringList siblings; // -wal, -shm, -journal that exist
    bool operator==(const FileState &) const = default;
};
FileState fileState(const QString &path);

// The run of a program (nianbao-cli or nianbao): its exit code, what it printed.
struct ProgramRun {
    int exitCode = -1;
    QString out, err;
};
// Runs `program` with LC_ALL=C.UTF-8, `env` added; fails the test when it
// crashes (a signal, an abort of the sanitizers) or does not finish.
ProgramRun runProgram(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {});
// nianbao-cli, or the desktop application offscreen with --quit-when-ready.
ProgramRun runCli(const QStringList &args);
ProgramRun runDesktop(const QStringList &args, const QString &configHome);

// Has the text a control character (ESC, newline inside a line …) that would reach a terminal raw?
bool hasRawControl(const QString &text);

} // namespace nb::test
