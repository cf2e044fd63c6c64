#pragma once
// The desktop application's settings file (QSettings; an INI file on Linux:
// window geometry, the last and recent reports, print choices) is input like
// any other. A file that is not one we could have written — too large, not
// UTF-8, control characters, lines that are neither [section] nor key=value,
// or one QSettings cannot read — is left exactly as it is: this run says so
// and keeps its settings in a temporary folder instead, so nothing is written
// over it. Values inside a readable file are checked where they are used.
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace nb::app {

class SettingsFile {
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
public:
    // Ours are a few kilobytes.
    static constexpr qint64 kMaxBytes = 1 << 20;

    // Where QSettings() keeps this application's user settings.
    static QString path();
    // nullopt when the file is absent or readable; otherwise what is wrong, naming the file.
    static std::optional<QString> problem(const QString &path);
    // Points QSettings() at `folder` for the rest of the run.
    static void useInstead(const QString &folder);
};

} // namespace nb::app
