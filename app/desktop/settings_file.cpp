#include "app/desktop/settings_file.h"

#include "core/report/agency_name.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>

namespace nb::app {

namespace {

// An INI file as QSettings writes it: [section], key=value, or a comment.
bool iniLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
        return true;
    if (line.startsWith(u'['))
        return line.endsWith(u']') && line.count(u'[') == 1 && line.count(u']') == 1;
    return line.indexOf(u'=') > 0;
}

} // namespace

// Computed as QSettings does on Linux, without constructing one: a QSettings
// reads its whole file at once, and this file is not yet known to be small.
QString SettingsFile::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/'
         + QCoreApplication::organizationName() + u'/' + QCoreApplication::applicationName() + QStringLiteral(".conf");
}

std::optional<QString> SettingsFile::problem(const QString &path)
{
    const QString shown = report::AgencyName::printable(QDir::toNativeSeparators(path));
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    if (!info.isFile())
        return tr("设置文件 %1 不是普通文件").arg(shown);
    if (info.size() > kMaxBytes)
        return tr("设置文件 %1 有 %2 MB，不是本程序写的设置文件").arg(shown).arg(double(info.size()) / (1 << 20), 0, 'f', 1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("无法读取设置文件 %1：%2").arg(shown, file.errorString());
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return tr("设置文件 %1 不是 UTF-8 文本").arg(shown);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString(lines[i]).remove(u'\r');
        if (report::AgencyName::hasInvisible(line))
            return tr("设置文件 %1 第 %2 行含有控制字符").arg(shown).arg(i + 1);
        if (!iniLine(line))
            return tr("设置文件 %1 第 %2 行不是设置项").arg(shown).arg(i + 1);
    }
    // Only read after the checks above: QSettings reads the whole file at once.
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return tr("设置文件 %1 无法读取").arg(shown);
    return std::nullopt;
}

void SettingsFile::useInstead(const QString &folder)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

} // namespace nb::app
