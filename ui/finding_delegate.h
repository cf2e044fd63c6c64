#pragma once
// Draws one finding of the findings list across the whole row: the severity
// icon, "错误 R3-BALANCE" in bold, and under it the whole message, wrapped to
// the panel's width however narrow it is (a 1366×768 screen leaves it little).
// The item keeps severity, rule and message in columns 0, 1 and 2. A "?" at
// the end of the heading opens the rule's entry in the manual.
#include <QStyledItemDelegate>
#include <functional>

class QTreeView;

namespace nb::ui {

class FindingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit FindingDelegate(QTreeView *tree);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Called with the finding's index when its "?" is clicked.
    void setHelpHandler(std::function<void(const QModelIndex &)> handler) { m_help = std::move(handler); }
    // Where the "?" of a finding's row is drawn (view coordinates), for tests.
    QRect helpRect(const QModelIndex &index) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout {
        QRect icon, heading, help, message;
    };
    static bool isFinding(const QModelIndex &index) { return index.parent().isValid(); }
    Layout layout(const QRect &row, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int rowWidth(const QModelIndex &index) const;
    int margin() const;

    QTreeView *m_tree;
    QObject *m_viewport;
    std::function<void(const QModelIndex &)> m_help;
};

} // namespace nb::ui
