#pragma once
// The agencies as a tree, built from the store's flat list (each names its
// parent). Children are in name order, so the board, the aggregate and the
// agency manager list agencies alike.
#include "core/store/report_store.h"

#include <QHash>

namespace nb::collection {

class AgencyTree {
public:
    AgencyTree() = default;
    explicit AgencyTree(const QList<store::AgencyInfo> &agencies);

    bool contains(const QString &name) const { return m_byName.contains(name); }
    // nullptr when unknown.
    const store::AgencyInfo *find(const QString &name) const;
    // The agencies directly under `name`; "" gives those at the top (and any
    // whose parent is unknown). In name order.
    QStringList children(const QString &name) const;
    // Every agency below `node`, not the node itself, depth first; "" gives
    // every agency.
    QStringList below(const QString &node) const;
    // 0 at the top.
    int depth(const QString &name) const;
    int size() const { return int(m_agencies.size()); }

private:
    void collect(const QString &node, QStringList &out) const;

    QList<store::AgencyInfo> m_agencies;
    QHash<QString, qsizetype> m_byName;
    QHash<QString, QStringList> m_children;
};

} // namespace nb::collection
