// The window and its database: File → 打开数据库… (a file, or a server shared
// by an office), and what the window says about the server — connected, or
// not, with the edits kept on this computer until it is back.
#include "core/store/store_link.h"
#include "ui/main_window.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace nb::ui {

namespace {
const char *const kDatabase = "database/address";

DatabaseOpener &opener()
{
    static DatabaseOpener instance;
    return instance;
}

// Owns the store of a window opened on another database; a child of the
// window, so it goes after the window's report (which writes on closing).
class StoreHolder : public QObject {
public:
    StoreHolder(std::unique_ptr<store::ReportStore> store, QObject *parent) : QObject(parent), m_store(std::move(store)) {}

private:
    std::unique_ptr<store::ReportStore> m_store;
};
} // namespace

void MainWindow::setDatabaseOpener(DatabaseOpener open)
{
    opener() = std::move(open);
}

QString MainWindow::rememberedDatabase()
{
    return QSettings().value(QLatin1String(kDatabase)).toString();
}

void MainWindow::setDatabaseAddress(const QString &address)
{
    m_address = address;
    refreshServerState();
}

void MainWindow::buildServerState()
{
    m_serverState = new QLabel;
    m_serverState->setObjectName(QStringLiteral("serverState"));
    statusBar()->addPermanentWidget(m_serverState);
    if (store::StoreLink *link = m_store.link())
        connect(link, &store::StoreLink::stateChanged, this, [this] {
            refreshServerState();
            refreshSaveProblem();
        });
    refreshServerState();
}

void MainWindow::refreshServerState()
{
    store::StoreLink *link = m_store.link();
    m_serverState->setVisible(link != nullptr);
    if (!link)
        return;
    const bool online = link->state() == store::StoreLink::State::Online;
    if (online && link->unsentEdits() == 0)
        m_serverState->setText(tr("服务器：已连接"));
    else if (online)
        m_serverState->setText(tr("服务器：正在上传 %n 项修改", nullptr, link->unsentEdits()));
    else
        m_serverState->setText(tr("服务器：连不上，%n 项修改暂存本机", nullptr, link->unsentEdits()));
    m_serverState->setStyleSheet(online ? QString() : QStringLiteral("color: #b00020; font-weight: bold"));
    m_serverState->setToolTip(link->where());
}

QString MainWindow::serverStateText() const
{
    return m_serverState && m_serverState->isVisible() ? m_serverState->text() : QString();
}

QStringList MainWindow::serverProblemLines() const
{
    QStringList lines;
    store::StoreLink *link = m_store.link();
    if (!link)
        return lines;
    if (link->state() == store::StoreLink::State::Offline)
        lines << tr("连不上数据库服务器（%1）。可以继续填写：修改先保存在本机（%n 项），连上后按顺序自动上传。定稿、报送等操作要等连上以后。",
                    nullptr, link->unsentEdits())
                     .arg(link->problem());
    if (link->refusedEdits() > 0)
        lines << tr("有 %n 项离线时的修改被服务器拒绝，仍保存在本机，没有丢失。最近一次的原因：%1", nullptr, link->refusedEdits())
                     .arg(link->lastRefusal());
    return lines;
}

void MainWindow::onOpenDatabase()
{
    if (!opener()) {
        showError(tr("打开数据库"), tr("这个窗口不能打开别的数据库。"));
        return;
    }
    OpenDatabaseDialog dialog(opener(), m_address, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openDatabaseWindow(dialog.takeStore(), dialog.address());
}

MainWindow *MainWindow::openDatabaseWindow(std::unique_ptr<store::ReportStore> store, const QString &address)
{
    store::ReportStore &kept = *store;
    auto *window = new MainWindow(kept);
    new StoreHolder(std::move(store), window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setDatabaseAddress(address);
    window->setDatabasePath(manualLocation(address));
    QSettings().setValue(QLatin1String(kDatabase), address); // never a password: the dialog keeps it apart
    window->restoreLastReport();
    window->show();
    return window;
}

} // namespace nb::ui
