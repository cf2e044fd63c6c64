#pragma once
// Runs the real nianbao-cli binary and captures what it prints.
#include <QMap>
#include <QStringList>

namespace nb::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of the run: the test's own, with LC_ALL=C.UTF-8 (so the
// program speaks Chinese whatever the developer's locale), changed by `env`
// (an empty value removes the variable).
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {}, const QMap<QString, QString> &env = {});

} // namespace nb::test
