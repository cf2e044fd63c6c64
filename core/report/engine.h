#pragma once
// The live model of one report: holds its values, computes every derived cell
// and evaluates every rule. After an edit it recomputes only the derived cells
// that depend on the edited one and re-evaluates only the rule instances that
// read what changed, and says what changed so views can refresh just that.
#include "core/report/check.h"

#include <memory>

namespace nb::report {

struct ChangeSet {
    std::vector<int> cells;    // cells whose displayed value changed
    std::vector<int> findings; // rule instances whose finding appeared, changed or went away
    bool empty() const { return cells.empty() && findings.empty(); }
};

class Engine : public CheckContext {
public:
    explicit Engine(std::shared_ptr<const Definition> definition = Definition::builtin(),
                    const CheckRegistry &registry = CheckRegistry::standard());
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;
    ~Engine() override;

    // Replaces everything and recomputes. Unknown cell keys are ignored
    // (readers reject them before they get here).
    void load(const Report &report);
    Report report() const;

    // CheckContext
    const Definition &definition() const override { return *m_def; }
    CellValue value(int cell) const override;
    CellValue stated(int cell) const override { return m_stated[cell]; }
    QString text(const QString &section) const override { return m_meta.texts.value(section); }
    const Report &meta() const override { return m_meta; }
    const CheckContext *previous() const override { return m_previous.get(); }
    bool outOfRange(int cell) const override;

    CellValue input(int cell) const { return m_input[cell]; }
    // Derived cells: the sum of the operands, blank when it leaves the range of figures.
    CellValue computed(int cell) const { return m_computed[cell]; }
    std::shared_ptr<const Definition> definitionPtr() const { return m_def; }

    // Edits. An input cell takes setInput; a derived cell takes setStated (a
    // printed total); the other call is ignored and returns an empty change set.
    ChangeSet setInput(int cell, CellValue value);
    ChangeSet setStated(int cell, CellValue value);
    ChangeSet setText(const QString &section, const QString &text);
    ChangeSet setAgency(const QString &name, AgencyKind kind);
    ChangeSet setYear(int year);
    void setDocumentInfo(const QString &documentNumber, const QDate &publishDate);
    void setStatus(ReportStatus status) { m_meta.status = status; }
    void setCellNote(const QString &cellKey, const QString &note);
    void setExplanation(const QString &ruleId, const QString &text);
    // The text sections carried from last year and not yet revised (a text edit leaves them as they are).
    ChangeSet setTextsToRevise(const QStringList &sections);
    // Last year's report of the same agency (enables the X- rules); nullopt clears it.
    ChangeSet setPrevious(const std::optional<Report> &previous);

    // Findings: one slot per rule instance.
    int instanceCount() const { return int(m_instances.size()); }
    const std::optional<Finding> &finding(int instance) const { return m_findings[instance]; }
    std::vector<Finding> findings() const;
    std::vector<Finding> findingsForCell(int cell) const;
    int count(Severity severity) const;

private:
    void buildInstances(const CheckRegistry &registry);
    CellValue sumOf(int derived) const;
    bool readsOutOfRange(const RuleInstance &instance) const;
    void recomputeAll();
    void evaluateAll(ChangeSet *changes);
    void propagate(int cell, ChangeSet &changes);
    void reevaluateForCells(const std::vector<int> &cells, ChangeSet &changes);
    void reevaluate(int instance, ChangeSet &changes);
    void reevaluateIf(const std::function<bool(const RuleInstance &)> &wanted, ChangeSet &changes);

    std::shared_ptr<const Definition> m_def;
    Report m_meta; // everything but the cells
    std::vector<CellValue> m_input;
    std::vector<CellValue> m_stated;
    std::vector<CellValue> m_computed;
    int m_computedOutOfRange = 0; // derived cells whose computed total is blank
    std::vector<std::vector<int>> m_dependents; // cell → derived cells using it
    std::vector<int> m_orderPosition;           // derived cell → position in evaluation order
    std::vector<RuleInstance> m_instances;
    std::vector<std::vector<int>> m_readers;    // cell → instances reading it
    std::vector<std::optional<Finding>> m_findings;
    std::vector<unsigned> m_stamp;              // de-duplication of re-evaluations
    unsigned m_generation = 0;
    std::unique_ptr<Engine> m_previous;
};

} // namespace nb::report
