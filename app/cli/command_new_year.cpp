// nianbao-cli new-year [--db PATH] --agency NAME --year Y [--replace] [--empty [--kind KIND]]
// Starts year Y from the stored year Y−1. --replace replaces an existing year
// Y (a snapshot is taken first); --empty creates a blank report when there
// is no Y−1 to start from.
#include "app/cli/commands.h"
#include "app/cli/common_options.h"
#include "app/cli/store_access.h"
#include "core/report/carry_forward.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

struct NewYearCli {
    Q_DECLARE_TR_FUNCTIONS(NewYearCli)
};

struct NewYearRequest {
    QString db, agency, kind;
    int year = 0;
    bool replace = false, empty = false;
};

std::optional<NewYearRequest> parse(const Invocation &invocation, Io &io)
{
    NewYearRequest r;
    const auto agency = invocation.agency(io, QStringLiteral("agency"));
    if (!agency)
        return std::nullopt;
    const auto year = invocation.year(io, QStringLiteral("year"));
    if (!year)
        return std::nullopt;
    r.db = databasePath(invocation);
    r.agency = *agency;
    r.year = *year;
    r.kind = invocation.value(QStringLiteral("kind"));
    r.replace = invocation.isSet(QStringLiteral("replace"));
    r.empty = invocation.isSet(QStringLiteral("empty"));
    return r;
}

// A blank report of an agency: its kind from --kind or from its stored reports.
std::optional<report::Report> blankReport(store::ReportStore &store, const NewYearRequest &r, Io &io)
{
    report::Report blank;
    blank.agencyName = r.agency;
    blank.year = r.year;
    if (auto kind = report::agencyKindFromKey(r.kind)) {
        blank.agencyKind = *kind;
        return blank;
    }
    auto list = store.list();
    for (const auto &s : list ? list.value() : QList<store::ReportSummary>())
        if (s.id.agency == r.agency) {
            blank.agencyKind = s.kind;
            return blank;
        }
    io.err << NewYearCli::tr("%1 是新的机关：请用 --kind government|department|other 说明机关类型").arg(r.agency) << Qt::endl;
    return std::nullopt;
}

void describe(const report::Report &made, const std::optional<report::Report> &previous, Io &io)
{
    const auto def = report::Definition::builtin();
    io.out << NewYearCli::tr("已创建 %1 %2 年度的报告（草稿）").arg(made.agencyName).arg(made.year) << '\n';
    for (const auto &section : made.textsToRevise)
        if (const auto *s = def->section(section))
            io.out << NewYearCli::tr("  需修改（由上年复制）：%1").arg(s->heading) << '\n';
    if (!previous)
        return;
    const auto hints = report::expectedStockHints(*previous, made, *def);
    for (auto it = hints.begin(); it != hints.end(); ++it)
        io.out << NewYearCli::tr("  提示：%1 预计为 上年现行有效件数 + 本年制发 − 本年废止 = %2（未填入）")
                      .arg(it.key(), it.value().toString()) << '\n';
}

int runNewYear(const Invocation &invocation, Io &io)
{
    const auto request = parse(invocation, io);
    if (!request)
        return ExitUnusable;
    auto store = openStore(request->db, io);
    if (!store)
        return ExitUnusable;
    auto made = store->newYear(request->agency, request->year, request->replace);
    if (!made && made.error().code == QLatin1String("store.no-previous") && request->empty) {
        auto blank = blankReport(*store, *request, io);
        if (!blank)
            return ExitUnusable;
        if (auto created = store->create(*blank); !created) {
            io.err << created.error().message << Qt::endl;
            return ExitUnusable;
        }
        describe(*blank, std::nullopt, io);
        return ExitOk;
    }
    if (!made) {
        io.err << made.error().message << Qt::endl;
        if (made.error().code == QLatin1String("store.no-previous"))
            io.err << NewYearCli::tr("加上 --empty 可新建空白报告") << Qt::endl;
        return ExitUnusable;
    }
    // A fresh year has blank counts: its findings are expected and do not
    // make the command fail; they show in `list` and `check`.
    auto previous = store->load({request->agency, request->year - 1});
    describe(made.value(), previous ? std::optional(previous.value()) : std::nullopt, io);
    io.out.flush();
    return ExitOk;
}

} // namespace

Command newYearCommand()
{
    Command c;
    c.usage.name = QStringLiteral("new-year");
    c.usage.synopsis = QStringLiteral("new-year [--db PATH] --agency NAME --year Y [--replace] [--empty [--kind government|department|other]]");
    c.usage.summary = NewYearCli::tr("从上一年度的报告开始新一年度的报告");
    c.usage.description = NewYearCli::tr(
        "二、上年结转取自上一年度的结转下年度继续办理，上一年度的文字复制为模板并标为“需修改”，"
        "同时提示预计的现行有效件数。");
    c.usage.options = {databaseOption(), agencyOption(NewYearCli::tr("机关名称")),
                       yearOption(NewYearCli::tr("新的报告年度；从 Y−1 年度的报告开始")),
                       {QStringLiteral("replace"), NewYearCli::tr("替换已存在的 Y 年度报告（替换前保存快照）")},
                       {QStringLiteral("empty"), NewYearCli::tr("没有上一年度的报告时新建空白报告")},
                       kindOption(NewYearCli::tr("新机关的类型（与 --empty 一起用）"))};
    c.usage.choices.insert(QStringLiteral("kind"), kindChoices());
    c.usage.examples = {QStringLiteral("nianbao-cli new-year --agency 示例市人民政府 --year 2024"),
                        QStringLiteral("nianbao-cli new-year --agency 新设局 --year 2024 --empty --kind department")};
    c.maxArguments = 0;
    c.run = runNewYear;
    return c;
}

} // namespace nb::cli
