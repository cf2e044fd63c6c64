#include "app/desktop/startup_options.h"

#include <QCommandLineParser>
#include <QLocale>

namespace nb::app {

QString StartupOptionsParser::systemLanguage()
{
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

std::optional<StartupOptions> StartupOptionsParser::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("编制政府信息公开工作年度报告"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("使用的数据库文件"), tr("路径"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("界面语言：zh_CN 或 en"), tr("语言"));
    const QCommandLineOption ready(QStringLiteral("quit-when-ready"), tr("窗口显示后立即退出（测量启动时间用）"));
    parser.addOptions({db, lang, ready});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        parser.process(arguments); // prints and exits, as every Qt program does
    }
    StartupOptions options;
    options.database = parser.value(db);
    options.language = parser.isSet(lang) ? parser.value(lang) : systemLanguage();
    options.quitWhenReady = parser.isSet(ready);
    if (options.language != QLatin1String("zh_CN") && options.language != QLatin1String("en")) {
        *error = tr("不支持的语言“%1”：请用 zh_CN 或 en。").arg(options.language);
        return std::nullopt;
    }
    if (parser.isSet(db) && options.database.trimmed().isEmpty()) {
        *error = tr("--db 需要一个数据库文件路径。");
        return std::nullopt;
    }
    return options;
}

} // namespace nb::app
