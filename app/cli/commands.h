#pragma once
#include "app/cli/cli_io.h"

#include <QStringList>

namespace nb::cli {

// Each command takes the arguments after its name and returns the exit code.
int runCheck(const QStringList &args, Io &io);
int runConvert(const QStringList &args, Io &io);
int runImport(const QStringList &args, Io &io);
int runExport(const QStringList &args, Io &io);
int runNewYear(const QStringList &args, Io &io);
int runList(const QStringList &args, Io &io);
int runRender(const QStringList &args, Io &io);

} // namespace nb::cli
