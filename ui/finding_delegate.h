#pragma once
// Draws one finding of the findings list across the whole row: the severity
// icon, "错误 R3-BALANCE" in bold, and under it the whole message, wrapped to
// the panel's width however narrow it is (a 1366×768 screen leaves it little).
// The item keeps severity, rule and message in columns 0, 1 and 2.
#include <QStyledItemDelegate>

class QTreeView;

namespace nb::ui {

class FindingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit FindingDelegate(QTreeView *tree);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Layout {
        QRect icon, heading, message;
    };
    static bool isFinding(const QModelIndex &index) { return index.parent().isValid(); }
    Layout layout(const QRect &row, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int rowWidth(const QModelIndex &index) const;
    int margin() const;

    QTreeView *m_tree;
    QObject *m_viewport;
};

} // namespace nb::ui
