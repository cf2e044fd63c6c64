#pragma once
// nianbao-cli's own command line: global options (--help, --version), `help
// COMMAND`, and the dispatch to the commands of command_registry.cpp, each
// parsed by QCommandLineParser from its description.
#include "app/cli/command.h"

namespace nb::cli {

// Every command, in the order --help lists them (command_registry.cpp).
// Built on each call, so that its texts are translated with the translators
// installed at that moment.
QList<Command> allCommands();

// The whole program as --help, the man page and bash completion describe it.
app::ProgramUsage programUsage(const QList<Command> &commands);

// Whether the command named by `args` (without the program name) lays out
// pages and so needs a QGuiApplication.
bool commandNeedsFonts(const QStringList &args);

// Runs the command line (without the program name); returns the exit code.
int runCommandLine(const QStringList &args, Io &io);

} // namespace nb::cli
