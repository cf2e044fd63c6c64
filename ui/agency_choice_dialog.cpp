#include "ui/agency_choice_dialog.h"

#include "ui/screen_fit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::ui {

AgencyChoiceDialog::AgencyChoiceDialog(const QString &node, const QList<QPair<QString, int>> &agencies,
                                       const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("agencyChoiceDialog"));
    setWindowTitle(tr("选择参与汇总的机关"));
    auto *heading = new QLabel(
        (node.isEmpty() ? tr("勾选要计入汇总的机关。") : tr("勾选%1下要计入汇总的机关。").arg(node))
        + tr("未勾选的机关不计入各项数字，汇总的检查（缺报、未定稿、有错误）也不涉及它们。"));
    heading->setWordWrap(true);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("agencyChoiceFilter"));
    m_filter->setPlaceholderText(tr("按名称筛选"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &AgencyChoiceDialog::applyFilter);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("agencyChoiceList"));
    m_list->setUniformItemSizes(true);
    for (const auto &[name, depth] : agencies) {
        auto *item = new QListWidgetItem(QString(depth * 2, u' ') + name, m_list);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.isEmpty() || chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemChanged, this, &AgencyChoiceDialog::update);

    QPushButton *all = new QPushButton(tr("全选(&A)"));
    all->setObjectName(QStringLiteral("agencyChoiceAll"));
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    QPushButton *none = new QPushButton(tr("全不选(&U)"));
    none->setObjectName(QStringLiteral("agencyChoiceNone"));
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("agencyChoiceCount"));
    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    row->addWidget(m_count);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("汇总选定的机关"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_buttons);
    m_list->setFocus();
    update();
    screen_fit::resizeToFit(this, QSize(480, 560));
}

QStringList AgencyChoiceDialog::checked() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

// 全选/全不选 act on the agencies shown (the filter's), as in a file manager.
void AgencyChoiceDialog::setAllChecked(bool on)
{
    const QSignalBlocker quiet(m_list);
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    update();
}

void AgencyChoiceDialog::update()
{
    const qsizetype n = checked().size();
    m_count->setText(tr("已选 %1 / %2 个").arg(n).arg(m_list->count()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
}

void AgencyChoiceDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!wanted.isEmpty()
                                   && !m_list->item(i)->data(Qt::UserRole).toString().contains(wanted));
}

} // namespace nb::ui
