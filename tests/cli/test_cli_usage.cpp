// nianbao-cli explains itself: --help, help COMMAND, COMMAND --help, --version,
// --opt=value, unknown options, usage errors and their exit codes, the
// language, and a stderr free of Qt's own messages.
#include "core/interchange/package.h"
#include "core/report/definition.h"
#include "tests/cli/cli_runner.h"
#include "tests/support/catch_qt.h"
#include "tests/support/fixtures.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using nb::test::runCli;

namespace {

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

// The lines of a block of the help text, from its heading to the next blank line.
QStringList block(const QString &help, const QString &heading)
{
    const QStringList lines = help.split(u'\n');
    const qsizetype start = lines.indexOf(heading);
    REQUIRE(start >= 0);
    QStringList out;
    for (qsizetype i = start + 1; i < lines.size() && !lines[i].isEmpty(); ++i)
        out << lines[i];
    return out;
}

// The commands --help lists ("  check   检查报告…").
QStringList commandNames()
{
    const auto run = runCli({q("--help")});
    REQUIRE(run.exitCode == 0);
    QStringList names;
    for (const QString &line : block(run.out, q("命令：")))
        names << line.trimmed().section(u' ', 0, 0);
    return names;
}

// The long options in the 选项 block ("  -h, --help   …" → "help").
QSet<QString> listedOptions(const QString &help)
{
    QSet<QString> out;
    static const QRegularExpression option(q("^  (?:-\\w, )?--([\\w-]+)"));
    for (const QString &line : block(help, q("选项：")))
        if (const auto m = option.match(line); m.hasMatch())
            out.insert(m.captured(1));
    return out;
}

// The long options named in the usage line ("用法：nianbao-cli check [--json] …").
QSet<QString> synopsisOptions(const QString &help)
{
    QSet<QString> out;
    static const QRegularExpression option(q("--([\\w-]+)"));
    const QString usage = help.section(u'\n', 2, 2);
    REQUIRE(usage.startsWith(q("用法：nianbao-cli ")));
    for (const auto &m : option.globalMatch(usage))
        out.insert(m.captured(1));
    return out;
}

QString stockPackage()
{
    auto r = nb::test::full2023();
    r.cells.insert(q("active.regulations.in_force"), nb::test::dec("40"));
    const QString path = nb::test::tempPath(q("usage-stock.nianbao.json"));
    REQUIRE(nb::interchange::Package::writeFile(path, r, *nb::report::Definition::builtin()).ok());
    return path;
}

const QString kHint = q("--help");

} // namespace

