#pragma once
// The desktop application's command line: --db PATH, --lang en|zh_CN and
// --quit-when-ready (used by bench/startup.sh to time the whole start), and a
// file to open (nianbao FILE, as the .desktop entry passes it); the
// same description gives the man page nianbao(1) (--manpage, when packaging).
#include "app/common/usage.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace nb::app {

struct StartupOptions {
    QString database;   // empty: the default database
    QString language;   // "zh_CN" or "en"
    bool quitWhenReady = false;
    bool printManPage = false;
    QString file; // a package or published report to open (import preview), from the file manager
};

class StartupOptionsParser {
    Q_DECLARE_TR_FUNCTIONS(StartupOptionsParser)
public:
    // On bad options: nullopt and `error` says what was wrong.
    static std::optional<StartupOptions> parse(const QStringList &arguments, QString *error);
    // zh_CN unless the system locale is English.
    static QString systemLanguage();
    // The program as its man page describes it.
    static app::ProgramUsage usage();
};

} // namespace nb::app
