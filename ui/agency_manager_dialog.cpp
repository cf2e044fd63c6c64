#include "ui/agency_manager_dialog.h"

#include "core/collection/agency_tree.h"
#include "ui/agency_tree_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace nb::ui {

AgencyManagerDialog::AgencyManagerDialog(store::ReportStore &store, Renamer rename, QWidget *parent)
    : QDialog(parent), m_store(store), m_rename(std::move(rename)), m_model(new AgencyTreeModel(this))
{
    setWindowTitle(tr("机关管理"));
    setObjectName(QStringLiteral("agencyManager"));
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("agencyTree"));
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumWidth(380);

    auto *hint = new QLabel(tr("把机关拖到另一个机关上，或在“上级机关”中选择，即可移动（连同其下级机关）；"
                               "报告跟着机关名称走，移动不影响任何报告。"));
    hint->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("agencyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QVBoxLayout;
    side->addWidget(buildSelectedBox());
    side->addWidget(buildAddBox());
    side->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_tree, 3);
    columns->addLayout(side, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // The view asks, the store decides; the tree is read again once the drop is over.
    connect(m_model, &AgencyTreeModel::moveRequested, this,
            [this](const QString &agency, const QString &parent) { static_cast<void>(moveAgency(agency, parent)); },
            Qt::QueuedConnection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AgencyManagerDialog::onSelectionChanged);
    setTabOrder(m_tree, m_name);
    setTabOrder(m_name, m_renameButton);
    setTabOrder(m_renameButton, m_parent);
    setTabOrder(m_parent, m_moveButton);
    setTabOrder(m_moveButton, m_newName);
    setTabOrder(m_newName, m_newKind);
    setTabOrder(m_newKind, m_newParent);
    resize(900, 560);
    if (Status s = reload(); !s)
        m_message->setText(s.error().message);
    onSelectionChanged();
}

QWidget *AgencyManagerDialog::buildSelectedBox()
{
    auto *box = new QGroupBox(tr("选中的机关"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("agencyName"));
    m_renameButton = new QPushButton(tr("改名(&R)"));
    m_renameButton->setObjectName(QStringLiteral("renameAgency"));
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("agencyParent"));
    m_parent->setMinimumContentsLength(12);
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_moveButton = new QPushButton(tr("移动(&M)"));
    m_moveButton->setObjectName(QStringLiteral("moveAgency"));
    auto *form = new QFormLayout(box);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_renameButton);
    auto *parentRow = new QHBoxLayout;
    parentRow->addWidget(m_parent, 1);
    parentRow->addWidget(m_moveButton);
    auto *nameLabel = new QLabel(tr("名称(&N)："));
    nameLabel->setBuddy(m_name);
    auto *parentLabel = new QLabel(tr("上级机关(&P)："));
    parentLabel->setBuddy(m_parent);
    form->addRow(nameLabel, nameRow);
    form->addRow(parentLabel, parentRow);
    connect(m_renameButton, &QPushButton::clicked, this,
            [this] { static_cast<void>(renameAgency(selectedAgency(), m_name->text())); });
    connect(m_name, &QLineEdit::returnPressed, m_renameButton, &QPushButton::click);
    connect(m_moveButton, &QPushButton::clicked, this,
            [this] { static_cast<void>(moveAgency(selectedAgency(), m_parent->currentData().toString())); });
    return box;
}

QWidget *AgencyManagerDialog::buildAddBox()
{
    auto *box = new QGroupBox(tr("新增机关"));
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("newAgencyName"));
    m_newKind = new QComboBox;
    m_newKind->setObjectName(QStringLiteral("newAgencyKind"));
    for (report::AgencyKind kind :
         {report::AgencyKind::Department, report::AgencyKind::Government, report::AgencyKind::Other})
        m_newKind->addItem(AgencyTreeModel::kindText(kind), int(kind));
    m_newParent = new QComboBox;
    m_newParent->setObjectName(QStringLiteral("newAgencyParent"));
    m_newParent->setMinimumContentsLength(12);
    m_newParent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *add = new QPushButton(tr("添加(&A)"));
    add->setObjectName(QStringLiteral("addAgency"));
    auto *form = new QFormLayout(box);
    auto *nameLabel = new QLabel(tr("名称(&E)："));
    nameLabel->setBuddy(m_newName);
    auto *kindLabel = new QLabel(tr("类型(&K)："));
    kindLabel->setBuddy(m_newKind);
    auto *parentLabel = new QLabel(tr("上级机关(&U)："));
    parentLabel->setBuddy(m_newParent);
    form->addRow(nameLabel, m_newName);
    form->addRow(kindLabel, m_newKind);
    form->addRow(parentLabel, m_newParent);
    form->addRow(QString(), add);
    const auto addNew = [this] {
        store::AgencyInfo info{m_newName->text().trimmed(),
                               report::AgencyKind(m_newKind->currentData().toInt()),
                               m_newParent->currentData().toString()};
        if (addAgency(info))
            m_newName->clear();
    };
    connect(add, &QPushButton::clicked, this, addNew);
    connect(m_newName, &QLineEdit::returnPressed, this, addNew);
    return box;
}