TEST_CASE("help: --help lists every command, the global options, examples and the exit codes", "[cli][usage]")
{
    const auto run = runCli({q("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(q("nianbao-cli " NB_EXPECTED_VERSION " — ")));
    CHECK(commandNames() == QStringList{q("check"), q("convert"), q("render"), q("import"), q("export"), q("new-year"), q("list"), q("server"),
                                        q("parent"), q("board"), q("aggregate"), q("compare")});
    CHECK(listedOptions(run.out) == QSet<QString>{q("help"), q("version")});
    CHECK_FALSE(run.out.contains(q("--manpage"))); // hidden: used when packaging
    const QStringList examples = block(run.out, q("示例："));
    REQUIRE_FALSE(examples.isEmpty());
    for (const QString &e : examples)
        CHECK(e.startsWith(q("  nianbao-cli ")));
    CHECK(block(run.out, q("退出状态：")).size() == 3);
    CHECK(runCli({q("-h")}).out == run.out);
    CHECK(runCli({q("help")}).out == run.out);
    CHECK(runCli({q("help"), q("help")}).out == run.out);
}

TEST_CASE("every command: help COMMAND and COMMAND --help print its usage with every option and an example", "[cli][usage]")
{
    for (const QString &name : commandNames()) {
        INFO(name.toStdString());
        const auto help = runCli({name, q("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.err.isEmpty());
        CHECK(help.out.startsWith(q("nianbao-cli ") + name + q(" — ")));
        CHECK(runCli({q("help"), name}).out == help.out);
        CHECK(runCli({name, q("-h")}).out == help.out);
        // The usage line and the option list describe the same options.
        QSet<QString> listed = listedOptions(help.out);
        CHECK(listed.remove(q("help")));
        CHECK(listed == synopsisOptions(help.out));
        const QStringList examples = block(help.out, q("示例："));
        REQUIRE_FALSE(examples.isEmpty());
        for (const QString &e : examples)
            CHECK((e.startsWith(q("  nianbao-cli ") + name + u' ') || e == q("  nianbao-cli ") + name));
    }
}

TEST_CASE("options: --opt=value and --opt value mean the same", "[cli][usage]")
{
    const QString path = stockPackage();
    const QString previous = nb::test::dataPath(q("full-2022.nianbao.json"));
    const auto separate = runCli({q("check"), q("--previous"), previous, path});
    const auto joined = runCli({q("check"), q("--previous=") + previous, path});
    CHECK(separate.out.contains(q(": warning X-STOCK ")));
    CHECK(joined.exitCode == separate.exitCode);
    CHECK(joined.out == separate.out);

    QTemporaryDir dir;
    const QString db = dir.filePath(q("usage.sqlite3"));
    auto run = runCli({q("new-year"), q("--db=") + db, q("--agency=新设局"), q("--year=2024"), q("--empty"), q("--kind=department")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    run = runCli({q("list"), q("--db=") + db});
    CHECK(run.out.contains(q("新设局\tdepartment\t2024\tdraft")));
}

TEST_CASE("unknown options are named, point to --help and exit 2", "[cli][usage]")
{
    const QString clean = nb::test::dataPath(q("full-2023.nianbao.json"));
    for (const auto &[args, named] : std::vector<std::pair<QStringList, QString>>{
             {{q("check"), q("--bogus"), clean}, q("--bogus")},
             {{q("check"), clean, q("--bogus=1")}, q("--bogus")},
             {{q("check"), q("-x"), clean}, q("-x")},
             {{q("render"), clean, q("--pdf"), q("out.pdf"), q("--colour")}, q("--colour")},
             {{q("--bogus"), q("check"), clean}, q("--bogus")},
         }) {
        INFO(args.join(u' ').toStdString());
        const auto run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(q("未知的选项 ") + named + u'\n'));
        CHECK(run.err.contains(kHint));
    }
    const auto command = runCli({q("check"), q("--bogus"), clean});
    CHECK(command.err.contains(q("nianbao-cli check --help")));
}

TEST_CASE("usage errors say what is wrong, show the usage and exit 2", "[cli][usage]")
{
    const QString clean = nb::test::dataPath(q("full-2023.nianbao.json"));
    const QString out = nb::test::tempPath(q("usage-never.pdf"));
    for (const auto &[args, says] : std::vector<std::pair<QStringList, QString>>{
             {{q("check"), q("--previous")}, q("--previous")},                                   // no value
             {{q("render"), clean, q("--pdf"), out, q("--pdf"), out}, q("--pdf")},               // given twice
             {{q("render"), clean, q("--pdf"), out, q("--style=fancy")}, q("fancy")},            // not a choice
             {{q("render"), clean, q("--pdf="), q("--style"), q("official")}, q("--pdf")},       // empty value
             {{q("list"), q("--db=")}, q("--db")},
             {{q("new-year"), q("--agency=局"), q("--year=2024"), q("--kind=city")}, q("government")},
             {{q("export"), q("--agency=局"), q("--year=abc"), q("--json"), out}, q("abc")},
             {{q("export"), q("--year=2023"), q("--json"), out}, q("--agency")},                 // required
             {{q("convert"), clean, out, q("third")}, q("third")},                               // too many
             {{q("check")}, q("用法：nianbao-cli check")},                                       // too few
             {{q("frobnicate")}, q("frobnicate")},
             {{q("help"), q("frobnicate")}, q("frobnicate")},
             {{}, q("用法：nianbao-cli")},
         }) {
        INFO(args.join(u' ').toStdString());
        const auto run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(says));
        CHECK(run.err.contains(kHint));
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("version: --version prints the version of project(VERSION)", "[cli][usage]")
{
    const auto run = runCli({q("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out == q("nianbao-cli " NB_EXPECTED_VERSION "\n"));
    CHECK(run.err.isEmpty());
    CHECK(runCli({q("-v")}).out == run.out);
}

TEST_CASE("stderr carries our messages only, not Qt's", "[cli][usage]")
{
    // As root without a session, Qt warns that XDG_RUNTIME_DIR is not set.
    const QMap<QString, QString> noSession{{q("XDG_RUNTIME_DIR"), {}}, {q("QT_QPA_PLATFORM"), {}}};
    const QString pdf = nb::test::tempPath(q("usage-quiet.pdf"));
    const QStringList render{q("render"), nb::test::dataPath(q("full-2023.nianbao.json")), q("--pdf"), pdf};
    const auto run = runCli(render, {}, noSession);
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    // The same run with NIANBAO_DEBUG shows them: the quiet run above really had something to hide.
    auto debug = noSession;
    debug.insert(q("NIANBAO_DEBUG"), q("1"));
    CHECK(runCli(render, {}, debug).err.contains(q("XDG_RUNTIME_DIR")));
}

TEST_CASE("the language follows LC_ALL and LANG: English for en_*, Chinese otherwise", "[cli][usage]")
{
    const QStringList missing{q("check"), nb::test::tempPath(q("usage-missing.nianbao.json"))};
    const auto english = runCli(missing, {}, {{q("LC_ALL"), {}}, {q("LANG"), q("en_US.UTF-8")}});
    CHECK(english.exitCode == 2);
    CHECK(english.err.contains(q("Cannot open ")));
    const auto chinese = runCli(missing, {}, {{q("LC_ALL"), {}}, {q("LANG"), q("zh_CN.UTF-8")}});
    CHECK(chinese.err.contains(q("无法打开 ")));
    const auto overridden = runCli(missing, {}, {{q("LC_ALL"), q("en_GB.UTF-8")}, {q("LANG"), q("zh_CN.UTF-8")}});
    CHECK(overridden.err.contains(q("Cannot open ")));
}

TEST_CASE("the man page and bash completion are generated from the same descriptions", "[cli][usage]")
{
    const auto man = runCli({q("--manpage")});
    CHECK(man.exitCode == 0);
    CHECK(man.out.contains(q(".TH NIANBAO\\-CLI 1 ")));
    CHECK(man.out.contains(q("\"nianbao\\-cli " NB_EXPECTED_VERSION "\"")));
    const auto completion = runCli({q("--bash-completion")});
    CHECK(completion.exitCode == 0);
    CHECK(completion.out.contains(q("complete -F _nianbao_cli nianbao-cli\n")));
    for (const QString &name : commandNames()) {
        INFO(name.toStdString());
        CHECK(man.out.contains(q(".SS ") + QString(name).replace(u'-', q("\\-")) + u'\n'));
        for (const QString &option : listedOptions(runCli({name, q("--help")}).out)) {
            const QString escaped = QRegularExpression::escape(QString(option).replace(u'-', q("\\-")));
            CHECK(man.out.contains(QRegularExpression(q("\\.TP\n\\.B (\\\\-\\w, )?\\\\-\\\\-") + escaped + q("[ \n]"))));
            CHECK(completion.out.contains(q("--") + option));
        }
    }
    CHECK(completion.out.contains(q("render:--style) COMPREPLY=($(compgen -W 'official gongwen'")));
}
