#include "core/report/cell_values.h"

namespace nb::report {

std::vector<Decimal> computedValues(const Definition &def, const Report &report)
{
    std::vector<Decimal> values(def.cellCount());
    for (auto it = report.cells.begin(); it != report.cells.end(); ++it) {
        const int cell = def.cellIndex(it.key());
        if (cell >= 0 && !def.cells()[cell].derived)
            values[cell] = it.value();
    }
    // Each derived cell comes after what it sums (Definition::evaluationOrder).
    for (int cell : def.evaluationOrder()) {
        Decimal sum;
        for (int operand : def.cells()[cell].operands())
            sum += values[operand];
        values[cell] = sum;
    }
    return values;
}

} // namespace nb::report
