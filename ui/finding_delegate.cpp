#include "ui/finding_delegate.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTreeView>

namespace nb::ui {

namespace {
QString headingOf(const QModelIndex &index)
{
    return index.data().toString() + QLatin1Char(' ') + index.siblingAtColumn(1).data().toString();
}
QString messageOf(const QModelIndex &index) { return index.siblingAtColumn(2).data().toString(); }
QFont bold(QFont f)
{
    f.setBold(true);
    return f;
}
} // namespace

FindingDelegate::FindingDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree), m_viewport(tree->viewport())
{
    m_viewport->installEventFilter(this); // a new width wraps the messages anew
}

bool FindingDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Events reach here while the tree is being destroyed too: compare with
    // the viewport remembered, never ask the tree.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        QMetaObject::invokeMethod(m_tree, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    return QStyledItemDelegate::eventFilter(watched, event);
}

int FindingDelegate::margin() const { return m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 2; }

// QTreeView asks for a row's height without its width: the row spans the
// viewport, less the indentation of its depth.
int FindingDelegate::rowWidth(const QModelIndex &index) const
{
    int depth = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    return m_tree->viewport()->width() - depth * m_tree->indentation();
}

FindingDelegate::Layout FindingDelegate::layout(const QRect &row, const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    const int m = margin();
    const int iconSide = m_tree->iconSize().isValid() ? m_tree->iconSize().height()
                                                      : m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize);
    const int textLeft = row.left() + m + iconSide + m;
    const int textWidth = std::max(1, row.right() - m - textLeft);
    const QFontMetrics headingMetrics(bold(option.font));
    const int helpSide = headingMetrics.height();
    const QRect heading(textLeft, row.top() + m, std::max(1, textWidth - helpSide - m), headingMetrics.height());
    const QRect wrapped = option.fontMetrics.boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap,
                                                         messageOf(index));
    Layout l;
    l.icon = QRect(row.left() + m, heading.top() + (heading.height() - iconSide) / 2, iconSide, iconSide);
    l.heading = heading;
    l.help = QRect(textLeft + textWidth - helpSide, heading.top(), helpSide, helpSide);
    l.message = QRect(textLeft, heading.bottom() + 1 + m / 2, textWidth, wrapped.height());
    return l;
}

QSize FindingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isFinding(index))
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = rowWidth(index);
    const Layout l = layout(QRect(0, 0, width, 0), option, index);
    return QSize(width, l.message.bottom() + 1 + margin());
}

void FindingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isFinding(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QIcon icon = opt.icon;
    opt.text.clear(); // the background, selection and focus frame only
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    m_tree->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, m_tree);
    QRect row = option.rect; // a spanned row may be drawn wider than the viewport: wrap to what is seen
    row.setRight(std::min(row.right(), m_tree->viewport()->width() - 1));
    const Layout l = layout(row, option, index);
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    painter->save();
    painter->setPen(option.palette.color(group, option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                       : QPalette::Text));
    icon.paint(painter, l.icon);
    painter->setFont(bold(option.font));
    painter->drawText(l.heading, Qt::AlignLeft | Qt::AlignVCenter, headingOf(index));
    painter->setFont(option.font);
    painter->drawText(l.message, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, messageOf(index));
    // The "?" in a ring: the rule's entry in the manual.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->drawEllipse(QRectF(l.help).adjusted(1.5, 1.5, -1.5, -1.5));
    painter->setFont(bold(option.font));
    painter->drawText(l.help, Qt::AlignCenter, QStringLiteral("?"));
    painter->restore();
}

QRect FindingDelegate::helpRect(const QModelIndex &index) const
{
    if (!isFinding(index))
        return {};
    QRect row = m_tree->visualRect(index.siblingAtColumn(0)); // the spanned row
    row.setRight(std::min(row.right(), m_tree->viewport()->width() - 1));
    QStyleOptionViewItem option;
    option.initFrom(m_tree);
    option.font = m_tree->font();
    option.fontMetrics = QFontMetrics(option.font);
    return layout(row, option, index).help;
}

bool FindingDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (m_help && isFinding(index) && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QRect row = option.rect;
        row.setRight(std::min(row.right(), m_tree->viewport()->width() - 1));
        if (mouse->button() == Qt::LeftButton && layout(row, option, index).help.contains(mouse->position().toPoint())) {
            m_help(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace nb::ui
