#include "ui/compare_window.h"

#include "core/collection/compare_export.h"
#include "core/render/html_pdf.h"
#include "ui/report_export.h"
#include "ui/screen_fit.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
QTableWidget *readOnlyTable(const QStringList &header)
{
    auto *t = new QTableWidget(0, int(header.size()));
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false); // Tab leaves the table, as in any dialog
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    return t;
}
} // namespace

CompareWindow::CompareWindow(const collection::Comparison &comparison, QWidget *parent)
    : QWidget(parent, Qt::Window), m_comparison(comparison)
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(collection::comparisonTitle(comparison));
    auto *summary = new QLabel(tr("%1：共 %2 个单元格，其中 %3 个与上年不同；变化大的在前。")
                                   .arg(collection::comparisonTitle(comparison))
                                   .arg(comparison.cells.size())
                                   .arg(comparison.changedCells()));
    summary->setWordWrap(true);
    m_changedOnly = new QCheckBox(tr("只显示有变化的单元格(&C)"));
    m_changedOnly->setObjectName(QStringLiteral("compareChangedOnly"));
    connect(m_changedOnly, &QCheckBox::toggled, this, &CompareWindow::showChangedOnly);
    auto *exportButton = new QPushButton(tr("导出(&E)…"));
    exportButton->setObjectName(QStringLiteral("compareExport"));
    connect(exportButton, &QPushButton::clicked, this, &CompareWindow::onExport);
    auto *close = new QPushButton(tr("关闭"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *closeKey = new QAction(this);
    closeKey->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(closeKey, &QAction::triggered, this, &QWidget::close);
    addAction(closeKey);

    m_cells = readOnlyTable(collection::comparisonHeader());
    m_cells->setObjectName(QStringLiteral("compareCells"));
    m_texts = readOnlyTable({tr("部分"), tr("与上年的相似度")});
    m_texts->setObjectName(QStringLiteral("compareTexts"));
    fillCells();
    fillTexts();

    auto *top = new QHBoxLayout;
    top->addWidget(m_changedOnly);
    top->addStretch(1);
    top->addWidget(exportButton);
    top->addWidget(close);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_cells);
    split->addWidget(m_texts);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    screen_fit::resizeToFit(this, QSize(1200, 800));
    m_cells->setFocus();
}

void CompareWindow::fillCells()
{
    m_cells->setRowCount(int(m_comparison.cells.size()));
    for (int r = 0; r < m_comparison.cells.size(); ++r) {
        const QStringList fields = collection::comparisonFields(m_comparison.cells[r]);
        for (int c = 0; c < fields.size(); ++c) {
            auto *item = new QTableWidgetItem(fields[c]);
            if (c >= 3) // the figures
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_cells->setItem(r, c, item);
        }
    }
    m_cells->resizeColumnsToContents();
    m_cells->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (m_cells->rowCount() > 0)
        m_cells->setCurrentCell(0, 0);
}

void CompareWindow::fillTexts()
{
    m_texts->setRowCount(int(m_comparison.texts.size()));
    for (int r = 0; r < m_comparison.texts.size(); ++r) {
        const collection::TextChange &t = m_comparison.texts[r];
        m_texts->setItem(r, 0, new QTableWidgetItem(t.heading));
        m_texts->setItem(r, 1, new QTableWidgetItem(collection::similarityText(t)));
    }
    m_texts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_texts->resizeColumnToContents(1);
}

void CompareWindow::showChangedOnly(bool on)
{
    for (int r = 0; r < m_comparison.cells.size(); ++r)
        m_cells->setRowHidden(r, on && m_comparison.cells[r].change.isZero());
}

Status CompareWindow::exportTo(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return report_export::writeBytes(path, collection::comparisonCsv(m_comparison));
    const QString page = collection::comparisonHtml(m_comparison);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return report_export::writeBytes(path, page.toUtf8());
    if (suffix == QLatin1String("pdf"))
        return render::htmlToPdf(page, collection::comparisonTitle(m_comparison), path);
    return Error{QStringLiteral("ui.format"), tr("不认识的文件类型“%1”：请用 .html、.pdf 或 .csv。").arg(suffix)};
}

void CompareWindow::onExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("导出对比"), collection::comparisonTitle(m_comparison) + QStringLiteral(".html"),
                                                      tr("网页 (*.html);;PDF (*.pdf);;CSV 表格 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        QMessageBox::warning(this, tr("导出对比"), s.error().message);
}

} // namespace nb::ui
