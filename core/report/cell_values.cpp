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
            sum = addFigures(sum, values[operand]);
        values[cell] = sum;
    }
    return values;
}

Decimal addFigures(const Decimal &a, const Decimal &b)
{
    const auto sum = Decimal::add(a, b);
    Q_ASSERT(sum);
    return sum.value_or(Decimal());
}

Decimal subtractFigures(const Decimal &a, const Decimal &b)
{
    const auto difference = Decimal::subtract(a, b);
    Q_ASSERT(difference);
    return difference.value_or(Decimal());
}

} // namespace nb::report
