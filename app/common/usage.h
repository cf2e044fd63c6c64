#pragma once
// How a program explains itself: one description per command, printed as
// --help text, as a man page and as a bash completion script, so that the
// three never drift apart. Every text in it is already translated (tr()).
#include <QCommandLineOption>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nb::app {

struct CommandUsage {
    QString name;        // "check"; empty for a program without commands (nianbao)
    QString synopsis;    // "check [--json] [--previous FILE] FILE…", without the program name
    QString summary;     // one line
    QString description; // paragraphs separated by blank lines; may be empty
    QList<QCommandLineOption> options;
    QMap<QString, QStringList> choices; // option name → the values it accepts ("style" → official, gongwen)
    QStringList examples;               // whole command lines
};

struct UsageSection {
    QString heading; // "退出状态"
    QString text;    // paragraphs separated by blank lines; lines starting with two spaces stay as they are
};

struct ProgramUsage {
    QString program;     // "nianbao-cli"
    QString version;     // from project(VERSION)
    QString summary;     // the man page's NAME line
    QString synopsis;    // "COMMAND [OPTION…] ARGUMENT…", without the program name
    QString description;
    QList<QCommandLineOption> options; // the program's own (global) options
    QList<CommandUsage> commands;      // empty for a program without commands
    QStringList examples;
    QList<UsageSection> sections;      // exit status, files, environment …
    QStringList seeAlso;               // "nianbao(1)"
};

// --help of the whole program: synopsis, commands, options, examples, sections.
QString helpText(const ProgramUsage &program);
// --help of one command.
QString helpText(const ProgramUsage &program, const CommandUsage &command);
// The one-line "用法：…" of a command, as printed after a usage error.
QString usageLine(const QString &program, const CommandUsage &command);
// "--name VALUE" / "-h, --help" as shown in option lists.
QString optionSignature(const QCommandLineOption &option);
// The option's description with the values it accepts, if they are listed in `choices`.
QString optionDescription(const QCommandLineOption &option, const QMap<QString, QStringList> &choices);

// The man page in roff (man(7)); `date` is YYYY-MM-DD.
QString manPage(const ProgramUsage &program, const QString &date);

// A bash completion script for the commands, their options and the values of
// options with choices; file names everywhere else.
QString bashCompletion(const ProgramUsage &program);

} // namespace nb::app
