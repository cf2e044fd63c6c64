#include "ui/welcome_page.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

using report::AgencyKind;

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("政府信息公开工作年度报告"));
    title->setObjectName(QStringLiteral("sectionHeading"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setHeaderLabels({tr("机关"), tr("年度"), tr("状态"), tr("最后修改")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *existing = new QGroupBox(tr("已有的报告（双击打开）"));
    (new QVBoxLayout(existing))->addWidget(m_list);

    m_agency = new QComboBox;
    m_agency->setEditable(true);
    m_agency->setObjectName(QStringLiteral("agencyName"));
    m_agency->lineEdit()->setPlaceholderText(tr("例如：示例市人民政府"));
    m_kind = new QComboBox;
    m_kind->addItem(tr("人民政府（含办公厅/室）"), int(AgencyKind::Government));
    m_kind->addItem(tr("政府部门（部门、局、委等）"), int(AgencyKind::Department));
    m_kind->addItem(tr("其他（法律法规授权组织、公共企事业单位等）"), int(AgencyKind::Other));
    m_year = new QSpinBox;
    m_year->setRange(2021, 2100);
    m_year->setValue(std::max(2021, QDate::currentDate().year() - 1));
    m_empty = new QRadioButton(tr("空白报告"));
    m_fromPrevious = new QRadioButton(tr("从上一年度报告结转（上年结转、现行有效件数、文字待修改）"));
    m_empty->setChecked(true);
    auto *create = new QPushButton(tr("创建报告"));
    create->setObjectName(QStringLiteral("createReport"));
    create->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("机关名称"), m_agency);
    form->addRow(tr("机关类型"), m_kind);
    form->addRow(tr("统计年度"), m_year);
    form->addRow(m_empty);
    form->addRow(m_fromPrevious);
    form->addRow(create);
    auto *fresh = new QGroupBox(tr("新建年度报告"));
    fresh->setLayout(form);

    auto *columns = new QHBoxLayout;
    columns->addWidget(existing, 3);
    columns->addWidget(fresh, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns);

    connect(create, &QPushButton::clicked, this, &WelcomePage::submit);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested({item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toInt()});
    });
}

void WelcomePage::setReports(const QList<store::ReportSummary> &reports)
{
    m_list->clear();
    QStringList agencies;
    for (const store::ReportSummary &s : reports) {
        auto *item = new QTreeWidgetItem(m_list, {s.id.agency, QString::number(s.id.year),
                                                   s.status == report::ReportStatus::Final ? tr("定稿") : tr("草稿"),
                                                   QLocale().toString(s.updated, QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, s.id.agency);
        item->setData(1, Qt::UserRole, s.id.year);
        if (!agencies.contains(s.id.agency))
            agencies << s.id.agency;
    }
    const QString typed = m_agency->currentText();
    m_agency->clear();
    m_agency->addItems(agencies);
    m_agency->setCurrentText(typed.isEmpty() ? agencies.value(0) : typed);
}

void WelcomePage::submit()
{
    report::Report r;
    r.agencyName = m_agency->currentText().trimmed();
    r.agencyKind = AgencyKind(m_kind->currentData().toInt());
    r.year = m_year->value();
    emit createRequested(r, m_fromPrevious->isChecked());
}

} // namespace nb::ui
