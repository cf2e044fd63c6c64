// The shipped definition against the contract (shared/format/annual-report-2021.md),
// transcribed here independently: keys, labels character for character, spans, counts.
#include "core/report/check.h"
#include "core/report/definition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include "tests/support/catch_qt.h"

using namespace nb::report;

namespace {

const Definition &def()
{
    return *Definition::builtin();
}

const QList<std::pair<QString, QString>> kSections = {
    {"overview", "一、总体情况"},
    {"active", "二、主动公开政府信息情况"},
    {"requests", "三、收到和处理政府信息公开申请情况"},
    {"appeals", "四、政府信息公开行政复议、行政诉讼情况"},
    {"problems", "五、存在的主要问题及改进情况"},
    {"other", "六、其他需要报告的事项"},
};

struct ActiveRow {
    QString table, caption, row, label;
    QList<std::pair<QString, QString>> columns;
};
const QList<std::pair<QString, QString>> kStockColumns = {
    {"issued", "本年制发件数"}, {"repealed", "本年废止件数"}, {"in_force", "现行有效件数"}};
const QList<std::pair<QString, QString>> kDecisionColumn = {{"decisions", "本年处理决定数量"}};
const QList<ActiveRow> kActiveRows = {
    {"active.article20_1", "第二十条第（一）项", "active.regulations", "规章", kStockColumns},
    {"active.article20_1", "第二十条第（一）项", "active.normative_documents", "行政规范性文件", kStockColumns},
    {"active.article20_5", "第二十条第（五）项", "active.licensing", "行政许可", kDecisionColumn},
    {"active.article20_6", "第二十条第（六）项", "active.penalty", "行政处罚", kDecisionColumn},
    {"active.article20_6", "第二十条第（六）项", "active.coercion", "行政强制", kDecisionColumn},
    {"active.article20_8", "第二十条第（八）项", "active.fees", "行政事业性收费", {{"amount", "本年收费金额（单位：万元）"}}},
};

const QList<std::pair<QString, QString>> kRequestColumns = {
    {"natural", "自然人"}, {"commercial", "商业企业"}, {"research", "科研机构"}, {"nonprofit", "社会公益组织"},
    {"legal", "法律服务机构"}, {"other_org", "其他"}, {"total", "总计"}};

const QList<std::pair<QString, QString>> kRequestRows = {
    {"requests.new", "一、本年新收政府信息公开申请数量"},
    {"requests.carried_in", "二、上年结转政府信息公开申请数量"},
    {"requests.result.disclosed", "（一）予以公开"},
    {"requests.result.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
    {"requests.result.withheld.state_secret", "1.属于国家秘密"},
    {"requests.result.withheld.law_forbidden", "2.其他法律行政法规禁止公开"},
    {"requests.result.withheld.security_stability", "3.危及“三安全一稳定”"},
    {"requests.result.withheld.third_party", "4.保护第三方合法权益"},
    {"requests.result.withheld.internal_affairs", "5.属于三类内部事务信息"},
    {"requests.result.withheld.process_info", "6.属于四类过程性信息"},
    {"requests.result.withheld.enforcement_files", "7.属于行政执法案卷"},
    {"requests.result.withheld.inquiry", "8.属于行政查询事项"},
    {"requests.result.unavailable.not_held", "1.本机关不掌握相关政府信息"},
    {"requests.result.unavailable.needs_creation", "2.没有现成信息需要另行制作"},
    {"requests.result.unavailable.unclear", "3.补正后申请内容仍不明确"},
    {"requests.result.not_processed.petition", "1.信访举报投诉类申请"},
    {"requests.result.not_processed.repeated", "2.重复申请"},
    {"requests.result.not_processed.publications", "3.要求提供公开出版物"},
    {"requests.result.not_processed.excessive", "4.无正当理由大量反复申请"},
    {"requests.result.not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息"},
    {"requests.result.other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
    {"requests.result.other.unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
    {"requests.result.other.other", "3.其他"},
    {"requests.result.total", "（七）总计"},
    {"requests.carried_out", "四、结转下年度继续办理"},
};

const QList<std::pair<QString, QString>> kAppealGroups = {
    {"appeals.review", "行政复议"}, {"appeals.suit_direct", "未经复议直接起诉"}, {"appeals.suit_after_review", "复议后起诉"}};
const QList<std::pair<QString, QString>> kAppealColumns = {
    {"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"}, {"total", "总计"}};

// Every rule ID the contract defines (§5, and the AGG- rules of §9), and our own.
const QStringList kContractRules = {
    "R2-NONNEG", "R2-PREV-NONNEG", "R3-NONNEG", "R3-ROW-TOTAL", "R3-RESULT-SUM", "R3-BALANCE", "R3-CARRY-PLAUSIBLE",
    "R4-NONNEG", "R4-REVIEW-TOTAL", "R4-LIT-DIRECT-TOTAL", "R4-LIT-AFTER-TOTAL", "R2-RULE-AUTHORITY", "X-CARRY",
    "X-STOCK", "X-TEXT-COPY", "X-SAME-NUMBERS", "RT-NEW", "RT-CARRY", "RT-DONE", "RT-FWD", "RT-RESULT", "RT-REVIEW",
    "RT-LITIG", "RT-DOCS", "RT-YEAR", "RS-SECTIONS", "RS-ROWS", "RS-OLD-TEMPLATE", "RS-TEXT-EMPTY", "RS-SEC6-INFOFEE",
    "RS-SEC1-TOPICS", "AGG-MISSING", "AGG-NOT-FINAL", "AGG-ERRORS", "AGG-CARRY",
    // Ours, beyond the contract's §5 (README's rules table, the manual): last
    // year's figures still in a text carried forward as a template.
    "X-TEXT-TEMPLATE"};

QSet<QString> expectedCellKeys()
{
    QSet<QString> keys;
    for (const auto &r : kActiveRows)
        for (const auto &[col, label] : r.columns)
            keys.insert(r.row + u'.' + col);
    for (const auto &[row, label] : kRequestRows)
        for (const auto &[col, clabel] : kRequestColumns)
            keys.insert(row + u'.' + col);
    for (const auto &[group, glabel] : kAppealGroups)
        for (const auto &[col, clabel] : kAppealColumns)
            keys.insert(group + u'.' + col);
    return keys;
}

const GridCell *stubCell(const Table &t, const QString &text)
{
    for (const auto &row : t.rows)
        for (const auto &c : row.stub)
            if (c.text == text)
                return &c;
    return nullptr;
}

const GridCell *headerCell(const Table &t, const QString &text)
{
    for (const auto &c : t.header)
        if (c.text == text)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("The definition has the six sections in order with their exact headings", "[definition]")
{
    REQUIRE(def().sections().size() == kSections.size());
    for (int i = 0; i < kSections.size(); ++i) {
        CHECK(def().sections()[i].key == kSections[i].first);
        CHECK(def().sections()[i].heading == kSections[i].second);
        CHECK(def().sections()[i].number == i + 1);
    }
    CHECK(def().title(QStringLiteral("某某市科学技术局"), 2023) == QStringLiteral("某某市科学技术局2023年政府信息公开工作年度报告"));
}

TEST_CASE("Every cell key of the contract is defined, and nothing else", "[definition]")
{
    QSet<QString> actual;
    for (const auto &c : def().cells())
        actual.insert(c.key);
    CHECK(actual == expectedCellKeys());
    CHECK(int(actual.size()) == def().cellCount()); // keys are unique
}

TEST_CASE("Section 二 tables carry the official captions and labels", "[definition]")
{
    for (const auto &r : kActiveRows) {
        const Table *t = def().table(r.table);
        REQUIRE(t);
        CHECK(t->caption == r.caption);
        CHECK(headerCell(*t, r.caption));
        CHECK(headerCell(*t, QStringLiteral("信息内容")));
        const auto [ti, ri] = def().rowPosition(r.row);
        REQUIRE(ti == def().tableIndex(r.table));
        CHECK(t->rows[ri].label == r.label);
        REQUIRE(t->columns.size() == r.columns.size());
        for (int c = 0; c < r.columns.size(); ++c) {
            CHECK(t->columns[c].key == r.columns[c].first);
            CHECK(t->columns[c].label == r.columns[c].second);
            CHECK(headerCell(*t, r.columns[c].second));
        }
    }
    const int fee = def().cellIndex(QStringLiteral("active.fees.amount"));
    REQUIRE(fee >= 0);
    CHECK(def().cells()[fee].type == ValueType::Money);
    int count = 0;
    for (const auto &c : def().cells())
        count += def().tables()[c.table].section == QLatin1String("active");
    CHECK(count == 10);
}

TEST_CASE("Section 三 has the official rows, columns, header and spans", "[definition]")
{
    const Table *t = def().table(QStringLiteral("requests"));
    REQUIRE(t);
    REQUIRE(t->rows.size() == kRequestRows.size());
    for (int r = 0; r < kRequestRows.size(); ++r) {
        CHECK(t->rows[r].key == kRequestRows[r].first);
        CHECK(t->rows[r].label == kRequestRows[r].second);
        CHECK(stubCell(*t, kRequestRows[r].second));
    }
    REQUIRE(t->columns.size() == kRequestColumns.size());
    for (int c = 0; c < kRequestColumns.size(); ++c) {
        CHECK(t->columns[c].key == kRequestColumns[c].first);
        CHECK(t->columns[c].label == kRequestColumns[c].second);
    }
    const GridCell *note = headerCell(*t, QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
    REQUIRE(note);
    CHECK((note->row == 0 && note->col == 0 && note->rowSpan == 3 && note->colSpan == 3));
    const GridCell *applicants = headerCell(*t, QStringLiteral("申请人情况"));
    REQUIRE(applicants);
    CHECK(applicants->colSpan == 7);
    const GridCell *legal = headerCell(*t, QStringLiteral("法人或其他组织"));
    REQUIRE(legal);
    CHECK(legal->colSpan == 5);
    const QList<std::pair<QString, int>> spans = {
        {"三、本年度办理结果", 22}, {"（三）不予公开", 8}, {"（四）无法提供", 3}, {"（五）不予处理", 5}, {"（六）其他处理", 3}};
    for (const auto &[label, span] : spans) {
        const GridCell *c = stubCell(*t, label);
        REQUIRE(c);
        CHECK(c->rowSpan == span);
    }
    int derived = 0;
    for (int r = 0; r < t->rows.size(); ++r)
        for (int c = 0; c < t->columns.size(); ++c)
            derived += def().cells()[t->cellIndex(r, c)].derived;
    CHECK(t->rows.size() * t->columns.size() == 175);
    CHECK(derived == 31);
}

TEST_CASE("Section 四 has three groups of five with derived totals", "[definition]")
{
    const Table *t = def().table(QStringLiteral("appeals"));
    REQUIRE(t);
    REQUIRE(t->columns.size() == 15);
    int derived = 0;
    for (int g = 0; g < kAppealGroups.size(); ++g)
        for (int c = 0; c < kAppealColumns.size(); ++c) {
            const int cell = def().cellIndex(kAppealGroups[g].first + u'.' + kAppealColumns[c].first);
            REQUIRE(cell >= 0);
            CHECK(t->columns[def().cells()[cell].col].label == kAppealColumns[c].second);
            CHECK(t->columns[def().cells()[cell].col].group == kAppealGroups[g].second);
            derived += def().cells()[cell].derived;
        }
    CHECK(derived == 3);
    CHECK(headerCell(*t, QStringLiteral("行政复议"))->colSpan == 5);
    CHECK(headerCell(*t, QStringLiteral("行政诉讼"))->colSpan == 10);
    CHECK(headerCell(*t, QStringLiteral("未经复议直接起诉"))->colSpan == 5);
    CHECK(headerCell(*t, QStringLiteral("复议后起诉"))->colSpan == 5);
}

TEST_CASE("Derived cells come after their operands and rules resolve", "[definition]")
{
    std::vector<int> position(def().cellCount(), -1);
    for (int i = 0; i < int(def().evaluationOrder().size()); ++i)
        position[def().evaluationOrder()[i]] = i;
    for (int i = 0; i < def().cellCount(); ++i) {
        const Cell &c = def().cells()[i];
        CHECK(c.derived == (position[i] >= 0));
        for (int op : c.operands())
            CHECK((!def().cells()[op].derived || position[op] < position[i]));
    }
    for (const auto &rule : def().rules()) {
        CAPTURE(rule.id.toStdString());
        CHECK(kContractRules.contains(rule.id));
        CHECK(CheckRegistry::standard().contains(rule.check));
        // Each rule expands to at least one instance on the shipped definition.
        CHECK_FALSE((*CheckRegistry::standard().find(rule.check))(rule, def()).empty());
    }
    for (const char *id : {"R2-NONNEG", "R2-PREV-NONNEG", "R3-NONNEG", "R3-ROW-TOTAL", "R3-RESULT-SUM", "R3-BALANCE",
                           "R3-CARRY-PLAUSIBLE", "R4-NONNEG", "R4-REVIEW-TOTAL", "R4-LIT-DIRECT-TOTAL",
                           "R4-LIT-AFTER-TOTAL", "R2-RULE-AUTHORITY", "RS-TEXT-EMPTY", "X-CARRY", "X-STOCK",
                           "X-TEXT-COPY", "X-SAME-NUMBERS", "AGG-MISSING", "AGG-NOT-FINAL", "AGG-ERRORS", "AGG-CARRY"})
        CHECK(def().rule(QString::fromLatin1(id)));
    // An aggregate has no texts of its own; its carried-over check is AGG-CARRY.
    for (const char *id : {"RS-TEXT-EMPTY", "RS-SEC6-INFOFEE", "RS-SEC1-TOPICS", "X-CARRY"})
        CHECK(def().rule(QString::fromLatin1(id))->scope == RuleScope::Reports);
    for (const char *id : {"AGG-MISSING", "AGG-NOT-FINAL", "AGG-ERRORS", "AGG-CARRY"})
        CHECK(def().rule(QString::fromLatin1(id))->scope == RuleScope::Aggregates);
    CHECK(def().rule(QStringLiteral("R3-BALANCE"))->scope == RuleScope::All);
}

TEST_CASE("Defects in a definition file are refused with where they are", "[definition]")
{
    QFile file(Definition::builtinPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
    auto mutate = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject root = original;
        change(root);
        return Definition::fromJson(QJsonDocument(root).toJson());
    };
    auto requestsTable = [](QJsonObject &root, const std::function<void(QJsonObject &)> &change) {
        QJsonArray sections = root[QLatin1String("sections")].toArray();
        QJsonObject s = sections[2].toObject();
        QJsonArray tables = s[QLatin1String("tables")].toArray();
        QJsonObject t = tables[0].toObject();
        change(t);
        tables[0] = t;
        s[QLatin1String("tables")] = tables;
        sections[2] = s;
        root[QLatin1String("sections")] = sections;
    };
    CHECK(mutate([](QJsonObject &) {}).ok());

    SECTION("a cycle between formulas")
    {
        auto r = mutate([&](QJsonObject &root) {
            requestsTable(root, [](QJsonObject &t) {
                QJsonArray columns = t[QLatin1String("columns")].toArray();
                QJsonObject natural = columns[0].toObject();
                natural[QLatin1String("sum")] = QJsonArray{QStringLiteral("total")};
                columns[0] = natural;
                t[QLatin1String("columns")] = columns;
            });
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("cycle")));
    }
    SECTION("a formula naming an unknown row")
    {
        auto r = mutate([&](QJsonObject &root) {
            requestsTable(root, [](QJsonObject &t) {
                QJsonArray rows = t[QLatin1String("rows")].toArray();
                QJsonObject total = rows[23].toObject();
                total[QLatin1String("sum")] = QJsonArray{QStringLiteral("requests.result.nowhere")};
                rows[23] = total;
                t[QLatin1String("rows")] = rows;
            });
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("requests.result.nowhere")));
    }
    SECTION("a duplicate row key")
    {
        auto r = mutate([&](QJsonObject &root) {
            requestsTable(root, [](QJsonObject &t) {
                QJsonArray rows = t[QLatin1String("rows")].toArray();
                QJsonObject row = rows[1].toObject();
                row[QLatin1String("key")] = QStringLiteral("requests.new");
                rows[1] = row;
                t[QLatin1String("rows")] = rows;
            });
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("duplicate cell key requests.new")));
    }
    SECTION("header cells that overlap")
    {
        auto r = mutate([&](QJsonObject &root) {
            requestsTable(root, [](QJsonObject &t) {
                QJsonArray header = t[QLatin1String("header")].toArray();
                QJsonObject applicants = header[1].toObject();
                applicants[QLatin1String("rowSpan")] = 2;
                header[1] = applicants;
                t[QLatin1String("header")] = header;
            });
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("overlaps")));
    }
    SECTION("a rule with an unknown severity")
    {
        auto r = mutate([](QJsonObject &root) {
            QJsonArray rules = root[QLatin1String("rules")].toArray();
            QJsonObject rule = rules[0].toObject();
            rule[QLatin1String("severity")] = QStringLiteral("fatal");
            rules[0] = rule;
            root[QLatin1String("rules")] = rules;
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("rules[0]")));
    }
    SECTION("a rule for an unknown kind of report")
    {
        auto r = mutate([](QJsonObject &root) {
            QJsonArray rules = root[QLatin1String("rules")].toArray();
            QJsonObject rule = rules[1].toObject();
            rule[QLatin1String("appliesTo")] = QStringLiteral("everything");
            rules[1] = rule;
            root[QLatin1String("rules")] = rules;
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("rules[1]")));
        CHECK(r.error().message.contains(QStringLiteral("appliesTo")));
    }
    SECTION("not JSON at all")
    {
        auto r = Definition::fromJson("{ nope");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("definition.json"));
    }
}

TEST_CASE("The printed document's own wording is data of the definition", "[definition]")
{
    CHECK(def().documentText(QStringLiteral("date")) == QStringLiteral("%1年%2月%3日"));
    CHECK(def().documentText(QStringLiteral("tableNote")) == QStringLiteral("注：%1"));
    CHECK(def().documentText(QStringLiteral("cellNote")) == QStringLiteral("注：%1：%2"));
    CHECK(def().documentText(QStringLiteral("pageNumber")) == QStringLiteral("第 %1 页 共 %2 页"));
}
