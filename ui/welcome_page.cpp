#include "ui/welcome_page.h"

#include "ui/date_text.h"

#include <QButtonGroup>
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
    m_kind->setObjectName(QStringLiteral("agencyKind"));
    m_kind->addItem(tr("人民政府（含办公厅/室）"), int(AgencyKind::Government));
    m_kind->addItem(tr("政府部门（部门、局、委等）"), int(AgencyKind::Department));
    m_kind->addItem(tr("其他（法律法规授权组织、公共企事业单位等）"), int(AgencyKind::Other));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(2021, 2100);
    m_year->setValue(std::max(2021, QDate::currentDate().year() - 1));
    m_empty = new QRadioButton(tr("空白报告"));
    m_empty->setObjectName(QStringLiteral("createEmpty"));
    m_fromPrevious = new QRadioButton(tr("从上一年度报告结转（上年结转、现行有效件数、文字待修改）"));
    m_fromPrevious->setObjectName(QStringLiteral("createFromPrevious"));
    m_fromPublished = new QRadioButton(tr("从已发布的上年报告开始（PDF、网页或网页文字：先导入上年报告，再结转）"));
    m_fromPublished->setObjectName(QStringLiteral("createFromPublished"));
    auto *ways = new QButtonGroup(this);
    for (QRadioButton *b : {m_empty, m_fromPrevious, m_fromPublished}) {
        ways->addButton(b);
        // Long labels wrap instead of widening the form.
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    }
    m_empty->setChecked(true);
    m_previousHint = new QLabel;
    m_previousHint->setObjectName(QStringLiteral("previousHint"));
    m_previousHint->setWordWrap(true);
    m_previousHint->setEnabled(false); // greyed: it explains, it is not a control
    m_create = new QPushButton(tr("创建报告"));
    m_create->setObjectName(QStringLiteral("createReport"));
    m_create->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("机关名称"), m_agency);
    form->addRow(tr("机关类型"), m_kind);
    form->addRow(tr("统计年度"), m_year);
    form->addRow(m_empty);
    form->addRow(m_fromPrevious);
    form->addRow(m_previousHint);
    form->addRow(m_fromPublished);
    form->addRow(m_create);
    auto *fresh = new QGroupBox(tr("新建年度报告"));
    fresh->setLayout(form);

    auto *columns = new QHBoxLayout;
    columns->addWidget(existing, 3);
    columns->addWidget(fresh, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns);

    connect(m_create, &QPushButton::clicked, this, &WelcomePage::submit);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested({item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toInt()});
    });
    connect(m_agency, &QComboBox::currentTextChanged, this, &WelcomePage::onAgencyChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &WelcomePage::onYearChanged);
    connect(ways, &QButtonGroup::buttonToggled, this, &WelcomePage::updateCreateButton);
    onYearChanged();
}

void WelcomePage::setReports(const QList<store::ReportSummary> &reports)
{
    m_reports = reports;
    m_list->clear();
    QStringList agencies;
    const store::ReportSummary *latest = nullptr; // the report changed most recently
    for (const store::ReportSummary &s : reports) {
        auto *item = new QTreeWidgetItem(m_list, {s.id.agency, QString::number(s.id.year),
                                                   s.status == report::ReportStatus::Final ? tr("定稿") : tr("草稿"),
                                                   date_text::dateTime(s.updated)});
        item->setData(0, Qt::UserRole, s.id.agency);
        item->setData(1, Qt::UserRole, s.id.year);
        if (!agencies.contains(s.id.agency))
            agencies << s.id.agency;
        // Changed most recently; of reports changed at the same moment, the latest year.
        if (!latest || std::pair(s.updated, s.id.year) > std::pair(latest->updated, latest->id.year))
            latest = &s;
    }
    const QString typed = m_agency->currentText();
    m_filling = true;
    m_agency->clear();
    m_agency->addItems(agencies);
    m_filling = false;
    m_agency->setCurrentText(QString()); // a change is signalled even when the same name comes back
    m_agency->setCurrentText(!typed.isEmpty() ? typed : latest ? latest->id.agency : QString());
}

bool WelcomePage::hasReport(const QString &agency, int year) const
{
    return std::any_of(m_reports.begin(), m_reports.end(),
                       [&](const store::ReportSummary &s) { return s.id.agency == agency && s.id.year == year; });
}

// A known agency: its next year and its kind.
void WelcomePage::onAgencyChanged()
{
    if (m_filling)
        return;
    const QString agency = m_agency->currentText().trimmed();
    const store::ReportSummary *newest = nullptr;
    for (const store::ReportSummary &s : m_reports)
        if (s.id.agency == agency && (!newest || s.id.year > newest->id.year))
            newest = &s;
    if (newest) {
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(newest->kind))));
        m_year->setValue(std::clamp(newest->id.year + 1, m_year->minimum(), m_year->maximum()));
    }
    onYearChanged();
}

// Carrying forward needs last year's report: offered, and chosen, when it is there.
void WelcomePage::onYearChanged()
{
    const QString agency = m_agency->currentText().trimmed();
    const int year = m_year->value();
    const bool previous = !agency.isEmpty() && hasReport(agency, year - 1);
    m_fromPrevious->setEnabled(previous);
    if (previous && m_empty->isChecked())
        m_fromPrevious->setChecked(true);
    else if (!previous && m_fromPrevious->isChecked())
        m_empty->setChecked(true);
    m_previousHint->setText(previous || agency.isEmpty()
                                ? QString()
                                : tr("数据库中没有“%1”%2年的报告；如有已发布的上年报告，可选下面一项。").arg(agency).arg(year - 1));
    m_previousHint->setVisible(!m_previousHint->text().isEmpty());
    updateCreateButton();
}

void WelcomePage::updateCreateButton()
{
    m_create->setText(m_fromPublished->isChecked() ? tr("选择上年报告文件…") : tr("创建报告"));
}

void WelcomePage::submit()
{
    report::Report r;
    r.agencyName = m_agency->currentText().trimmed();
    r.agencyKind = AgencyKind(m_kind->currentData().toInt());
    r.year = m_year->value();
    if (m_fromPublished->isChecked())
        emit startFromPublishedRequested(r);
    else
        emit createRequested(r, m_fromPrevious->isChecked());
}

} // namespace nb::ui
