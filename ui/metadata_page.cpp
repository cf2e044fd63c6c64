#include "ui/metadata_page.h"

#include "ui/date_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nb::ui {

using report::AgencyKind;

MetadataPage::MetadataPage(session::DraftSession *session, QWidget *parent) : SectionPage(parent), m_session(session)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("sectionHeading"));
    m_title->setWordWrap(true);
    m_agency = new QLabel;
    m_year = new QLabel;
    m_kind = new QComboBox;
    m_kind->addItem(tr("人民政府（含办公厅/室）"), int(AgencyKind::Government));
    m_kind->addItem(tr("政府部门（部门、局、委等）"), int(AgencyKind::Department));
    m_kind->addItem(tr("其他（法律法规授权组织、公共企事业单位等）"), int(AgencyKind::Other));
    m_number = new QLineEdit;
    m_number->setPlaceholderText(tr("例如：示府办〔2024〕1号（可不填）"));
    m_published = new QCheckBox(tr("已确定发布日期"));
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(date_text::dateEditFormat());
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_published);
    dateRow->addWidget(m_date);
    dateRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("机关名称"), m_agency);
    form->addRow(tr("机关类型"), m_kind);
    form->addRow(tr("统计年度"), m_year);
    form->addRow(tr("文号"), m_number);
    form->addRow(tr("发布日期"), dateRow);
    auto *hint = new QLabel(tr("统计期间为该年度1月1日至12月31日。部门应于次年1月31日前、人民政府应于次年3月31日前公布年度报告。"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();

    refresh();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MetadataPage::apply);
    connect(m_number, &QLineEdit::editingFinished, this, &MetadataPage::apply);
    connect(m_published, &QCheckBox::toggled, this, &MetadataPage::apply);
    connect(m_date, &QDateEdit::dateChanged, this, &MetadataPage::apply);
    connect(session, &session::DraftSession::reloaded, this, &MetadataPage::refresh);
    connect(session, &session::DraftSession::statusChanged, this, &MetadataPage::refresh);
}

void MetadataPage::enter() { m_kind->setFocus(Qt::OtherFocusReason); }

void MetadataPage::refresh()
{
    m_updating = true;
    const report::Report &meta = m_session->engine().meta();
    m_title->setText(m_session->definition().title(meta.agencyName, meta.year));
    m_agency->setText(meta.agencyName);
    m_year->setText(tr("%1年").arg(meta.year));
    m_kind->setCurrentIndex(m_kind->findData(int(meta.agencyKind)));
    m_number->setText(meta.documentNumber);
    m_published->setChecked(meta.publishDate.isValid());
    m_date->setDate(meta.publishDate.isValid() ? meta.publishDate : QDate(meta.year + 1, 1, 31));
    m_date->setEnabled(meta.publishDate.isValid());
    const bool editable = !m_session->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_number),
                       static_cast<QWidget *>(m_published)})
        w->setEnabled(editable);
    m_date->setEnabled(editable && meta.publishDate.isValid());
    m_updating = false;
}

void MetadataPage::apply()
{
    if (m_updating)
        return;
    m_date->setEnabled(m_published->isChecked());
    const QDate date = m_published->isChecked() ? m_date->date() : QDate();
    Status s = m_session->setDocumentInfo(AgencyKind(m_kind->currentData().toInt()), m_number->text().trimmed(), date);
    if (!s) {
        emit message(s.error().message);
        refresh();
    }
}

} // namespace nb::ui
