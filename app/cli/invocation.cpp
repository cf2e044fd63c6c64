#include "app/cli/command.h"

#include <QCoreApplication>

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
    if (!ok || y < 1900 || y > 2999) {
        usageError(io, InvocationText::tr("--%1 应为年份（如 2024），而不是“%2”").arg(option, *text));
        return std::nullopt;
    }
    return y;
}

} // namespace nb::cli
