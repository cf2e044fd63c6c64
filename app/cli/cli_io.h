#pragma once
// Where a command writes: results to stdout, messages for people to stderr.
#include <QTextStream>
#include <cstdio>

namespace nb::cli {

inline constexpr char kProgram[] = "nianbao-cli";

// Exit codes of every command (contract §8).
enum Exit { ExitOk = 0, ExitErrors = 1, ExitUnusable = 2 };

struct Io {
    QTextStream out{stdout};
    QTextStream err{stderr};
};

} // namespace nb::cli
