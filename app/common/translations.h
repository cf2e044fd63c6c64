#pragma once
// The language of the applications: Chinese unless the system locale is
// English; our catalogue (compiled into each binary under :/i18n) and Qt's own.
#include <QString>

class QCoreApplication;

namespace nb::app {

// "en" when the system locale (LC_ALL, LC_MESSAGES, LANG) is English, else "zh_CN".
QString systemLanguage();
// Installs nianbao_<language>.qm and Qt's qtbase_<language>.qm when present.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace nb::app
