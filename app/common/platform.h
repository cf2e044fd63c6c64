#pragma once
// Everything that differs between Linux and Windows in the applications lives
// here (and only here), so that a Windows build needs no change elsewhere.
#include <QStringList>

namespace nb::app {

// The command line as the user typed it, before a Q(Gui)Application exists
// (QGuiApplication would take Qt's own options such as -style out of argv).
// On Windows the UTF-16 command line, so that Chinese file names survive any
// code page; elsewhere argv in the locale's encoding.
QStringList commandLineArguments(int argc, char **argv);

// Makes the console print UTF-8 (Windows consoles default to the OEM code
// page); nothing to do on Linux.
void prepareConsole();

} // namespace nb::app
