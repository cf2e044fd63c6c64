// --help text: the same description as the man page, laid out for a terminal.
#include "app/common/text_layout.h"
#include "app/common/usage.h"

#include <QCoreApplication>

namespace nb::app {

namespace {

struct UsageText {
    Q_DECLARE_TR_FUNCTIONS(UsageText)
};

constexpr int kWidth = 80;
constexpr int kOptionColumn = 26; // where option descriptions start

// A block of paragraphs, wrapped and indented; lines starting with two spaces
// (examples, lists) are kept as they are.
void appendParagraphs(QString &out, const QString &text, int indent)
{
    const QString pad(indent, u' ');
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            out += u'\n';
        for (const QString &line : paragraphs[p].split(u'\n')) {
            if (line.startsWith(QLatin1String("  "))) {
                out += pad + line + u'\n';
                continue;
            }
            for (const QString &wrapped : wrapText(line, kWidth - indent))
                out += pad + wrapped + u'\n';
        }
    }
}

// "  --previous FILE        上一年度的报告…", the description wrapped in its column.
void appendTerm(QString &out, const QString &term, const QString &description)
{
    QString left = QStringLiteral("  ") + term;
    const QStringList lines = wrapText(description, kWidth - kOptionColumn);
    if (displayWidth(left) + 2 > kOptionColumn) {
        out += left + u'\n';
        left.clear();
    }
    for (const QString &line : lines) {
        out += left + QString(kOptionColumn - displayWidth(left), u' ') + line + u'\n';
        left.clear();
    }
    if (lines.isEmpty() && !left.isEmpty())
        out += left + u'\n';
}

void appendOptions(QString &out, const QString &heading, const QList<QCommandLineOption> &options,
                   const QMap<QString, QStringList> &choices = {})
{
    out += u'\n' + heading + u'\n';
    for (const auto &o : options)
        if (!(o.flags() & QCommandLineOption::HiddenFromHelp))
            appendTerm(out, optionSignature(o), optionDescription(o, choices));
}

void appendExamples(QString &out, const QStringList &examples)
{
    if (examples.isEmpty())
        return;
    out += u'\n' + UsageText::tr("示例：") + u'\n';
    for (const QString &e : examples)
        out += QStringLiteral("  ") + e + u'\n';
}

} // namespace

QString optionSignature(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &n : option.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString s = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        s += u' ' + option.valueName();
    return s;
}

QString optionDescription(const QCommandLineOption &option, const QMap<QString, QStringList> &choices)
{
    const QStringList values = choices.value(option.names().constLast());
    if (values.isEmpty())
        return option.description();
    return UsageText::tr("%1（可选：%2）").arg(option.description(), values.join(UsageText::tr("、")));
}

QString usageLine(const QString &program, const CommandUsage &command)
{
    return UsageText::tr("用法：%1 %2").arg(program, command.synopsis);
}

QString helpText(const ProgramUsage &program)
{
    QString out = program.program + QStringLiteral(" ") + program.version + QStringLiteral(" — ") + program.summary + u'\n';
    out += u'\n' + UsageText::tr("用法：%1 %2").arg(program.program, program.synopsis) + u'\n';
    if (!program.description.isEmpty()) {
        out += u'\n';
        appendParagraphs(out, program.description, 0);
    }
    if (!program.commands.isEmpty()) {
        out += u'\n' + UsageText::tr("命令：") + u'\n';
        for (const auto &c : program.commands)
            appendTerm(out, c.name, c.summary);
    }
    appendOptions(out, UsageText::tr("选项："), program.options);
    appendExamples(out, program.examples);
    for (const auto &s : program.sections) {
        out += u'\n' + s.heading + UsageText::tr("：") + u'\n';
        appendParagraphs(out, s.text, 2);
    }
    return out;
}

QString helpText(const ProgramUsage &program, const CommandUsage &command)
{
    QString out = program.program + u' ' + command.name + QStringLiteral(" — ") + command.summary + u'\n';
    out += u'\n' + usageLine(program.program, command) + u'\n';
    if (!command.description.isEmpty()) {
        out += u'\n';
        appendParagraphs(out, command.description, 0);
    }
    appendOptions(out, UsageText::tr("选项："), command.options, command.choices);
    appendExamples(out, command.examples);
    return out;
}

} // namespace nb::app
