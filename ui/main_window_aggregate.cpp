// MainWindow's 汇总 entries: the aggregate window (汇总…) and the open report
// against last year's (对比上年…). 查看构成's chosen line comes back here to
// open that agency's report at that cell.
#include "core/collection/compare.h"
#include "ui/aggregate_window.h"
#include "ui/compare_window.h"
#include "ui/main_window.h"
#include "ui/report_editor.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace nb::ui {

// 汇总… and 对比上年… in the menu 汇总(&C), between the board and 报送/退回.
void MainWindow::addAggregateActions(QMenu *menu)
{
    QAction *aggregate = menu->addAction(tr("汇总(&G)…"), this, [this] { showAggregate(); });
    aggregate->setObjectName(QStringLiteral("actionAggregate"));
    QAction *compare = menu->addAction(tr("对比上年(&P)…"), this, [this] {
        if (auto shown = showCompare(); !shown)
            statusBar()->showMessage(shown.error().message, 8000);
    });
    compare->setObjectName(QStringLiteral("actionCompare"));
}

AggregateWindow *MainWindow::showAggregate()
{
    if (!m_aggregateWindow) {
        m_aggregateWindow = new AggregateWindow(m_store, this);
        m_aggregateWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_aggregateWindow, &AggregateWindow::openReportRequested, this, &MainWindow::openReportAt);
        // The node and year of the open report when it has agencies below it.
        if (m_session)
            m_aggregateWindow->choose(m_session->id().agency, m_session->id().year);
    }
    m_aggregateWindow->show();
    m_aggregateWindow->raise();
    m_aggregateWindow->activateWindow();
    return m_aggregateWindow;
}

bool MainWindow::openReportAt(const store::ReportId &id, const QString &cellKey)
{
    if (!openReport(id))
        return false;
    m_editor->showCell(cellKey);
    raise();
    activateWindow();
    return true;
}

Result<CompareWindow *> MainWindow::showCompare()
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    const store::ReportId id = m_session->id();
    auto previous = m_store.load({id.agency, id.year - 1});
    if (!previous)
        return Error{QStringLiteral("ui.no-previous"), tr("%1 没有 %2 年的报告，无从对比。").arg(id.agency).arg(id.year - 1)};
    auto *window = new CompareWindow(
        collection::compare(m_session->engine().report(), previous.value(), m_session->definition()), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace nb::ui
