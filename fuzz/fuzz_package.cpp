// libFuzzer target: any bytes as a .nianbao.json package; a package that reads
// is checked by the engine and must survive writing and reading back.
#include "core/interchange/package.h"
#include "core/report/engine.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto def = nb::report::Definition::builtin();
    static nb::report::Engine engine(def);
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto report = nb::interchange::Package::parse(bytes, *def);
    if (!report)
        return 0;
    engine.load(*report);
    (void)engine.findings();
    auto again = nb::interchange::Package::parse(nb::interchange::Package::serialize(*report, *def), *def);
    if (!again || again->cells != report->cells)
        std::abort(); // what was read must write back the same
    return 0;
}
