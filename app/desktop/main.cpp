// nianbao: opens the database, then the last report (or the welcome page).
#include "app/common/translations.h"
#include "app/desktop/settings_file.h"
#include "app/desktop/startup_options.h"
#include "core/storage/database_path.h"
#include "core/storage/postgres/open_store.h"
#include "ui/import_preview_dialog.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QIcon>
#include <QInputDialog>
#include <QLocale>
#include <QStandardPaths>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {
struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void setFonts()
{
    // A Latin font first so digits and Latin text look right and print into
    // PDFs correctly; Noto Sans CJK SC for Simplified Chinese glyphs.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
}

int fail(const QString &message, bool quiet)
{
    std::fprintf(stderr, "nianbao: %s\n", qPrintable(message));
    if (!quiet)
        QMessageBox::critical(nullptr, Main::tr("年报"), message);
    return 2;
}

// Opens a database file or a server (--db, the one chosen last, or the
// default file). A server's edits made while it cannot be reached are kept in
// a journal in the application's data folder.
nb::Result<std::unique_ptr<nb::store::ReportStore>> openDatabase(const QString &address, const QString &password)
{
    nb::storage::OpenStoreOptions options;
    options.password = password;
    options.journalFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
    return nb::storage::openStore(address, options);
}

// The same at start-up, asking for the password when the server wants one
// (it is kept in memory only).
nb::Result<std::unique_ptr<nb::store::ReportStore>> openAtStart(const QString &address, bool quiet)
{
    auto store = openDatabase(address, {});
    while (!store && store.error().code == QLatin1String("store.password") && !quiet) {
        bool ok = false;
        const QString password = QInputDialog::getText(nullptr, Main::tr("年报"),
                                                       Main::tr("%1\n\n密码（只用于这次连接，不会保存）：")
                                                           .arg(nb::ui::describeAddress(address)),
                                                       QLineEdit::Password, {}, &ok);
        if (!ok)
            break;
        store = openDatabase(address, password);
    }
    return store;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    QApplication::setOrganizationName(QStringLiteral("nianbao"));
    QApplication::setApplicationVersion(QStringLiteral(NB_VERSION));
    // The installed .desktop entry and icon (packaging/): taskbars match the window to them.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.nianbao.Nianbao"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("nianbao")));
    QString error;
    const auto options = nb::app::StartupOptionsParser::parse(QApplication::arguments(), &error);
    if (!options)
        return fail(error, true);
    nb::app::installTranslations(app, options->language);
    // The interface language is the default locale too: dates, Qt's calendar
    // and file dialogs follow it, not LANG (often C or en_US on a Chinese desktop).
    const QLocale::Language language = options->language == QLatin1String("en") ? QLocale::English : QLocale::Chinese;
    if (QLocale::system().language() != language)
        QLocale::setDefault(language == QLocale::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                         : QLocale(QLocale::Chinese, QLocale::China));
    if (options->printManPage) {
        std::fputs(nb::app::manPage(nb::app::StartupOptionsParser::usage(), QStringLiteral(NB_RELEASE_DATE)).toUtf8().constData(),
                   stdout);
        return 0;
    }
    QApplication::setApplicationDisplayName(Main::tr("年报"));
    setFonts();

    // A settings file that is not one we wrote is left exactly as it is: this
    // run keeps its settings in a temporary folder instead, and says so.
    QTemporaryDir settingsInstead;
    std::optional<QString> settingsRefused = nb::app::SettingsFile::problem(nb::app::SettingsFile::path());
    if (settingsRefused) {
        nb::app::SettingsFile::useInstead(settingsInstead.path());
        settingsRefused = Main::tr("%1。本次使用默认设置，原文件未做任何改动。").arg(*settingsRefused);
        std::fprintf(stderr, "nianbao: %s\n", qPrintable(*settingsRefused));
    }

    // --db, else the database chosen last in File → 打开数据库…, else the default file.
    QString path = options->database;
    if (path.isEmpty())
        path = nb::ui::MainWindow::rememberedDatabase();
    const bool remembered = options->database.isEmpty() && !path.isEmpty();
    if (path.isEmpty())
        path = nb::storage::defaultDatabasePath();
    auto store = openAtStart(path, options->quitWhenReady);
    if (!store && remembered && path != nb::storage::defaultDatabasePath()) {
        // The server chosen last is out of reach: this computer's own database meanwhile.
        fail(Main::tr("无法打开上次使用的数据库 %1：%2\n\n现在打开本机的数据库；可以用“文件 → 打开数据库”再试。")
                 .arg(nb::ui::describeAddress(path), store.error().message),
             options->quitWhenReady);
        path = nb::storage::defaultDatabasePath();
        store = openAtStart(path, options->quitWhenReady);
    }
    if (!store)
        return fail(Main::tr("无法打开数据库 %1：%2").arg(nb::ui::describeAddress(path), store.error().message),
                    options->quitWhenReady);

    nb::ui::MainWindow::setDatabaseOpener(openDatabase);
    nb::ui::MainWindow window(*store.value());
    window.setDatabaseAddress(nb::storage::displayAddress(path));
    window.setDatabasePath(nb::ui::manualLocation(path)); // the manual says where the data is kept
    window.restoreLastReport();
    window.show();
    if (settingsRefused && !options->quitWhenReady) {
        auto *box = new QMessageBox(QMessageBox::Warning, Main::tr("年报"), *settingsRefused, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    nb::ui::ImportPreviewDialog *preview = nullptr;
    if (!options->file.isEmpty()) {
        auto opened = window.previewImportFile(options->file);
        if (!opened)
            fail(opened.error().message, options->quitWhenReady);
        else
            preview = opened.value();
    }
    if (options->quitWhenReady) // after the first paint, when the window takes input
        QTimer::singleShot(0, &app, [&window, preview] {
            window.repaint();
            std::fprintf(stderr, "ready: %s\n", qPrintable(window.windowTitle()));
            if (preview)
                std::fprintf(stderr, "preview: %s\n", qPrintable(preview->windowTitle()));
            QApplication::quit();
        });
    return QApplication::exec();
}
