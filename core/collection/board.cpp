#include "core/collection/board.h"

#include "core/collection/collection_text.h"
#include "core/collection/report_checks.h"

#include <QHash>

namespace nb::collection {

using report::CollectionStatus;

bool matches(const BoardRow &row, BoardFilter filter)
{
    switch (filter) {
    case BoardFilter::All:
        return true;
    case BoardFilter::HasErrors:
        return row.errors > 0;
    case BoardFilter::NotSubmitted:
        return row.status != CollectionStatus::Submitted;
    case BoardFilter::Missing:
        return row.status == CollectionStatus::Missing;
    case BoardFilter::NotFinal:
        return row.status == CollectionStatus::Draft || row.status == CollectionStatus::Returned
               || row.status == CollectionStatus::Missing;
    case BoardFilter::Returned:
        return row.status == CollectionStatus::Returned;
    }
    return true;
}

QString filterLabel(BoardFilter filter)
{
    switch (filter) {
    case BoardFilter::All:
        return CollectionText::tr("全部");
    case BoardFilter::HasErrors:
        return CollectionText::tr("有错误");
    case BoardFilter::NotSubmitted:
        return CollectionText::tr("未报送");
    case BoardFilter::Missing:
        return CollectionText::tr("未开始");
    case BoardFilter::NotFinal:
        return CollectionText::tr("未定稿");
    case BoardFilter::Returned:
        return CollectionText::tr("已退回");
    }
    return QString();
}

QList<BoardFilter> allFilters()
{
    return {BoardFilter::All,      BoardFilter::HasErrors, BoardFilter::NotSubmitted,
            BoardFilter::Missing,  BoardFilter::NotFinal,  BoardFilter::Returned};
}

int Board::count(CollectionStatus status) const
{
    return int(std::count_if(rows.begin(), rows.end(), [status](const BoardRow &r) { return r.status == status; }));
}

int Board::withErrors() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const BoardRow &r) { return r.errors > 0; }));
}

Result<Board> loadBoard(store::ReportStore &store, const QString &node, int year)
{
    auto agencies = store.agencies();
    if (!agencies)
        return agencies.error();
    const AgencyTree tree(agencies.value());
    if (!node.isEmpty() && !tree.contains(node))
        return Error{QStringLiteral("collection.node"), CollectionText::tr("没有机关 %1。").arg(node)};
    auto states = checkedStates(store, year);
    if (!states)
        return states.error();
    QHash<QString, const CheckedState *> byAgency;
    for (const CheckedState &s : states.value())
        byAgency.insert(s.state.id.agency, &s);

    Board board{node, year, {}};
    const int top = node.isEmpty() ? 0 : tree.depth(node) + 1;
    for (const QString &name : tree.below(node)) {
        const store::AgencyInfo *info = tree.find(name);
        BoardRow row;
        row.agency = name;
        row.parent = info->parent;
        row.depth = tree.depth(name) - top;
        row.kind = info->kind;
        if (const CheckedState *s = byAgency.value(name)) {
            row.status = s->state.collectionStatus();
            row.errors = s->check.errors;
            row.warnings = s->check.warnings;
            row.unexplained = s->check.unexplained;
            row.errorRules = s->check.errorRules;
            row.updated = s->state.updated;
            row.updatedBy = s->state.updatedBy;
            row.returnReason = s->state.returnReason;
        }
        board.rows << row;
    }
    return board;
}

} // namespace nb::collection