Status AgencyManagerDialog::reload()
{
    auto agencies = m_store.agencies();
    if (!agencies)
        return agencies.error();
    const QString selected = selectedAgency();
    m_agencies = agencies.value();
    m_model->reload(m_agencies);
    m_tree->expandAll();
    fillParents(m_newParent, QString(), m_newParent->currentData().toString());
    selectAgency(selected);
    onSelectionChanged();
    return success();
}

void AgencyManagerDialog::fillParents(QComboBox *box, const QString &exclude, const QString &current)
{
    const collection::AgencyTree tree(m_agencies);
    const QStringList cannot = exclude.isEmpty() ? QStringList() : tree.below(exclude) << exclude;
    box->clear();
    box->addItem(tr("（无，最上级）"), QString());
    for (const QString &name : tree.below(QString()))
        if (!cannot.contains(name))
            box->addItem(QString(tree.depth(name) * 2, QLatin1Char(' ')) + name, name);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void AgencyManagerDialog::onSelectionChanged()
{
    const QString agency = selectedAgency();
    const collection::AgencyTree tree(m_agencies);
    const store::AgencyInfo *info = tree.find(agency);
    m_name->setText(agency);
    fillParents(m_parent, agency, info ? info->parent : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_parent),
                       static_cast<QWidget *>(m_renameButton), static_cast<QWidget *>(m_moveButton)})
        w->setEnabled(info != nullptr);
}

void AgencyManagerDialog::selectAgency(const QString &agency)
{
    const QModelIndex index = m_model->indexOf(agency);
    m_tree->setCurrentIndex(index);
    if (index.isValid())
        m_tree->scrollTo(index);
}

QString AgencyManagerDialog::selectedAgency() const
{
    return m_model->agencyAt(m_tree->currentIndex());
}

QString AgencyManagerDialog::message() const
{
    return m_message->text();
}

// Says what happened, reads the tree again after a change, and tells the window.
Status AgencyManagerDialog::done(Status status, const QString &what, const QString &confirmation)
{
    if (!status) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(tr("不能%1：%2").arg(what, status.error().message));
        return status;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(confirmation);
    if (Status s = reload(); !s)
        m_message->setText(s.error().message);
    emit agenciesChanged();
    return status;
}

Status AgencyManagerDialog::addAgency(const store::AgencyInfo &agency)
{
    Status s = done(m_store.addAgency(agency), tr("添加"),
                    agency.parent.isEmpty() ? tr("已添加机关 %1。").arg(agency.name.trimmed())
                                            : tr("已在 %2 之下添加机关 %1。").arg(agency.name.trimmed(), agency.parent));
    if (s)
        selectAgency(agency.name.trimmed());
    return s;
}

Status AgencyManagerDialog::renameAgency(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return done(Error{QStringLiteral("ui.no-agency"), tr("请先在左边选择一个机关。")}, tr("改名"), QString());
    if (to.trimmed() == from)
        return success();
    Status s = done(m_rename(from, to), tr("改名"),
                    tr("机关 %1 已改名为 %2，各年度的报告都已保留。").arg(from, to.trimmed()));
    if (s)
        selectAgency(to.trimmed());
    return s;
}

Status AgencyManagerDialog::moveAgency(const QString &agency, const QString &parent)
{
    if (agency.isEmpty())
        return done(Error{QStringLiteral("ui.no-agency"), tr("请先在左边选择一个机关。")}, tr("移动"), QString());
    Status s = done(m_store.setParent(agency, parent), tr("移动"),
                    parent.isEmpty() ? tr("已把 %1 移到最上级。").arg(agency)
                                     : tr("已把 %1 移到 %2 之下。").arg(agency, parent));
    if (s)
        selectAgency(agency);
    return s;
}

} // namespace nb::ui
