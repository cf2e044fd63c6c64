#pragma once
// Rules are data in the definition (ID, severity, check name, parameters); the
// checks are code, registered here by name. A check expands one rule into
// instances, each reading a fixed set of cells and texts, so that after an
// edit the engine re-evaluates only the instances that read what changed.
#include "core/report/definition.h"
#include "core/report/finding.h"
#include "core/report/report.h"

#include <QCoreApplication>
#include <functional>
#include <map>
#include <optional>

namespace nb::report {

// What a rule instance may read: one year's report as the engine holds it.
class CheckContext {
public:
    virtual ~CheckContext() = default;
    virtual const Definition &definition() const = 0;
    // Input cells: the input; derived cells: the stated value if any, else the computed one.
    virtual CellValue value(int cell) const = 0;
    // Derived cells only: the printed total of an imported report (blank if none).
    virtual CellValue stated(int cell) const = 0;
    virtual QString text(const QString &section) const = 0;
    // Agency, year, kind (cells are not in it; read them through value()).
    virtual const Report &meta() const = 0;
    // The same agency's previous year, when known.
    virtual const CheckContext *previous() const = 0;
    // A derived cell whose total leaves the range of figures (NumberParser::inRange)
    // and has no printed value: value() is blank, and only the rule instances
    // that report the range are evaluated while any cell they read is in this state.
    virtual bool outOfRange(int /*cell*/) const { return false; }

    Decimal valueOrZero(int cell) const { return value(cell).value_or(Decimal()); }
};

struct RuleInstance {
    int rule = -1;              // index into Definition::rules()
    std::vector<int> reads;     // cells whose change re-evaluates it
    QStringList texts;          // text sections whose change re-evaluates it
    bool readsMeta = false;     // agency name, kind, year
    bool readsPrevious = false; // re-evaluated when the previous year changes
    bool reportsRange = false;  // evaluated even when a cell it reads is out of range
    std::function<std::optional<Finding>(const CheckContext &)> evaluate;
};

using CheckFactory = std::function<std::vector<RuleInstance>(const RuleDef &, const Definition &)>;

class CheckRegistry {
public:
    void add(const QString &check, CheckFactory factory) { m_factories[check] = std::move(factory); }
    const CheckFactory *find(const QString &check) const;
    bool contains(const QString &check) const { return find(check) != nullptr; }
    QStringList names() const;

    // Every check the product ships.
    static const CheckRegistry &standard();

private:
    std::map<QString, CheckFactory> m_factories;
};

// Registration entry points, one per family of checks (called by standard()).
void registerTableChecks(CheckRegistry &registry);
void registerCrossYearChecks(CheckRegistry &registry);
void registerTextChecks(CheckRegistry &registry);
void registerAggregateChecks(CheckRegistry &registry);

// Helpers shared by the checks.
namespace checks {
// Translation context of every check's message.
struct Checks {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};
// "本年新收（自然人）", "规章·现行有效件数", "行政复议总计"
QString cellName(const Definition &def, int cell);
// A figure as printed in a message; blank shows as 0.
QString figure(const CellValue &v);
// A sum as printed in a message; blank (it left Decimal's range) shows as such, never as a figure.
QString sumFigure(const CellValue &sum);
Finding make(const RuleDef &rule, const Definition &def, const std::vector<int> &cells, const QString &message);
// Cells of every table of the given sections.
std::vector<int> cellsOfSections(const Definition &def, const QStringList &sections);
QStringList stringList(const QJsonObject &params, const char *key);

// The 现行有效件数 / 本年制发件数 / 本年废止件数 cells of each row a stock rule names
// (params "rows", "stock", "issued", "repealed"); rows without them are skipped.
struct StockCells {
    int stock = -1, issued = -1, repealed = -1;
};
std::vector<StockCells> stockCells(const RuleDef &rule, const Definition &def);

// One instance per text section named in params "sections", re-evaluated when
// that text changes; `make` gives the evaluation for a section.
using Evaluate = std::function<std::optional<Finding>(const CheckContext &)>;
std::vector<RuleInstance> perTextSection(const RuleDef &rule, const Definition &def, bool readsPrevious,
                                         const std::function<Evaluate(const QString &key, const Section &)> &make);
// One instance per column of the table holding params "row", comparing that
// column's cell of "row" with its cell of "previousRow" (a row of the same
// table, read from last year's report or aggregate); `make` builds it from the
// two cell indexes. None when a row is unknown or the rows are in different tables.
std::vector<RuleInstance> perColumnAgainstRow(const RuleDef &rule, const Definition &def,
                                              const std::function<RuleInstance(int cell, int before)> &make);
} // namespace checks

} // namespace nb::report
