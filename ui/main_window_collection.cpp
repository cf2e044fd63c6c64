// MainWindow's 汇总 menu: the agency tree, the board, and the open report's
// collection status (报送, 退回 and the bar that shows why it was returned).
// Each action's work is in a method returning Status, so tests drive it
// without dialogs; the menu's slots only ask and show.
#include "core/collection/collection_text.h"
#include "ui/agency_manager_dialog.h"
#include "ui/board_window.h"
#include "ui/date_text.h"
#include "ui/main_window.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace nb::ui {

using report::CollectionStatus;

// The tree and the board first, then what is done to the open report; 汇总
// and the comparison with last year join the first group.
void MainWindow::buildCollectionMenu()
{
    m_collectionMenu = menuBar()->addMenu(tr("汇总(&C)"));
    m_collectionMenu->setObjectName(QStringLiteral("collectionMenu"));
    named(m_collectionMenu->addAction(tr("机关管理(&A)…"), this, [this] { showAgencyManager(); }),
          "actionAgencyManager");
    named(m_collectionMenu->addAction(tr("报送情况(&B)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                                      [this] { showBoard(); }),
          "actionBoard");
    addAggregateActions(m_collectionMenu); // main_window_aggregate.cpp
    m_collectionMenu->addSeparator();
    named(m_collectionMenu->addAction(tr("报送(&S)…"), this, &MainWindow::onSubmit), "actionSubmit");
    named(m_collectionMenu->addAction(tr("退回(&T)…"), this, &MainWindow::onReturn), "actionReturn");
}

void MainWindow::buildReturnedBar()
{
    m_returnedBar = new QFrame;
    m_returnedBar->setObjectName(QStringLiteral("returnedBar"));
    m_returnedBar->setStyleSheet(QStringLiteral(
        "QFrame#returnedBar { background: #fff4e0; border-bottom: 1px solid #c77700; }"
        "QFrame#returnedBar QLabel { color: #5c3a00; }"));
    m_returnedText = new QLabel;
    m_returnedText->setWordWrap(true);
    m_returnedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(m_returnedBar);
    row->setContentsMargins(10, 6, 10, 6);
    row->addWidget(m_returnedText, 1);
    m_returnedBar->hide();
}

QString MainWindow::returnedText() const
{
    return m_returnedBar->isVisibleTo(this) ? m_returnedText->text() : QString();
}

// The store keeps submitted/returned beside the report; it is read when the
// report opens, its status changes, or its revision moves (changed elsewhere).
void MainWindow::refreshCollectionState()
{
    m_collectionStatus = CollectionStatus::Missing;
    QString reason;
    if (m_session) {
        auto state = m_store.reportState(m_session->id());
        if (state) {
            m_collectionStatus = state.value().collectionStatus();
            reason = state.value().returnReason;
        } else {
            m_collectionStatus = m_session->isFinal() ? CollectionStatus::Final : CollectionStatus::Draft;
        }
    }
    const bool returned = m_collectionStatus == CollectionStatus::Returned;
    if (returned) {
        // Who returned it and when, as the audit log has it.
        QString by;
        if (auto log = m_store.auditLog(m_session->id()))
            for (const store::AuditEntry &e : log.value())
                if (e.action == QLatin1String("return"))
                    by = tr("（%1，%2）").arg(e.who, date_text::dateTime(e.at.toLocalTime()));
        m_returnedText->setText(tr("上级机关退回了这份报告%1，理由：%2\n请修改后重新定稿并报送；重新定稿后这条提示不再显示。")
                                    .arg(by, reason));
    }
    m_returnedBar->setVisible(returned);
    refreshStatus();
    refreshActions();
}

Status MainWindow::submit()
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    const store::ReportId id = m_session->id();
    if (!m_session->isFinal())
        return Error{QStringLiteral("store.not-final"),
                     tr("%1 %2年的报告还没有定稿，不能报送：请先用“报告 → 定稿”定稿，再报送。").arg(id.agency).arg(id.year)};
    Status s = m_store.submit(id);
    refreshCollectionState();
    if (s)
        statusBar()->showMessage(tr("%1 %2年的报告已报送。").arg(id.agency).arg(id.year), 8000);
    return s;
}

Status MainWindow::returnReport(const QString &reason)
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("store.reason-required"), tr("退回报告需要填写理由。")};
    if (Status s = m_store.returnReport(m_session->id(), reason.trimmed()); !s)
        return s;
    // A draft again: the session reads it now, not at its next look at the store.
    if (Status s = m_session->syncFromStore(); !s)
        return s;
    refreshCollectionState();
    statusBar()->showMessage(tr("报告已退回，理由已记入日志。"), 8000);
    return success();
}

void MainWindow::onSubmit()
{
    if (!m_session)
        return;
    const store::ReportId id = m_session->id();
    if (!m_session->isFinal()) { // said first: there is nothing to ask about
        showError(tr("报送"), submit().error().message);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("报送"), tr("把%1 %2年的报告报送上级机关？").arg(id.agency).arg(id.year),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("submitConfirmation"));
    ask.setInformativeText(tr("报送后本机关不能再撤销定稿；如需修改，要由上级机关退回。报送记入日志。"));
    ask.button(QMessageBox::Yes)->setText(tr("报送"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    if (Status s = submit(); !s)
        showError(tr("报送"), s.error().message);
}

void MainWindow::onReturn()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("退回"), tr("退回%1 %2年报告的理由（必填，报告上会显示，并记入日志）：")
                              .arg(m_session->id().agency).arg(m_session->id().year),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = returnReport(reason); !s)
        showError(tr("退回"), s.error().message);
}

AgencyManagerDialog *MainWindow::showAgencyManager()
{
    if (!m_agencyManager) {
        m_agencyManager = new AgencyManagerDialog(
            m_store, [this](const QString &from, const QString &to) { return renameAnyAgency(from, to); }, this);
        m_agencyManager->setAttribute(Qt::WA_DeleteOnClose);
        // Added, renamed or moved: the switcher and the board list agencies too.
        connect(m_agencyManager, &AgencyManagerDialog::agenciesChanged, this, [this] {
            refreshSwitcher();
            if (m_board)
                static_cast<void>(m_board->refresh());
        });
    }
    m_agencyManager->show();
    m_agencyManager->raise();
    m_agencyManager->activateWindow();
    return m_agencyManager;
}

Status MainWindow::renameAnyAgency(const QString &from, const QString &to)
{
    if (m_session && m_session->id().agency == from)
        return renameAgency(to); // the open report is flushed and reopened under its new name
    if (Status s = m_store.renameAgency(from, to); !s)
        return s;
    renameInRecent(from, to.trimmed());
    return success();
}

BoardWindow *MainWindow::showBoard()
{
    if (!m_board) {
        const int year = m_session ? m_session->id().year : 0;
        m_board = new BoardWindow(m_store, year, this);
        m_board->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_board, &BoardWindow::openRequested, this, [this](const store::ReportId &id) {
            if (openReport(id)) {
                raise();
                activateWindow();
            }
        });
    }
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
    return m_board;
}

} // namespace nb::ui
