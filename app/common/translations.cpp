#include "app/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nb::app {

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    // Our strings are Chinese at the source; English comes from the .qm. Qt's
    // own texts (dialogs, QCommandLineParser's errors) use qtbase's catalogue.
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/nianbao_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace nb::app
