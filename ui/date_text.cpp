#include "ui/date_text.h"

#include <QLocale>

namespace nb::ui::date_text {

bool chineseInterface()
{
    return QLocale().language() != QLocale::English;
}

QString date(const QDate &day)
{
    if (!day.isValid())
        return {};
    // Written out, not from QLocale(Chinese): its short format is 2026/12/2.
    if (chineseInterface())
        return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, QStringLiteral("d MMM yyyy"));
}

QString time(const QTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString dateEditFormat()
{
    return chineseInterface() ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMM yyyy");
}

} // namespace nb::ui::date_text
