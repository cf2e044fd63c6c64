// nianbao-cli: check, convert, import, export and render reports without a display.
#include "app/cli/command_line.h"
#include "app/common/platform.h"
#include "app/common/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

// Qt's own warnings (a missing XDG_RUNTIME_DIR when running as root, font
// configuration …) mean nothing to the user of a command line tool and would
// mix with its messages on stderr: they are shown only with NIANBAO_DEBUG set.
// Our messages never go through qWarning; critical and fatal ones still show.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("NIANBAO_DEBUG"))
        std::fprintf(stderr, "nianbao-cli: %s\n", qPrintable(message));
}

// Laying out pages needs fonts, hence a QGuiApplication; on the offscreen
// platform, so that the command line still runs without a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool needsFonts)
{
    if (!needsFonts)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
    nb::app::prepareConsole();
    // Read before the application exists: QGuiApplication consumes Qt's own
    // options, and --style (render, export) is also one of ours.
    QStringList args = nb::app::commandLineArguments(argc, argv);
    args.removeFirst(); // the program
    const auto app = makeApplication(argc, argv, nb::cli::commandNeedsFonts(args));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NB_VERSION));
    nb::app::installTranslations(*app, nb::app::systemLanguage());
    nb::cli::Io io;
    return nb::cli::runCommandLine(args, io);
}
