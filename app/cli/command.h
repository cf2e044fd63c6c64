#pragma once
// One command of nianbao-cli, described declaratively: its usage (synopsis,
// options, examples — printed by --help, the man page and bash completion),
// how many arguments it takes, and the function that runs it. Adding a
// command is one file with a `Command xxxCommand()` and one line in
// command_registry.cpp; adding an option is one entry in `usage.options`
// (see common_options.h for the shared ones).
#include "app/cli/cli_io.h"
#include "app/common/usage.h"

#include <QHash>
#include <functional>
#include <optional>

namespace nb::cli {

class Invocation;

struct Command {
    app::CommandUsage usage;
    int minArguments = 0;  // positional arguments (files …)
    int maxArguments = -1; // -1: any number
    bool needsFonts = false; // lays out pages: runs with a QGuiApplication (offscreen)
    std::function<int(const Invocation &, Io &)> run;
};

// The parsed command line of one command: options by their long name, the
// positional arguments; and the helpers that report a usage error the same
// way for every command (message, usage line, pointer to --help; exit 2).
class Invocation {
public:
    Invocation(const Command &command, QHash<QString, QString> values, QStringList arguments);

    bool isSet(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option) const { return m_values.value(option); }
    const QStringList &arguments() const { return m_arguments; }
    const Command &command() const { return m_command; }

    // Prints `message`, the usage line and where to find more; returns ExitUnusable.
    int usageError(Io &io, const QString &message) const;
    // The value of an option that must be given; nullopt after a usage error.
    std::optional<QString> required(Io &io, const QString &option) const;
    // A year option that must be given (--year): a whole number in the range
    // every reader applies (2000 to 2100); nullopt after a usage error. For an
    // optional one, ask isSet() first.
    std::optional<int> year(Io &io, const QString &option) const;
    // An agency option (--agency): a name that report::AgencyName accepts.
    std::optional<QString> agency(Io &io, const QString &option) const;
    // A file to write: refused (message, nullopt) when it has control
    // characters, is a folder, lies in a folder that does not exist, or is one
    // of `keep` (the input, the database), which writing it would destroy.
    std::optional<QString> output(Io &io, const QString &path, const QStringList &keep) const;

private:
    const Command &m_command;
    QHash<QString, QString> m_values;
    QStringList m_arguments;
};

} // namespace nb::cli
