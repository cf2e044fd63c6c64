#include "app/desktop/startup_options.h"
#include "app/common/translations.h"

#include <QCommandLineParser>

namespace nb::app {

namespace {
const QString kDb = QStringLiteral("db");
const QString kLang = QStringLiteral("lang");
const QString kReady = QStringLiteral("quit-when-ready");
const QString kManPage = QStringLiteral("manpage");
} // namespace

QString StartupOptionsParser::systemLanguage()
{
    return nb::app::systemLanguage();
}

ProgramUsage StartupOptionsParser::usage()
{
    ProgramUsage p;
    p.program = QStringLiteral("nianbao");
    p.version = QStringLiteral(NB_VERSION);
    p.summary = tr("编制政府信息公开工作年度报告");
    p.synopsis = QStringLiteral("[--db PATH] [--lang zh_CN|en] [FILE]");
    p.description = tr("年报（nianbao）按 2021 年格式（国办公开办函〔2021〕30号）填写、检查和发布政府信息公开工作年度报告："
                       "每个部分一页，合计随输入更新，检查结果标在单元格上；每次修改都立即保存；"
                       "可打印 PDF（普通版式或公文格式）、导出网页、ODT 和 CSV，并导入已发布的报告。\n\n"
                       "所有机关、所有年度的报告保存在一个数据库中。FILE 为数据包（.nianbao.json）或已发布的报告"
                       "（.txt、.html）时，先显示它的导入预览。不用图形界面的操作见 nianbao-cli(1)。");
    QCommandLineOption ready(kReady, tr("窗口显示后立即退出（测量启动时间用）"));
    ready.setFlags(QCommandLineOption::HiddenFromHelp);
    // --help and --version are listed for the man page; Qt's parser adds its own.
    p.options = {QCommandLineOption(kDb, tr("使用的数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机/库名 或 service=名称）"),
                                    QStringLiteral("PATH")),
                 QCommandLineOption(kLang, tr("界面语言：zh_CN 或 en"), QStringLiteral("LANG")),
                 QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("显示选项说明")),
                 QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("显示版本")), ready};
    p.sections = {{tr("文件"), tr("不给 --db 时使用“文件 → 打开数据库”上次打开的数据库，否则为：\n  ~/.local/share/nianbao/nianbao/nianbao.sqlite3\n"
                                "连不上服务器时的修改暂存在：\n  ~/.local/share/nianbao/nianbao/journals/")},
                  {tr("环境"), tr("LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时界面为英文，否则为中文；--lang 优先。")}};
    p.seeAlso = {QStringLiteral("nianbao-cli(1)")};
    return p;
}

std::optional<StartupOptions> StartupOptionsParser::parse(const QStringList &arguments, QString *error)
{
    const ProgramUsage description = usage();
    QCommandLineParser parser;
    parser.setApplicationDescription(description.summary);
    parser.addHelpOption();
    parser.addVersionOption();
    for (const auto &option : description.options)
        if (!option.names().contains(QStringLiteral("help")) && !option.names().contains(QStringLiteral("version")))
            parser.addOption(option);
    QCommandLineOption manPage(kManPage, tr("输出 man 手册页（打包时生成）"));
    manPage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(manPage);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("要打开的数据包或已发布的报告"), QStringLiteral("[FILE]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        parser.process(arguments); // prints and exits, as every Qt program does
    }
    StartupOptions options;
    options.database = parser.value(kDb);
    options.language = parser.isSet(kLang) ? parser.value(kLang) : systemLanguage();
    options.quitWhenReady = parser.isSet(kReady);
    options.printManPage = parser.isSet(kManPage);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        *error = tr("一次只能打开一个文件。");
        return std::nullopt;
    }
    options.file = files.value(0);
    if (options.language != QLatin1String("zh_CN") && options.language != QLatin1String("en")) {
        *error = tr("不支持的语言“%1”：请用 zh_CN 或 en。").arg(options.language);
        return std::nullopt;
    }
    if (parser.isSet(kDb) && options.database.trimmed().isEmpty()) {
        *error = tr("--db 需要一个数据库文件路径。");
        return std::nullopt;
    }
    return options;
}

} // namespace nb::app
