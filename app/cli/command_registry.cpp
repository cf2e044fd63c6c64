// Every command of nianbao-cli, in the order --help lists them. A new command:
// a file with its `Command xxxCommand()` (see command.h) and one line here.
#include "app/cli/command_line.h"
#include "app/cli/commands.h"

namespace nb::cli {

QList<Command> allCommands()
{
    return {
        checkCommand(),
        convertCommand(),
        renderCommand(),
        importCommand(),
        exportCommand(),
        newYearCommand(),
        listCommand(),
        serverCommand(),
        parentCommand(),
        boardCommand(),
        aggregateCommand(),
        compareCommand(),
    };
}

} // namespace nb::cli
