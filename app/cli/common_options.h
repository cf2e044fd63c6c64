#pragma once
// Options that several commands share, described once: a command lists
// `databaseOption()` in its usage and reads it with `databasePath(invocation)`.
#include "app/cli/command.h"

namespace nb::cli {

QCommandLineOption databaseOption();                       // --db PATH
QString databasePath(const Invocation &invocation);          // --db, or the desktop application's database
QCommandLineOption agencyOption(const QString &description); // --agency NAME
QCommandLineOption yearOption(const QString &description);   // --year Y
QCommandLineOption kindOption(const QString &description);   // --kind KIND (choices: kindChoices())
QStringList kindChoices();                                  // government, department, other
QCommandLineOption styleOption();                           // --style official|gongwen
QStringList styleChoices();

} // namespace nb::cli
