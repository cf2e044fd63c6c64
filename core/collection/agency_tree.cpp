#include "core/collection/agency_tree.h"

#include <algorithm>

namespace nb::collection {

AgencyTree::AgencyTree(const QList<store::AgencyInfo> &agencies) : m_agencies(agencies)
{
    for (qsizetype i = 0; i < m_agencies.size(); ++i)
        m_byName.insert(m_agencies[i].name, i);
    for (const store::AgencyInfo &a : std::as_const(m_agencies))
        m_children[m_byName.contains(a.parent) ? a.parent : QString()] << a.name;
    for (QStringList &list : m_children)
        std::sort(list.begin(), list.end());
}

const store::AgencyInfo *AgencyTree::find(const QString &name) const
{
    auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? nullptr : &m_agencies[*it];
}

QStringList AgencyTree::children(const QString &name) const
{
    return m_children.value(name);
}

void AgencyTree::collect(const QString &node, QStringList &out) const
{
    for (const QString &child : m_children.value(node)) {
        // A stored tree has no cycle (every store refuses one); the check
        // keeps a damaged one from looping.
        if (out.size() > m_agencies.size() || child == node)
            return;
        out << child;
        collect(child, out);
    }
}

QStringList AgencyTree::below(const QString &node) const
{
    QStringList out;
    collect(node, out);
    return out;
}

int AgencyTree::depth(const QString &name) const
{
    int depth = 0;
    for (const store::AgencyInfo *a = find(name); a && !a->parent.isEmpty() && depth <= size(); a = find(a->parent))
        ++depth;
    return depth;
}

} // namespace nb::collection
