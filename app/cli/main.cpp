// nianbao-cli: check, convert, import, export and render reports without a display.
#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <functional>
#include <map>
#include <memory>

namespace {
struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

const std::map<QString, std::function<int(const QStringList &, nb::cli::Io &)>> &commands()
{
    static const std::map<QString, std::function<int(const QStringList &, nb::cli::Io &)>> table{
        {QStringLiteral("check"), nb::cli::runCheck},
        {QStringLiteral("convert"), nb::cli::runConvert},
        {QStringLiteral("import"), nb::cli::runImport},
        {QStringLiteral("export"), nb::cli::runExport},
        {QStringLiteral("new-year"), nb::cli::runNewYear},
        {QStringLiteral("list"), nb::cli::runList},
        {QStringLiteral("render"), nb::cli::runRender},
    };
    return table;
}

// Laying out pages needs fonts, hence a QGuiApplication; on the offscreen
// platform, so that the command line still runs without a display.
bool needsFonts(int argc, char **argv)
{
    return argc > 1 && (qstrcmp(argv[1], "render") == 0 || qstrcmp(argv[1], "export") == 0);
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!needsFonts(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char **argv)
{
    // Read before the application exists: QGuiApplication consumes Qt's own
    // options, and --style (render, export) is also one of ours.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    nb::cli::Io io;
    if (args.isEmpty() || !commands().count(args.first())) {
        QStringList names;
        for (const auto &[name, run] : commands())
            names << name;
        io.err << Main::tr("用法：nianbao-cli <命令> …，命令：%1").arg(names.join(QStringLiteral(", "))) << Qt::endl;
        return nb::cli::ExitUnusable;
    }
    const QString command = args.takeFirst();
    return commands().at(command)(args, io);
}
