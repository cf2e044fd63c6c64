#include "ui/import_preview_dialog.h"

#include "core/interchange/report_identity.h"
#include "core/report/agency_name.h"
#include "core/report/check.h"
#include "ui/report_preview.h"
#include "ui/screen_fit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
std::optional<report::Report> previousYear(store::ReportStore &store, const report::Report &r)
{
    auto previous = store.load({r.agencyName, r.year - 1});
    return previous ? std::optional(previous.value()) : std::nullopt;
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(store::ReportStore &store, const interchange::ImportResult &result,
                                         const QString &fileName, Importer importer, QWidget *parent)
    : QDialog(parent), m_store(store), m_report(result.report), m_importer(std::move(importer)), m_fileName(fileName)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("导入预览 — %1").arg(fileName));
    m_preview = new ReportPreview(m_report, previousYear(store, m_report));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_preview);
    split->addWidget(buildDetails(result));
    split->setSizes({600, 220}); // the unreadable cells need room too

    auto *buttons = new QDialogButtonBox;
    m_create = buttons->addButton(tr("创建草稿"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createDraft"));
    m_replace = buttons->addButton(tr("替换现有报告"), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(QStringLiteral("replaceReport"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_create, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_replace, &QPushButton::clicked, this, [this] { submit(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTarget());
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    screen_fit::resizeToFit(this, QSize(1400, 900));
    updateTarget();
}

QWidget *ImportPreviewDialog::buildTarget()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    m_agency = new QLineEdit(m_report.agencyName);
    m_agency->setObjectName(QStringLiteral("importAgency"));
    m_agency->setPlaceholderText(tr("报告中没有找到机关名称，请填写"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("importYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_report.year >= 2000 ? m_report.year : QDate::currentDate().year() - 1);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("人民政府（含办公厅/室）"), int(report::AgencyKind::Government));
    m_kind->addItem(tr("政府部门（部门、局、委等）"), int(report::AgencyKind::Department));
    m_kind->addItem(tr("其他（法律法规授权组织、公共企事业单位等）"), int(report::AgencyKind::Other));
    m_kind->setCurrentIndex(m_kind->findData(int(m_report.agencyKind)));
    m_targetInfo = new QLabel;
    m_targetInfo->setObjectName(QStringLiteral("importTarget"));
    m_targetInfo->setWordWrap(true);
    form->addRow(tr("机关名称："), m_agency);
    form->addRow(tr("机关类别："), m_kind);
    form->addRow(tr("年度："), m_year);
    form->addRow(m_targetInfo);
    connect(m_agency, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_kindChosen) // 人民政府 or not follows from the name until the user chooses
            m_kind->setCurrentIndex(m_kind->findData(int(interchange::kindFromName(name.trimmed()))));
        updateTarget();
    });
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    connect(m_year, &QSpinBox::valueChanged, this, &ImportPreviewDialog::updateTarget);
    return box;
}

QWidget *ImportPreviewDialog::buildDetails(const interchange::ImportResult &result)
{
    const report::Definition &def = m_preview->engine().definition();
    m_unreadable = new QTreeWidget;
    m_unreadable->setObjectName(QStringLiteral("unreadableCells"));
    m_unreadable->setHeaderLabels({tr("单元格"), tr("报告中印的"), tr("原因")});
    m_unreadable->setRootIsDecorated(false);
    for (const interchange::UnreadableCell &u : result.unreadable) {
        const int cell = def.cellIndex(u.cell);
        const QString name = cell >= 0 ? report::checks::cellName(def, cell) : u.cell;
        auto *item = new QTreeWidgetItem(m_unreadable, {name, u.printed.isEmpty() ? tr("（未找到该行）") : u.printed, u.reason});
        item->setToolTip(0, u.cell);
    }
    m_unreadable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_notes = new QListWidget;
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);
    m_notes->addItems(result.notes);
    if (!result.encoding.isEmpty())
        m_notes->addItem(tr("文字编码：%1").arg(result.encoding));
    if (!result.blankCells.isEmpty())
        m_notes->addItem(tr("%n 个单元格印为空白、“—”或“/”，已留空（检查规则按 0 计）。", nullptr,
                            int(result.blankCells.size())));

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("importDetails"));
    tabs->addTab(m_unreadable, tr("无法识别的单元格（%1）").arg(result.unreadable.size()));
    tabs->addTab(m_notes, tr("导入说明（%1）").arg(m_notes->count()));
    if (result.unreadable.isEmpty())
        tabs->setCurrentIndex(1);
    return tabs;
}

QString ImportPreviewDialog::targetText() const
{
    return m_targetInfo->text();
}

report::Report ImportPreviewDialog::reportToStore() const
{
    report::Report r = m_report;
    r.agencyName = m_agency->text().trimmed();
    r.year = m_year->value();
    r.agencyKind = report::AgencyKind(m_kind->currentData().toInt());
    r.status = report::ReportStatus::Draft;
    r.imported = {}; // the layout seen on the web is not part of the draft (as in packages)
    return r;
}

void ImportPreviewDialog::setStartsNextYear(bool on)
{
    m_startsNextYear = on;
    setWindowTitle(on ? tr("从已发布的上年报告开始 — %1").arg(m_fileName) : tr("导入预览 — %1").arg(m_fileName));
    updateTarget();
}

// Which button applies: a new draft, or replacing the report already kept.
void ImportPreviewDialog::updateTarget()
{
    const report::Report r = reportToStore();
    // A name no store takes (control characters, / \ ; ' …) is refused here, saying why, before any button.
    const std::optional<Error> refused = report::AgencyName::check(r.agencyName);
    const bool named = !refused;
    auto existing = named ? m_store.load({r.agencyName, r.year}) : Result<report::Report>(Error{});
    const bool exists = named && existing.ok();
    m_create->setVisible(!exists);
    m_create->setEnabled(named);
    m_replace->setVisible(exists);
    if (m_startsNextYear) {
        m_create->setText(tr("保存%1年报告并开始%2年").arg(r.year).arg(r.year + 1));
        m_replace->setText(tr("替换%1年报告并开始%2年").arg(r.year).arg(r.year + 1));
        const bool nextExists = named && m_store.load({r.agencyName, r.year + 1}).ok();
        QString next;
        if (nextExists)
            next = tr("%1 %2年的报告已经存在，不会覆盖它：请取消，在欢迎页打开它；需要时用“报告 → 用上一年度报告重新结转”。")
                       .arg(r.agencyName).arg(r.year + 1);
        else if (named)
            next = tr("保存后据此新建%1年的报告：上年结转、现行有效件数和文字模板取自这份报告。").arg(r.year + 1);
        m_create->setEnabled(named && !nextExists);
        if (nextExists)
            m_replace->setEnabled(false);
        m_targetInfo->setStyleSheet(QString());
        const QString first = r.agencyName.isEmpty() ? tr("请填写机关名称后再继续。")
                              : refused ? refused->message
                              : !exists ? tr("这是%1 %2年的报告，将保存为草稿。").arg(r.agencyName).arg(r.year)
                              : existing->status == report::ReportStatus::Final
                                  ? tr("%1 %2年的报告已定稿，不能替换；可取消后在欢迎页选“从上一年度报告结转”。").arg(r.agencyName).arg(r.year)
                                  : tr("%1 %2年的报告已经存在：替换前会把现有内容保存为快照。").arg(r.agencyName).arg(r.year);
        m_targetInfo->setText(next.isEmpty() ? first : first + u'\n' + next);
        if (exists && !nextExists)
            m_replace->setEnabled(existing->status != report::ReportStatus::Final);
        return;
    }
    if (r.agencyName.isEmpty())
        m_targetInfo->setText(tr("请填写机关名称后再导入。"));
    else if (refused)
        m_targetInfo->setText(refused->message);
    else if (!exists)
        m_targetInfo->setText(tr("将新建%1 %2年的报告草稿。").arg(r.agencyName).arg(r.year));
    else if (existing->status == report::ReportStatus::Final)
        m_targetInfo->setText(tr("%1 %2年的报告已定稿，不能替换；如需替换，请先重新打开该报告。").arg(r.agencyName).arg(r.year));
    else
        m_targetInfo->setText(tr("%1 %2年的报告已经存在：替换前会把现有内容保存为快照，可在“历史版本”中恢复。")
                                  .arg(r.agencyName).arg(r.year));
    m_replace->setEnabled(exists && existing->status != report::ReportStatus::Final);
    m_targetInfo->setStyleSheet(QString());
}

void ImportPreviewDialog::submit(bool replace)
{
    Status s = m_importer(reportToStore(), replace);
    if (s) {
        m_lastError.clear();
        accept();
        return;
    }
    // Said next to the buttons, not in another dialog: the preview stays to correct the target.
    m_lastError = s.error().message;
    m_targetInfo->setText(tr("没有导入：%1").arg(m_lastError));
    m_targetInfo->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
}

} // namespace nb::ui
