// nianbao-cli compare CURRENT PREVIOUS [--html|--pdf OUT]
// This year against last year, cell by cell (contract §9): every cell of 二,
// 三, 四 with both years, the change and the change in per cent, the largest
// first; and how alike each text section is to last year's. PREVIOUS must be
// the same agency's report of the year before (exit 2 otherwise).
#include "app/cli/commands.h"
#include "app/cli/report_input.h"
#include "core/collection/compare.h"
#include "core/collection/compare_export.h"
#include "core/render/html_pdf.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace nb::cli {

namespace {

struct CompareCli {
    Q_DECLARE_TR_FUNCTIONS(CompareCli)
};

Status writeHtml(const QString &path, const QString &html)
{
    QSaveFile file(path);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("cli.write"), CompareCli::tr("无法写入 %1：%2").arg(path, file.errorString())};
    return success();
}

int runCompare(const Invocation &invocation, Io &io)
{
    const bool html = invocation.isSet(QStringLiteral("html")), pdf = invocation.isSet(QStringLiteral("pdf"));
    if (html && pdf)
        return invocation.usageError(io, CompareCli::tr("一次只能导出一种格式（--html 或 --pdf）"));
    const auto def = report::Definition::builtin();
    QList<report::Report> reports;
    for (const QString &file : invocation.arguments()) {
        auto loaded = readReportFile(file, *def);
        if (!loaded) {
            io.err << file << ": " << loaded.error().message << Qt::endl;
            return ExitUnusable;
        }
        reports << loaded->report;
    }
    // PREVIOUS must be the same agency's report of the year before; refused before anything is written.
    if (const Status ok = collection::comparable(reports[0], reports[1]); !ok) {
        io.err << ok.error().message << Qt::endl;
        return ExitUnusable;
    }
    const collection::Comparison c = collection::compare(reports[0], reports[1], *def);
    if (html || pdf) {
        const auto checkedOut =
            invocation.output(io, invocation.value(html ? QStringLiteral("html") : QStringLiteral("pdf")),
                              invocation.arguments());
        if (!checkedOut)
            return ExitUnusable;
        const QString out = *checkedOut;
        const QString page = collection::comparisonHtml(c);
        const Status written = html ? writeHtml(out, page) : render::htmlToPdf(page, collection::comparisonTitle(c), out);
        if (!written) {
            io.err << written.error().message << Qt::endl;
            return ExitUnusable;
        }
    }
    io.out << collection::comparisonTitle(c) << '\n';
    for (const auto &t : c.texts)
        io.out << t.heading << '\t' << collection::similarityText(t) << '\n';
    io.out << collection::comparisonHeader().join(u'\t') << '\n';
    for (const auto &change : c.cells)
        io.out << collection::comparisonFields(change).join(u'\t') << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace

Command compareCommand()
{
    Command c;
    c.usage.name = QStringLiteral("compare");
    c.usage.synopsis = QStringLiteral("compare CURRENT PREVIOUS [--html|--pdf OUT]");
    c.usage.summary = CompareCli::tr("本年度报告（或汇总）与上年度逐项对比");
    c.usage.description = CompareCli::tr(
        "CURRENT 和 PREVIOUS 可以是数据包或已发布的报告，PREVIOUS 须是同一机关（汇总须是同一机关的汇总）"
        "上一年度的报告，否则不作对比（退出状态 2）。先列出三个文字部分与上年的相似度（达到 X-TEXT-COPY 的阈值标为“雷同”），"
        "再列出二、三、四部分每个单元格的上年数、本年数、变化和变化率，变化大的在前；以制表符分隔。");
    c.usage.options = {{QStringLiteral("html"), CompareCli::tr("另存为网页"), QStringLiteral("OUT")},
                       {QStringLiteral("pdf"), CompareCli::tr("另存为 PDF"), QStringLiteral("OUT")}};
    c.usage.examples = {QStringLiteral("nianbao-cli compare 2023.nianbao.json 2022.nianbao.json --pdf 对比.pdf")};
    c.minArguments = 2;
    c.maxArguments = 2;
    c.needsFonts = true;
    c.run = runCompare;
    return c;
}

} // namespace nb::cli
