#pragma once
// 选择机关: which of the agencies below a node an aggregate sums. A checkable
// list in the tree's order (indented by depth), all checked at first or as
// chosen before; 全选 and 全不选, a filter by name, and how many are chosen.
// 确定 needs at least one.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace nb::ui {

class AgencyChoiceDialog : public QDialog {
    Q_OBJECT
public:
    // `agencies` in the tree's order with their depth below the node (0 for
    // a child of it); `chosen` those checked (none: all); `node` names the node ("" for 全部机关).
    AgencyChoiceDialog(const QString &node, const QList<QPair<QString, int>> &agencies, const QStringList &chosen,
                       QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }
    // The checked agencies, in the tree's order.
    QStringList checked() const;
    void setAllChecked(bool on);

private:
    void update();
    void applyFilter(const QString &text);

    QListWidget *m_list;
    QLineEdit *m_filter;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace nb::ui
