// nianbao-cli: check, convert, import, export and render reports without a display.
#include "app/cli/commands.h"

#include <QCoreApplication>
#include <functional>
#include <map>

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
    };
    return table;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    nb::cli::Io io;
    QStringList args = app.arguments().mid(1);
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
