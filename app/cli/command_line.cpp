#include "app/cli/command_line.h"
#include "core/report/agency_name.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nb::cli {

namespace {

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");
const QString kManPage = QStringLiteral("manpage");
const QString kCompletion = QStringLiteral("bash-completion");

QCommandLineOption helpOption(const QString &description)
{
    return {{QStringLiteral("h"), kHelp}, description};
}

// A command as --help and the man page show it: its options and --help.
app::CommandUsage withHelp(app::CommandUsage usage)
{
    usage.options << helpOption(CommandLine::tr("显示本命令的用法"));
    return usage;
}

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

QString longName(const QCommandLineOption &option)
{
    return option.names().constLast();
}

// The option as the user spelled it ("--bogus", "-x", "--bogus=1" → "--bogus").
QString spelled(const QString &name, const QStringList &args)
{
    for (const QString &a : args) {
        const QString option = a.section(u'=', 0, 0);
        if (option == QStringLiteral("--") + name || option == QStringLiteral("-") + name)
            return option;
    }
    return QStringLiteral("--") + name;
}

QString moreHelp(const QString &what)
{
    return CommandLine::tr("用 %1 --help 查看全部选项和示例").arg(what);
}

// A parse error: which option is unknown, or Qt's message (a missing value).
int parseError(const QCommandLineParser &parser, const QStringList &args, const QString &what, Io &io)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        io.err << CommandLine::tr("未知的选项 %1").arg(spelled(unknown.first(), args)) << '\n';
    else
        io.err << parser.errorText() << '\n';
    io.err << moreHelp(what) << Qt::endl;
    return ExitUnusable;
}

QCommandLineParser &configured(QCommandLineParser &parser)
{
    // One dash or two: -help and --help are the same; no clusters of letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    return parser;
}

const Command *findCommand(const QList<Command> &commands, const QString &name)
{
    for (const auto &c : commands)
        if (c.usage.name == name)
            return &c;
    return nullptr;
}

int unknownCommand(const QString &name, Io &io)
{
    io.err << CommandLine::tr("未知的命令 %1").arg(name) << '\n' << moreHelp(QLatin1String(kProgram)) << Qt::endl;
    return ExitUnusable;
}

// The values of the options given, checked the same way for every command:
// a value option at most once, never empty, one of its choices if it has any.
std::optional<QHash<QString, QString>> optionValues(const QCommandLineParser &parser, const Command &command,
                                                    const QString &what, Io &io)
{
    QHash<QString, QString> values;
    for (const auto &option : command.usage.options) {
        const QString name = longName(option);
        if (!parser.isSet(name))
            continue;
        const QStringList given = parser.values(name);
        QString problem;
        if (option.valueName().isEmpty())
            values.insert(name, QString());
        else if (given.size() > 1)
            problem = CommandLine::tr("选项 --%1 只能给一次").arg(name);
        else if (given.constFirst().isEmpty())
            problem = CommandLine::tr("选项 --%1 需要一个值（%2）").arg(name, option.valueName());
        else if (command.usage.choices.contains(name) && !command.usage.choices.value(name).contains(given.constFirst()))
            problem = CommandLine::tr("--%1 不接受“%2”，可选：%3")
                          .arg(name, given.constFirst(), command.usage.choices.value(name).join(CommandLine::tr("、")));
        else
            values.insert(name, given.constFirst());
        if (!problem.isEmpty()) {
            io.err << problem << '\n' << moreHelp(what) << Qt::endl;
            return std::nullopt;
        }
    }
    return values;
}

int runCommand(const app::ProgramUsage &program, const Command &command, const QStringList &args, Io &io)
{
    const QString what = program.program + u' ' + command.usage.name;
    const app::CommandUsage usage = withHelp(command.usage);
    QCommandLineParser parser;
    configured(parser).addOptions(usage.options);
    if (!parser.parse(QStringList{what} + args))
        return parseError(parser, args, what, io);
    if (parser.isSet(kHelp)) {
        io.out << app::helpText(program, usage) << Qt::flush;
        return ExitOk;
    }
    const auto values = optionValues(parser, command, what, io);
    if (!values)
        return ExitUnusable;
    const QStringList arguments = parser.positionalArguments();
    const Invocation invocation(command, *values, arguments);
    if (arguments.size() < command.minArguments)
        return invocation.usageError(io, CommandLine::tr("参数不够"));
    if (command.maxArguments >= 0 && arguments.size() > command.maxArguments)
        return invocation.usageError(io, CommandLine::tr("多余的参数：%1").arg(arguments.mid(command.maxArguments).join(u' ')));
    return command.run(invocation, io);
}

// `help` and `help COMMAND`.
int runHelp(const app::ProgramUsage &program, const QList<Command> &commands, const QStringList &topics, Io &io)
{
    if (topics.isEmpty() || topics.first() == kHelp) {
        io.out << app::helpText(program) << Qt::flush;
        return ExitOk;
    }
    const Command *command = findCommand(commands, topics.first());
    if (!command)
        return unknownCommand(topics.first(), io);
    io.out << app::helpText(program, withHelp(command->usage)) << Qt::flush;
    return ExitOk;
}

