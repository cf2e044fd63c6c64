#pragma once
// Runs the real nianbao-cli binary and captures what it prints.
#include <QStringList>

namespace nb::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, const QByteArray &stdinData = {});

} // namespace nb::test
