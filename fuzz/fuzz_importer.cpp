// libFuzzer target: any bytes, read as a published report in text and in HTML
// form; whatever is read is then checked by the engine.
#include "core/interchange/published_report_importer.h"
#include "core/report/engine.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto def = nb::report::Definition::builtin();
    static nb::report::Engine engine(def);
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *name : {"fuzz.txt", "fuzz.html"}) {
        auto result = nb::interchange::importPublishedReport(bytes, QString::fromLatin1(name), *def);
        if (!result)
            continue;
        engine.load(result->report);
        (void)engine.findings();
    }
    return 0;
}
