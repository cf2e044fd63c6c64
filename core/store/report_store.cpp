#include "core/store/report_store.h"

#include <QSet>
#include <type_traits>
#include <QCoreApplication>
#include <unistd.h>
#include <pwd.h>

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

// Keys present in either map whose values differ (a missing key is blank).
// Values compare as text, so 12.5 and 12.50 differ as the stored value does.
template <typename V>
QStringList differingKeys(const QMap<QString, V> &a, const QMap<QString, V> &b)
{
    const auto text = [](const V &v) {
        if constexpr (std::is_same_v<V, QString>)
            return v;
        else
            return v.toString();
    };
    QStringList keys;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd() || text(*other) != text(*it))
            keys << it.key();
    }
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        if (!a.contains(it.key()))
            keys << it.key();
    return keys;
}

// Each written section leaves or joins the list as it is in `edited`.
void mergeToRevise(QStringList &into, const QStringList &edited, const QStringList &sections)
{
    for (const QString &section : sections) {
        into.removeAll(section);
        if (edited.contains(section))
            into << section;
    }
}
} // namespace

QString currentUserName()
{
    // The account's name from the password database; the environment when
    // that has no entry for us (a container started with an arbitrary uid).
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QStringLiteral("uid %1").arg(geteuid());
}

report::Report applyHint(const report::Report &stored, const report::Report &edited, const ChangeHint &hint)
{
    report::Report out = hint.everything ? edited : stored;
    out.agencyName = stored.agencyName;
    out.agencyParent = stored.agencyParent; // the tree is changed by setParent() only
    out.year = stored.year;
    out.status = stored.status;
    if (hint.everything)
        return out;
    copyKeys(out.cells, edited.cells, hint.cells);
    copyKeys(out.texts, edited.texts, hint.texts);
    copyKeys(out.cellNotes, edited.cellNotes, hint.notes);
    copyKeys(out.explanations, edited.explanations, hint.explanations);
    if (hint.metadata) {
        out.agencyKind = edited.agencyKind;
        out.documentNumber = edited.documentNumber;
        out.publishDate = edited.publishDate;
        out.textsToRevise = edited.textsToRevise;
    } else {
        mergeToRevise(out.textsToRevise, edited.textsToRevise, hint.texts);
    }
    return out;
}

ChangeHint changesBetween(const report::Report &before, const report::Report &after)
{
    ChangeHint hint;
    hint.cells = differingKeys(before.cells, after.cells);
    hint.texts = differingKeys(before.texts, after.texts);
    hint.notes = differingKeys(before.cellNotes, after.cellNotes);
    hint.explanations = differingKeys(before.explanations, after.explanations);
    QStringList toRevise = before.textsToRevise;
    mergeToRevise(toRevise, after.textsToRevise, hint.texts);
    hint.metadata = before.agencyKind != after.agencyKind || before.documentNumber != after.documentNumber
        || before.publishDate != after.publishDate
        || QSet<QString>(toRevise.begin(), toRevise.end())
            != QSet<QString>(after.textsToRevise.begin(), after.textsToRevise.end());
    return hint;
}

bool hintIsEmpty(const ChangeHint &hint)
{
    return !hint.everything && !hint.metadata && hint.cells.isEmpty() && hint.texts.isEmpty()
        && hint.notes.isEmpty() && hint.explanations.isEmpty();
}

Status ReportStore::importReports(const QList<report::Report> &reports, bool replace)
{
    return importEach(reports.size(), [&reports](qsizetype i) -> Result<report::Report> { return reports.at(i); },
                      replace);
}

} // namespace nb::store
