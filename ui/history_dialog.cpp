#include "ui/history_dialog.h"

#include "ui/date_text.h"
#include "ui/report_preview.h"
#include "ui/screen_fit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

HistoryDialog::HistoryDialog(store::ReportStore &store, const store::ReportId &id, std::function<Status()> flush,
                             QWidget *parent)
    : QDialog(parent), m_store(store), m_id(id), m_flush(std::move(flush))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("历史版本 — %1 %2年").arg(id.agency).arg(id.year));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setHeaderLabels({tr("时间"), tr("原因")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showSelected);

    m_split = new QSplitter;
    m_split->addWidget(m_list);
    auto *placeholder = new QLabel(tr("选择左侧的一个版本查看其内容。"));
    placeholder->setAlignment(Qt::AlignCenter);
    m_split->addWidget(placeholder);
    m_split->setStretchFactor(1, 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *take = buttons->addButton(tr("保存快照(&S)…"), QDialogButtonBox::ActionRole);
    take->setObjectName(QStringLiteral("takeSnapshot"));
    m_restore = buttons->addButton(tr("恢复此版本(&R)…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreSnapshot"));
    connect(take, &QPushButton::clicked, this, &HistoryDialog::onTakeSnapshot);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::onRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split, 1);
    layout->addWidget(buttons);
    screen_fit::resizeToFit(this, QSize(1400, 850));
    reload();
}

// Newest first: the version one is most likely to want back.
void HistoryDialog::reload()
{
    m_list->clear();
    auto snapshots = m_store.snapshots(m_id);
    if (!snapshots) {
        fail(snapshots.error());
        return;
    }
    QList<store::SnapshotInfo> infos = snapshots.value();
    std::sort(infos.begin(), infos.end(), [](const auto &a, const auto &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.id > b.id;
    });
    for (const store::SnapshotInfo &s : infos) {
        auto *item = new QTreeWidgetItem(m_list, {date_text::dateTime(s.taken), s.reason});
        item->setData(0, kIdRole, s.id);
    }
    m_restore->setEnabled(false);
}

void HistoryDialog::selectRow(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

qint64 HistoryDialog::selectedId() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void HistoryDialog::showSelected()
{
    const qint64 id = selectedId();
    m_restore->setEnabled(id != 0);
    if (!id)
        return;
    auto content = m_store.snapshot(id);
    if (!content) {
        fail(content.error());
        return;
    }
    auto previous = m_store.load({m_id.agency, m_id.year - 1});
    auto *preview = new ReportPreview(content.value(), previous ? std::optional(previous.value()) : std::nullopt);
    preview->setObjectName(QStringLiteral("snapshotPreview"));
    delete m_split->replaceWidget(1, preview);
    m_preview = preview;
}

Status HistoryDialog::takeSnapshot(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("ui.reason"), tr("请填写保存快照的原因。")};
    if (Status s = m_flush(); !s)
        return s;
    auto taken = m_store.takeSnapshot(m_id, reason.trimmed());
    if (!taken)
        return taken.error();
    reload();
    selectRow(0);
    return success();
}

Status HistoryDialog::restoreSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return Error{QStringLiteral("ui.no-snapshot"), tr("请先选择要恢复的版本。")};
    if (Status s = m_flush(); !s)
        return s;
    if (Status s = m_store.restore(id); !s)
        return s;
    emit restored(m_id);
    accept();
    return success();
}

void HistoryDialog::onTakeSnapshot()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("保存快照"), tr("快照的原因（如“报送前”）："),
                                                 QLineEdit::Normal, tr("手动"), &ok);
    if (!ok)
        return;
    if (Status s = takeSnapshot(reason); !s)
        fail(s);
}

void HistoryDialog::onRestore()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("恢复历史版本"),
                              tr("用 %1（%2）的版本替换当前内容？当前内容会先保存为快照。").arg(item->text(0), item->text(1)))
        != QMessageBox::Yes)
        return;
    if (Status s = restoreSelected(); !s)
        fail(s);
}

void HistoryDialog::fail(const Status &status)
{
    m_lastError = status.error().message;
    if (isVisible())
        QMessageBox::warning(this, windowTitle(), m_lastError);
}

} // namespace nb::ui
