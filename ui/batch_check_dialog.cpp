#include "ui/batch_check_dialog.h"

#include "ui/severity_style.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

using report::Severity;

namespace {
QColor ink(Severity s)
{
    return s == Severity::Error ? QColor(0xb0, 0x00, 0x20) : s == Severity::Warning ? QColor(0x8a, 0x5a, 0x00) : QColor(0x1d, 0x5f, 0xa6);
}

QString word(Severity s)
{
    return s == Severity::Error ? BatchCheckDialog::tr("错误") : s == Severity::Warning ? BatchCheckDialog::tr("警告")
                                                                                       : BatchCheckDialog::tr("提示");
}
} // namespace

BatchCheckDialog::BatchCheckDialog(const QStringList &files, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("batchCheckDialog"));
    setWindowTitle(tr("批量检查已发布的报告"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_results = new QTreeWidget;
    m_results->setObjectName(QStringLiteral("batchResults"));
    m_results->setHeaderLabels({tr("文件"), tr("机关"), tr("年度"), tr("错误"), tr("警告"), tr("提示"), tr("未能读取的单元格")});
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("保存审查报告…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveReview"));
    connect(m_save, &QPushButton::clicked, this, &BatchCheckDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Sized from the screen it opens on, so that it fits a 1366×768 desktop too.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1200, screen.width() * 9 / 10), std::min(800, screen.height() * 9 / 10));

    checkAll(files);
}

void BatchCheckDialog::checkAll(const QStringList &files)
{
    QProgressDialog progress(tr("正在检查…"), tr("停止"), 0, int(files.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (qsizetype i = 0; i < files.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(int(i));
        addRow(m_review.check(files[i]));
    }
    progress.setValue(int(files.size()));
    int errors = 0, warnings = 0, unusable = 0;
    for (const auto &r : m_review.reports()) {
        unusable += r.error.isEmpty() ? 0 : 1;
        errors += r.count(Severity::Error) > 0 ? 1 : 0;
        warnings += r.count(Severity::Error) == 0 && r.count(Severity::Warning) > 0 ? 1 : 0;
    }
    m_summary->setText(tr("检查了 %1 个文件：有错误的 %2 个，只有警告的 %3 个，无法读取的 %4 个。选中一行可看到各条问题及其引用的原文。")
                           .arg(m_review.reports().size())
                           .arg(errors)
                           .arg(warnings)
                           .arg(unusable));
    for (int c = 1; c < m_results->columnCount(); ++c)
        m_results->resizeColumnToContents(c);
    m_results->setColumnWidth(0, std::max(m_results->columnWidth(0), 260));
    m_save->setEnabled(!m_review.reports().empty());
}

void BatchCheckDialog::addRow(const interchange::ReviewedReport &r)
{
    auto *item = new QTreeWidgetItem(m_results);
    item->setText(0, QFileInfo(r.file).fileName());
    item->setToolTip(0, r.file);
    if (!r.error.isEmpty()) {
        item->setText(1, tr("无法读取"));
        item->setForeground(1, ink(Severity::Error));
        item->setIcon(0, severity_style::icon(Severity::Error));
        auto *why = new QTreeWidgetItem(item, {r.error});
        why->setFirstColumnSpanned(true);
        return;
    }
    item->setText(1, r.agency);
    item->setText(2, QString::number(r.year));
    for (auto [column, severity] : {std::pair{3, Severity::Error}, {4, Severity::Warning}, {5, Severity::Info}}) {
        const int n = r.count(severity);
        item->setText(column, QString::number(n));
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (n > 0)
            item->setForeground(column, ink(severity));
    }
    if (!r.findings.empty())
        item->setIcon(0, severity_style::icon(r.count(Severity::Error) ? Severity::Error
                                              : r.count(Severity::Warning) ? Severity::Warning : Severity::Info));
    item->setText(6, QString::number(r.unreadableCells));
    item->setTextAlignment(6, Qt::AlignRight | Qt::AlignVCenter);
    for (const report::Finding &f : r.findings) {
        const QString text = word(f.severity) + u' ' + f.rule + QStringLiteral("：") + f.message
                           + (f.quote.isEmpty() ? QString() : tr("\n原文：“%1”").arg(f.quote));
        auto *child = new QTreeWidgetItem(item, {text});
        child->setFirstColumnSpanned(true);
        child->setForeground(0, ink(f.severity));
        child->setIcon(0, severity_style::icon(f.severity));
        child->setToolTip(0, text);
    }
}

Status BatchCheckDialog::saveReport(const QString &path)
{
    Status s = m_review.write(path);
    m_status->setText(s ? tr("审查报告已保存：%1").arg(path) : tr("没有保存：%1").arg(s.error().message));
    m_status->setStyleSheet(s ? QString() : QStringLiteral("color: #b00020; font-weight: bold"));
    return s;
}

QString BatchCheckDialog::statusText() const
{
    return m_status->text();
}

void BatchCheckDialog::onSave()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("保存审查报告"), tr("审查报告.html"),
                                                      tr("网页 (*.html);;表格 (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (!interchange::ReviewReport::supportsPath(target))
        target += filter.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".html");
    (void)saveReport(target); // the outcome is shown beside the buttons
}

} // namespace nb::ui
