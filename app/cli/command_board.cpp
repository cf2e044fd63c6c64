// nianbao-cli board [--db PATH] --year Y [--node NAME] [--csv|--html OUT]
// The collection board (contract §9): every agency below the node (every
// agency without --node) with its report's status, counts, last change and who.
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/store_access.h"
#include "core/collection/board.h"
#include "core/collection/board_export.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace nb::cli {

namespace {

struct BoardCli {
    Q_DECLARE_TR_FUNCTIONS(BoardCli)
};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("cli.write"), BoardCli::tr("无法写入 %1：%2").arg(path, file.errorString())};
    return success();
}

int runBoard(const Invocation &invocation, Io &io)
{
    const auto year = invocation.year(io, QStringLiteral("year"));
    if (!year)
        return ExitUnusable;
    const bool csv = invocation.isSet(QStringLiteral("csv")), html = invocation.isSet(QStringLiteral("html"));
    if (csv && html)
        return invocation.usageError(io, BoardCli::tr("一次只能导出一种格式（--csv 或 --html）"));
    auto store = openStore(databasePath(invocation), io);
    if (!store)
        return ExitUnusable;
    auto board = collection::loadBoard(*store, invocation.value(QStringLiteral("node")), *year);
    if (!board) {
        io.err << board.error().message << Qt::endl;
        return ExitUnusable;
    }
    if (csv || html) {
        const auto checkedOut =
            invocation.output(io, invocation.value(csv ? QStringLiteral("csv") : QStringLiteral("html")),
                              {databasePath(invocation)});
        if (!checkedOut)
            return ExitUnusable;
        const QString out = *checkedOut;
        const QByteArray bytes = csv ? collection::boardCsv(board.value(), board->rows)
                                     : collection::boardHtml(board.value(), board->rows).toUtf8();
        if (auto written = writeFile(out, bytes); !written) {
            io.err << written.error().message << Qt::endl;
            return ExitUnusable;
        }
    }
    io.out << collection::boardHeader().join(u'\t') << '\n';
    for (const auto &row : board->rows) {
        QStringList fields = collection::boardFields(row);
        fields[0] = QString(row.depth * 2, u' ') + fields[0];
        io.out << fields.join(u'\t') << '\n';
    }
    io.out << collection::boardSummary(board.value()) << '\n';
    io.out.flush();
    return board->withErrors() > 0 ? ExitErrors : ExitOk;
}

} // namespace

Command boardCommand()
{
    Command c;
    c.usage.name = QStringLiteral("board");
    c.usage.synopsis = QStringLiteral("board [--db PATH] --year Y [--node NAME] [--csv|--html OUT]");
    c.usage.summary = BoardCli::tr("报送情况：下级各机关报告的状态和检查结果");
    c.usage.description = BoardCli::tr(
        "每个机关一行，以制表符分隔，按机关树的顺序（下级机关缩进）；最后一行是各状态的机关数。"
        "状态为：未开始、草稿、已定稿、已报送、已退回。不给 --node 时列出所有机关。"
        "有机关的报告有“错误”级别的检查结果时退出状态为 1。");
    c.usage.options = {databaseOption(), yearOption(BoardCli::tr("报告年度")),
                       {QStringLiteral("node"), BoardCli::tr("只列出这个机关之下的机关"), QStringLiteral("NAME")},
                       {QStringLiteral("csv"), BoardCli::tr("另存为 CSV 文件（Excel、WPS 可打开）"), QStringLiteral("OUT")},
                       {QStringLiteral("html"), BoardCli::tr("另存为网页（可打印为一页）"), QStringLiteral("OUT")}};
    c.usage.examples = {QStringLiteral("nianbao-cli board --year 2023 --node 示例市人民政府"),
                        QStringLiteral("nianbao-cli board --year 2023 --html 报送情况.html")};
    c.maxArguments = 0;
    c.run = runBoard;
    return c;
}

} // namespace nb::cli
