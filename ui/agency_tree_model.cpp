#include "ui/agency_tree_model.h"

#include "core/collection/agency_tree.h"

#include <QMimeData>
#include <functional>

namespace nb::ui {

AgencyTreeModel::AgencyTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("机关"), tr("类型")});
}

QString AgencyTreeModel::kindText(report::AgencyKind kind)
{
    switch (kind) {
    case report::AgencyKind::Government:
        return tr("人民政府");
    case report::AgencyKind::Department:
        return tr("政府部门");
    case report::AgencyKind::Other:
        return tr("其他");
    }
    return QString();
}

void AgencyTreeModel::reload(const QList<store::AgencyInfo> &agencies)
{
    removeRows(0, rowCount());
    const collection::AgencyTree tree(agencies);
    // Depth first from the top, each agency under its parent's item.
    const std::function<void(const QString &, QStandardItem *)> add = [&](const QString &node, QStandardItem *under) {
        for (const QString &name : tree.children(node)) {
            const store::AgencyInfo *info = tree.find(name);
            auto *item = new QStandardItem(name);
            item->setData(name, NameRole);
            item->setEditable(false);
            item->setFlags(item->flags() | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
            auto *kind = new QStandardItem(info ? kindText(info->kind) : QString());
            kind->setEditable(false);
            kind->setFlags((kind->flags() | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
            under->appendRow({item, kind});
            add(name, item);
        }
    };
    add(QString(), invisibleRootItem());
}

QString AgencyTreeModel::agencyAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return QString();
    return index.siblingAtColumn(0).data(NameRole).toString();
}

QModelIndex AgencyTreeModel::indexOf(const QString &agency) const
{
    const QModelIndexList found =
        match(index(0, 0), NameRole, agency, 1, Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchCaseSensitive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QStringList AgencyTreeModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData *AgencyTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kMimeType), agencyAt(indexes.first()).toUtf8());
    return data;
}

bool AgencyTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent)
{
    if (!data || action != Qt::MoveAction || !data->hasFormat(QLatin1String(kMimeType)))
        return false;
    const QString agency = QString::fromUtf8(data->data(QLatin1String(kMimeType)));
    // Onto an agency, or between its children: under it; between the top rows: to the top.
    emit moveRequested(agency, agencyAt(parent));
    return false;
}

} // namespace nb::ui
