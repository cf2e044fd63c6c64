#include "tests/badinput/bad_input_support.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

namespace nb::test {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

QByteArray nestedJson()
{
    return QByteArray(kNestingDepth, '[') + QByteArray(kNestingDepth, ']');
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void writeHugeFile(const QString &path, const QByteArray &prefix)
{
    writeFile(path, prefix);
    QFile file(path);
    REQUIRE(file.resize(kHugeBytes));
}

QStringList hostileNames()
{
    return {QStringLiteral("../../etc/passwd"), QStringLiteral("示范局'; DROP TABLE reports; --"),
            QStringLiteral("示范局\u001b[31m注入"), QStringLiteral("示范局\n注入"), QStringLiteral("\u202e局育教市范示")};
}

FileState fileState(const QString &path)
{
    FileState s;
    const QFileInfo info(path);
    s.exists = info.exists();
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            s.siblings << QLatin1String(suffix);
    if (!s.exists)
        return s;
    s.size = info.size();
    s.modified = info.lastModified();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    s.head = file.read(1 << 20);
    return s;
}

ProgramRun runProgram(const QString &program, const QStringList &args, const QMap<QString, QString> &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, args);
    REQUIRE(p.waitForStarted(30000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    ProgramRun run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    INFO(run.err.left(2000).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit); // no crash, no sanitizer abort
    return run;
}

ProgramRun runCli(const QStringList &args)
{
    return runProgram(QStringLiteral(NB_CLI_PATH), args);
}

ProgramRun runDesktop(const QStringList &args, const QString &configHome)
{
    // The settings file lives under XDG_CONFIG_HOME; the default database under XDG_DATA_HOME.
    // First: an option cut short at the end ("--db") must not take it as its value.
    return runProgram(QStringLiteral(NB_DESKTOP_PATH), QStringList{QStringLiteral("--quit-when-ready")} + args,
                      {{QStringLiteral("XDG_CONFIG_HOME"), configHome}, {QStringLiteral("XDG_DATA_HOME"), configHome}});
}

bool hasRawControl(const QString &text)
{
    for (const QChar c : text)
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7F || c.unicode() == 0x202E)
            return true;
    return false;
}

} // namespace nb::test