// No command at all: the short usage, on stderr.
int missingCommand(const app::ProgramUsage &program, Io &io)
{
    QStringList names;
    for (const auto &c : program.commands)
        names << c.name;
    io.err << CommandLine::tr("用法：%1 %2").arg(program.program, program.synopsis) << '\n'
           << CommandLine::tr("命令：%1").arg(names.join(QStringLiteral(", "))) << '\n'
           << moreHelp(program.program) << Qt::endl;
    return ExitUnusable;
}

// An argument with control or format characters (an escape sequence, a line
// break) is refused before anything reads it: it would otherwise reach the
// terminal in messages that quote file names, and no report file needs one.
int controlCharacters(const QStringList &args, const app::ProgramUsage &program, Io &io)
{
    for (qsizetype i = 0; i < args.size(); ++i)
        if (report::AgencyName::hasInvisible(args[i])) {
            io.err << CommandLine::tr("第 %1 个参数“%2”含有控制字符").arg(i + 1).arg(report::AgencyName::printable(args[i]).left(200))
                   << '\n'
                   << moreHelp(program.program) << Qt::endl;
            return ExitUnusable;
        }
    return ExitOk;
}

} // namespace

app::ProgramUsage programUsage(const QList<Command> &commands)
{
    app::ProgramUsage p;
    p.program = QLatin1String(kProgram);
    p.version = QStringLiteral(NB_VERSION);
    p.summary = CommandLine::tr("不用图形界面检查、转换、导入、导出和打印政府信息公开工作年度报告");
    p.synopsis = CommandLine::tr("<命令> [选项…] [参数…]");
    p.description = CommandLine::tr(
        "nianbao-cli 是年报（nianbao）的命令行程序，不需要显示器。它按 2021 年格式（国办公开办函〔2021〕30号）"
        "检查报告、把已发布的报告（网页文字、网页、PDF）转成数据包、打印成 PDF、ODT、网页或 CSV，"
        "并读写桌面程序使用的数据库。\n\n"
        "选项写作 --选项 值 或 --选项=值。每个命令都接受 --help；nianbao-cli help 命令 与之相同。");
    p.options = {helpOption(CommandLine::tr("显示本帮助")),
                 QCommandLineOption({QStringLiteral("v"), kVersion}, CommandLine::tr("显示版本")),
                 hidden(QCommandLineOption(kManPage, CommandLine::tr("输出 man 手册页（打包时生成）"))),
                 hidden(QCommandLineOption(kCompletion, CommandLine::tr("输出 bash 补全脚本（打包时生成）")))};
    for (const auto &c : commands)
        p.commands << withHelp(c.usage);
    p.examples = {QStringLiteral("nianbao-cli check 2023.nianbao.json"),
                  QStringLiteral("nianbao-cli help render"),
                  QStringLiteral("nianbao-cli render 2023.nianbao.json --pdf=2023.pdf --style=gongwen")};
    p.sections = {
        {CommandLine::tr("退出状态"),
         CommandLine::tr("  0  完成，且没有“错误”级别的检查结果\n"
                         "  1  完成，但有“错误”级别的检查结果\n"
                         "  2  输入无法使用或用法有误（说明在标准错误输出上，不写任何文件）")},
        {CommandLine::tr("文件"),
         CommandLine::tr("不给 --db 时使用桌面程序的数据库：\n"
                         "  ~/.local/share/nianbao/nianbao/nianbao.sqlite3")},
        {CommandLine::tr("环境"),
         CommandLine::tr("LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时输出英文，否则输出中文。"
                         "设置 NIANBAO_DEBUG=1 时显示 Qt 自身的调试信息。")},
    };
    p.seeAlso = {QStringLiteral("nianbao(1)")};
    return p;
}

bool commandNeedsFonts(const QStringList &args)
{
    QCommandLineParser parser;
    configured(parser).setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(programUsage({}).options);
    if (!parser.parse(QStringList{QLatin1String(kProgram)} + args) || parser.positionalArguments().isEmpty())
        return false;
    const QList<Command> commands = allCommands();
    const Command *command = findCommand(commands, parser.positionalArguments().constFirst());
    return command && command->needsFonts;
}

int runCommandLine(const QStringList &args, Io &io)
{
    const QList<Command> commands = allCommands();
    const app::ProgramUsage program = programUsage(commands);
    if (const int refused = controlCharacters(args, program, io); refused != ExitOk)
        return refused;
    QCommandLineParser parser;
    // Options after the command's name belong to the command.
    configured(parser).setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(program.options);
    if (!parser.parse(QStringList{program.program} + args))
        return parseError(parser, args, program.program, io);
    if (parser.isSet(kHelp))
        return runHelp(program, commands, {}, io);
    if (parser.isSet(kVersion)) {
        io.out << program.program << ' ' << program.version << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(kManPage)) {
        io.out << app::manPage(program, QStringLiteral(NB_RELEASE_DATE)) << Qt::flush;
        return ExitOk;
    }
    if (parser.isSet(kCompletion)) {
        io.out << app::bashCompletion(program) << Qt::flush;
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return missingCommand(program, io);
    const QString name = positional.takeFirst();
    if (name == kHelp)
        return runHelp(program, commands, positional, io);
    const Command *command = findCommand(commands, name);
    if (!command)
        return unknownCommand(name, io);
    return runCommand(program, *command, positional, io);
}

} // namespace nb::cli
