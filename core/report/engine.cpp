#include "core/report/engine.h"

#include "core/report/number_parser.h"

#include <algorithm>

namespace nb::report {

Engine::Engine(std::shared_ptr<const Definition> definition, const CheckRegistry &registry)
    : m_def(std::move(definition))
{
    const int n = m_def->cellCount();
    m_input.assign(n, std::nullopt);
    m_stated.assign(n, std::nullopt);
    m_computed.assign(n, Decimal());
    m_dependents.assign(n, {});
    m_orderPosition.assign(n, -1);
    const auto &order = m_def->evaluationOrder();
    for (int i = 0; i < int(order.size()); ++i) {
        m_orderPosition[order[i]] = i;
        for (int operand : m_def->cells()[order[i]].operands())
            m_dependents[operand].push_back(order[i]);
    }
    buildInstances(registry);
    recomputeAll();
    evaluateAll(nullptr);
}

Engine::~Engine() = default;

void Engine::buildInstances(const CheckRegistry &registry)
{
    m_readers.assign(m_def->cellCount(), {});
    for (int r = 0; r < m_def->rules().size(); ++r) {
        const RuleDef &rule = m_def->rules()[r];
        const CheckFactory *factory = registry.find(rule.check);
        if (!factory)
            continue; // the definition test proves every shipped rule resolves
        for (auto &instance : (*factory)(rule, *m_def)) {
            instance.rule = r;
            for (int cell : instance.reads)
                m_readers[cell].push_back(int(m_instances.size()));
            m_instances.push_back(std::move(instance));
        }
    }
    m_findings.assign(m_instances.size(), std::nullopt);
    m_stamp.assign(m_instances.size(), 0);
}

CellValue Engine::value(int cell) const
{
    if (!m_def->cells()[cell].derived)
        return m_input[cell];
    return m_stated[cell] ? m_stated[cell] : m_computed[cell];
}

bool Engine::outOfRange(int cell) const
{
    return m_def->cells()[cell].derived && !m_stated[cell] && !m_computed[cell];
}

// A total is exact or blank, never wrapped: blank when an operand total is
// blank, when the sum leaves Decimal's range, or when it leaves the range of
// figures (which every reader applies, so a shown total can always be read back).
CellValue Engine::sumOf(int derived) const
{
    const Cell &cell = m_def->cells()[derived];
    DecimalSum sum;
    for (int operand : cell.operands()) {
        const CellValue v = m_def->cells()[operand].derived ? m_computed[operand] : m_input[operand].value_or(Decimal());
        if (!v)
            return std::nullopt;
        sum.add(*v);
    }
    const CellValue total = sum.value();
    if (!total || !NumberParser::inRange(*total, cell.type))
        return std::nullopt;
    return total;
}

bool Engine::readsOutOfRange(const RuleInstance &instance) const
{
    if (m_computedOutOfRange == 0 || instance.reportsRange)
        return false;
    return std::any_of(instance.reads.begin(), instance.reads.end(), [this](int cell) { return outOfRange(cell); });
}

void Engine::load(const Report &report)
{
    m_meta = report;
    m_meta.cells.clear();
    std::fill(m_input.begin(), m_input.end(), std::nullopt);
    std::fill(m_stated.begin(), m_stated.end(), std::nullopt);
    for (auto it = report.cells.begin(); it != report.cells.end(); ++it) {
        const int cell = m_def->cellIndex(it.key());
        if (cell < 0)
            continue;
        (m_def->cells()[cell].derived ? m_stated : m_input)[cell] = it.value();
    }
    recomputeAll();
    evaluateAll(nullptr);
}

Report Engine::report() const
{
    Report out = m_meta;
    for (int i = 0; i < m_def->cellCount(); ++i) {
        const CellValue v = m_def->cells()[i].derived ? m_stated[i] : m_input[i];
        if (v)
            out.cells.insert(m_def->cells()[i].key, *v);
    }
    return out;
}

void Engine::recomputeAll()
{
    m_computedOutOfRange = 0;
    for (int cell : m_def->evaluationOrder()) {
        m_computed[cell] = sumOf(cell);
        m_computedOutOfRange += !m_computed[cell];
    }
}

void Engine::evaluateAll(ChangeSet *changes)
{
    ChangeSet scratch;
    for (int i = 0; i < int(m_instances.size()); ++i)
        reevaluate(i, changes ? *changes : scratch);
}

void Engine::reevaluate(int instance, ChangeSet &changes)
{
    // An instance reading a total that has no figure would see it as 0 and
    // quote a wrong figure: only the range finding speaks for such a cell.
    // A rule scoped to reports or to aggregates runs only on those.
    const RuleInstance &in = m_instances[instance];
    std::optional<Finding> now;
    if (m_def->rules()[in.rule].appliesTo(m_meta.aggregate.has_value()) && !readsOutOfRange(in))
        now = in.evaluate(*this);
    if (now != m_findings[instance]) {
        m_findings[instance] = std::move(now);
        changes.findings.push_back(instance);
    }
}

void Engine::reevaluateIf(const std::function<bool(const RuleInstance &)> &wanted, ChangeSet &changes)
{
    for (int i = 0; i < int(m_instances.size()); ++i)
        if (wanted(m_instances[i]))
            reevaluate(i, changes);
}

// Recomputes the derived cells that depend on `cell`, in evaluation order.
void Engine::propagate(int cell, ChangeSet &changes)
{
    std::vector<int> affected = m_dependents[cell];
    for (std::size_t i = 0; i < affected.size(); ++i)
        for (int next : m_dependents[affected[i]])
            if (std::find(affected.begin(), affected.end(), next) == affected.end())
                affected.push_back(next);
    std::sort(affected.begin(), affected.end(),
              [this](int a, int b) { return m_orderPosition[a] < m_orderPosition[b]; });
    for (int derived : affected) {
        const CellValue sum = sumOf(derived);
        const CellValue &before = m_computed[derived];
        if (sum == before && (!sum || sum->scale() == before->scale()))
            continue;
        m_computedOutOfRange += int(!sum) - int(!before);
        m_computed[derived] = sum;
        if (!m_stated[derived])
            changes.cells.push_back(derived);
    }
}

void Engine::reevaluateForCells(const std::vector<int> &cells, ChangeSet &changes)
{
    if (++m_generation == 0) { // wrapped: reset stamps so none looks current
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_generation = 1;
    }
    for (int cell : cells)
        for (int instance : m_readers[cell])
            if (m_stamp[instance] != m_generation) {
                m_stamp[instance] = m_generation;
                reevaluate(instance, changes);
            }
}

ChangeSet Engine::setInput(int cell, CellValue value)
{
    ChangeSet changes;
    if (cell < 0 || cell >= m_def->cellCount() || m_def->cells()[cell].derived)
        return changes;
    if (m_input[cell] == value && (!value || value->scale() == m_input[cell]->scale()))
        return changes;
    m_input[cell] = value;
    changes.cells.push_back(cell);
    propagate(cell, changes);
    reevaluateForCells(changes.cells, changes);
    return changes;
}

ChangeSet Engine::setStated(int cell, CellValue value)
{
    ChangeSet changes;
    if (cell < 0 || cell >= m_def->cellCount() || !m_def->cells()[cell].derived || m_stated[cell] == value)
        return changes;
    m_stated[cell] = value;
    changes.cells.push_back(cell);
    reevaluateForCells(changes.cells, changes);
    return changes;
}

ChangeSet Engine::setText(const QString &section, const QString &text)
{
    ChangeSet changes;
    if (m_meta.texts.value(section) == text)
        return changes;
    m_meta.texts.insert(section, text); // its "to revise" mark is the caller's (setTextsToRevise)
    reevaluateIf([&](const RuleInstance &i) { return i.texts.contains(section); }, changes);
    return changes;
}

ChangeSet Engine::setTextsToRevise(const QStringList &sections)
{
    ChangeSet changes;
    if (QSet<QString>(sections.begin(), sections.end())
        == QSet<QString>(m_meta.textsToRevise.begin(), m_meta.textsToRevise.end()))
        return changes;
    m_meta.textsToRevise = sections;
    reevaluateIf([](const RuleInstance &i) { return i.readsMeta; }, changes);
    return changes;
}

ChangeSet Engine::setAgency(const QString &name, AgencyKind kind)
{
    ChangeSet changes;
    m_meta.agencyName = name;
    m_meta.agencyKind = kind;
    reevaluateIf([](const RuleInstance &i) { return i.readsMeta; }, changes);
    return changes;
}

ChangeSet Engine::setYear(int year)
{
    ChangeSet changes;
    m_meta.year = year;
    reevaluateIf([](const RuleInstance &i) { return i.readsMeta || i.readsPrevious; }, changes);
    return changes;
}

void Engine::setDocumentInfo(const QString &documentNumber, const QDate &publishDate)
{
    m_meta.documentNumber = documentNumber;
    m_meta.publishDate = publishDate;
}

void Engine::setCellNote(const QString &cellKey, const QString &note)
{
    if (note.isEmpty())
        m_meta.cellNotes.remove(cellKey);
    else
        m_meta.cellNotes.insert(cellKey, note);
}

void Engine::setExplanation(const QString &ruleId, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_meta.explanations.remove(ruleId);
    else
        m_meta.explanations.insert(ruleId, text);
}

ChangeSet Engine::setPrevious(const std::optional<Report> &previous)
{
    ChangeSet changes;
    if (previous) {
        // No registry: the previous year only answers questions, it checks nothing.
        static const CheckRegistry none;
        m_previous = std::make_unique<Engine>(m_def, none);
        m_previous->load(*previous);
    } else {
        m_previous.reset();
    }
    reevaluateIf([](const RuleInstance &i) { return i.readsPrevious; }, changes);
    return changes;
}

std::vector<Finding> Engine::findings() const
{
    std::vector<Finding> out;
    for (const auto &f : m_findings)
        if (f)
            out.push_back(*f);
    return out;
}

std::vector<Finding> Engine::findingsForCell(int cell) const
{
    std::vector<Finding> out;
    const QString &key = m_def->cells()[cell].key;
    for (int instance : m_readers[cell])
        if (m_findings[instance] && m_findings[instance]->cells.contains(key))
            out.push_back(*m_findings[instance]);
    return out;
}

int Engine::count(Severity severity) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [severity](const auto &f) { return f && f->severity == severity; }));
}

} // namespace nb::report
