#include "core/store/report_store.h"

namespace nb::store {

namespace {
template <typename V>
void copyKeys(QMap<QString, V> &into, const QMap<QString, V> &from, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (auto it = from.constFind(key); it != from.constEnd())
            into.insert(key, *it);
        else
            into.remove(key);
    }
}
} // namespace

report::Report applyHint(const report::Report &stored, const report::Report &edited, const ChangeHint &hint)
{
    report::Report out = hint.everything ? edited : stored;
    out.agencyName = stored.agencyName;
    out.year = stored.year;
    out.status = stored.status;
    if (hint.everything)
        return out;
    copyKeys(out.cells, edited.cells, hint.cells);
    copyKeys(out.texts, edited.texts, hint.texts);
    if (hint.metadata || !hint.texts.isEmpty()) {
        out.agencyKind = edited.agencyKind;
        out.documentNumber = edited.documentNumber;
        out.publishDate = edited.publishDate;
        out.textsToRevise = edited.textsToRevise;
    }
    if (hint.metadata) {
        out.cellNotes = edited.cellNotes;
        out.explanations = edited.explanations;
    }
    return out;
}

} // namespace nb::store
