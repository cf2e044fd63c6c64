#pragma once
// Every date and time the window shows goes through here, so that the Chinese
// interface writes them the Chinese way (2026年12月2日 03:23) whatever the
// system locale is (a clerk's desktop often runs with LANG=C or en_US), and the
// English interface the English way (2 Dec 2026 03:23). The interface language
// is QLocale's default, which nianbao sets from --lang / the system locale.
#include <QDateTime>

namespace nb::ui::date_text {

// True unless the interface is English (Chinese is the default language).
bool chineseInterface();
// 2026年12月2日 03:23 / 2 Dec 2026 03:23, in local time.
QString dateTime(const QDateTime &when);
// 2026年12月2日 / 2 Dec 2026
QString date(const QDate &day);
// 03:23:05: the status bar's "saved at"
QString time(const QTime &at);
// The display format of a QDateEdit in this interface.
QString dateEditFormat();

} // namespace nb::ui::date_text
