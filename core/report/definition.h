#pragma once
// The report format as data. Everything that names a section, table, row,
// column, cell, label or rule is read from a definition file in resources/;
// nothing else in the code repeats a label or key. Loading validates the file:
// unique keys, formulas that resolve, no cycles, header geometry that fits.
#include "core/report/decimal.h"
#include "core/report/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QHash>
#include <memory>
#include <vector>

namespace nb::report {

enum class SectionKind { Text, Tables };
enum class Severity { Error, Warning, Info };

QString severityKey(Severity s);                      // "error", "warning", "info"
std::optional<Severity> severityFromKey(const QString &key);

// A cell of a table's header or stub (left label area), in grid coordinates.
// Header rows come first; stub row numbers are data-row indices.
struct GridCell {
    int row = 0;
    int col = 0;
    int rowSpan = 1;
    int colSpan = 1;
    QString text;
    QString role; // "note" for the official corner note
};

struct Column {
    QString key;
    QString label;
    QString shortLabel; // for messages: 自然人, 行政复议总计 …
    QString group;      // 行政复议 / 未经复议直接起诉 / 复议后起诉 (section 四)
    ValueType type = ValueType::Count;
    QString unit;
    QStringList sum; // non-empty: derived, the sum of these columns of the same row
    bool derived() const { return !sum.isEmpty(); }
};

struct Row {
    QString key;
    QString label;
    QString shortLabel; // for messages: 本年新收, 办理结果总计 …
    QString group;      // 三、本年度办理结果
    QString subgroup;   // （三）不予公开 …
    QList<GridCell> stub;
    QStringList sum; // non-empty: derived, the sum of these rows of the same column
    bool derived() const { return !sum.isEmpty(); }
};

struct Table {
    QString key;
    QString caption; // 第二十条第（一）项 (also the first header row)
    QString section;
    int stubWidth = 0;
    int headerHeight = 0;
    QList<GridCell> header;
    QList<Column> columns;
    QList<Row> rows;
    QString note;
    int firstCell = 0; // cells of this table are contiguous, row-major
    int cellIndex(int row, int col) const { return firstCell + row * int(columns.size()) + col; }
    int gridColumns() const { return stubWidth + int(columns.size()); }
};

struct Topic {
    QString name;
    QStringList keywords;
};

struct Section {
    QString key;
    QString heading;
    QString guidance;
    SectionKind kind = SectionKind::Text;
    int number = 0;     // 1 … 6
    QList<int> tables;  // indices into Definition::tables()
    QList<Topic> topics;
    QList<Topic> governmentTopics;
};

struct Cell {
    QString key;        // <row key>.<column key>
    int table = 0;
    int row = 0;
    int col = 0;
    ValueType type = ValueType::Count;
    bool derived = false;
    std::vector<int> across; // from a derived column: cells of the same row it sums
    std::vector<int> down;   // from a derived row: cells of the same column it sums
    // What the engine computes it from: a derived column's formula wins.
    const std::vector<int> &operands() const { return across.empty() ? down : across; }
};

// Which reports a rule is for ("appliesTo" in the definition): an aggregate
// (汇总) has no texts of its own, so the rules about the text sections are for
// agencies' reports only, and the AGG- rules for aggregates only.
enum class RuleScope { All, Reports, Aggregates };

struct RuleDef {
    QString id;
    Severity severity = Severity::Error;
    QString title;
    QString check;      // name of the check implementation (CheckRegistry)
    QJsonObject params; // the check's parameters, as written in the definition
    RuleScope scope = RuleScope::All;
    bool appliesTo(bool aggregate) const
    {
        return scope == RuleScope::All || (scope == RuleScope::Aggregates) == aggregate;
    }
};

class Definition {
public:
    static Result<std::shared_ptr<const Definition>> fromJson(const QByteArray &json);
    static Result<std::shared_ptr<const Definition>> fromFile(const QString &path);
    // The 2021 format shipped in the resources; loaded once, shared.
    static std::shared_ptr<const Definition> builtin();
    static QString builtinPath();

    QString format() const { return m_format; }
    QString formatVersion() const { return m_formatVersion; }
    QString basis() const { return m_basis; }
    QString title(const QString &agency, int year) const;
    QString titleSuffix() const { return m_titleSuffix; }
    // Wording the printed report uses around the labels (date line, notes, page
    // numbers): part of the official document, so data, never translated.
    QString documentText(const QString &key) const { return m_documentText.value(key); }

    const QList<Section> &sections() const { return m_sections; }
    const QList<Table> &tables() const { return m_tables; }
    const std::vector<Cell> &cells() const { return m_cells; }
    const QList<RuleDef> &rules() const { return m_rules; }
    // Derived cells, each after the cells it depends on.
    const std::vector<int> &evaluationOrder() const { return m_order; }

    int cellIndex(const QString &key) const { return m_cellIndex.value(key, -1); }
    const Section *section(const QString &key) const;
    int tableIndex(const QString &key) const;
    const Table *table(const QString &key) const;
    // Table and row index of a row key; {-1, -1} when unknown.
    std::pair<int, int> rowPosition(const QString &rowKey) const;
    const RuleDef *rule(const QString &id) const;
    int cellCount() const { return int(m_cells.size()); }
    int inputCellCount() const;

private:
    QString m_format, m_formatVersion, m_basis, m_titleSuffix;
    QList<Section> m_sections;
    QList<Table> m_tables;
    std::vector<Cell> m_cells;
    QList<RuleDef> m_rules;
    std::vector<int> m_order;
    QHash<QString, int> m_cellIndex;
    QHash<QString, QString> m_documentText;

    friend class DefinitionLoader;
};

} // namespace nb::report
