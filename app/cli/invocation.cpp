#include "app/cli/command.h"
#include "core/report/agency_name.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nb::cli {

namespace {
struct InvocationText {
    Q_DECLARE_TR_FUNCTIONS(InvocationText)
};
} // namespace

Invocation::Invocation(const Command &command, QHash<QString, QString> values, QStringList arguments)
    : m_command(command), m_values(std::move(values)), m_arguments(std::move(arguments))
{
}

int Invocation::usageError(Io &io, const QString &message) const
{
    io.err << message << '\n'
           << app::usageLine(QLatin1String(kProgram), m_command.usage) << '\n'
           << InvocationText::tr("详见 %1 %2 --help").arg(QLatin1String(kProgram), m_command.usage.name) << Qt::endl;
    return ExitUnusable;
}

std::optional<QString> Invocation::required(Io &io, const QString &option) const
{
    if (isSet(option))
        return value(option);
    usageError(io, InvocationText::tr("缺少选项 --%1").arg(option));
    return std::nullopt;
}

std::optional<int> Invocation::year(Io &io, const QString &option) const
{
    const auto text = required(io, option);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int y = text->toInt(&ok);
    if (!ok || !report::isReportYear(y)) {
        usageError(io, InvocationText::tr("--%1 应为 %2 至 %3 之间的年份（如 2024），而不是“%4”")
                           .arg(option)
                           .arg(report::kFirstReportYear)
                           .arg(report::kLastReportYear)
                           .arg(report::AgencyName::printable(*text)));
        return std::nullopt;
    }
    return y;
}

std::optional<QString> Invocation::agency(Io &io, const QString &option) const
{
    const auto text = required(io, option);
    if (!text)
        return std::nullopt;
    if (auto refused = report::AgencyName::check(*text)) {
        usageError(io, QStringLiteral("--%1: %2").arg(option, refused->message));
        return std::nullopt;
    }
    return text->trimmed();
}

std::optional<QString> Invocation::output(Io &io, const QString &path, const QStringList &keep) const
{
    const QString shown = report::AgencyName::printable(QDir::toNativeSeparators(path));
    const QFileInfo info(path);
    QString refusal;
    if (path.isEmpty())
        refusal = InvocationText::tr("输出文件名不能为空");
    else if (report::AgencyName::hasInvisible(path))
        refusal = InvocationText::tr("输出文件名“%1”含有控制字符").arg(shown);
    else if (info.isDir())
        refusal = InvocationText::tr("输出文件“%1”是一个文件夹").arg(shown);
    else if (!info.absoluteDir().exists())
        refusal = InvocationText::tr("输出文件“%1”所在的文件夹 %2 不存在")
                      .arg(shown, report::AgencyName::printable(QDir::toNativeSeparators(info.absolutePath())));
    for (const QString &other : keep) {
        const QFileInfo kept(other);
        if (refusal.isEmpty() && info.exists() && kept.exists() && info.canonicalFilePath() == kept.canonicalFilePath())
            refusal = InvocationText::tr("输出文件“%1”就是输入的文件 %2，写出会毁掉它")
                          .arg(shown, report::AgencyName::printable(QDir::toNativeSeparators(other)));
    }
    if (refusal.isEmpty())
        return path;
    io.err << refusal << Qt::endl;
    return std::nullopt;
}

} // namespace nb::cli
