#pragma once
// The commands of nianbao-cli, one file each; listed in command_registry.cpp.
#include "app/cli/command.h"

namespace nb::cli {

Command checkCommand();
Command convertCommand();
Command renderCommand();
Command importCommand();
Command exportCommand();
Command newYearCommand();
Command listCommand();
Command serverCommand();
Command parentCommand();
Command boardCommand();
Command aggregateCommand();
Command compareCommand();

} // namespace nb::cli
