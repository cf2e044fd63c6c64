#include "ui/main_window.h"

#include "ui/report_editor.h"
#include "ui/welcome_page.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace nb::ui {

using store::ReportId;

namespace {
const char *const kLastReport = "session/lastReport";
const char *const kRecent = "session/recentReports";
const char *const kGeometry = "window/geometry";
constexpr int kRecentMax = 8;

QString encode(const ReportId &id) { return id.agency + QLatin1Char('\t') + QString::number(id.year); }
std::optional<ReportId> decode(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('\t'));
    if (parts.size() != 2 || parts[1].toInt() == 0)
        return std::nullopt;
    return ReportId{parts[0], parts[1].toInt()};
}
} // namespace

MainWindow::MainWindow(store::ReportStore &store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setWindowTitle(tr("年报 — 政府信息公开工作年度报告"));
    setStyleSheet(QStringLiteral("QLabel#sectionHeading { font-size: 15pt; font-weight: bold; padding: 4px 0 8px 0; }"));
    m_central = new QStackedWidget;
    m_welcome = new WelcomePage;
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openReport);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createReport);
    buildMenus();
    buildSwitcher();
    buildStatusBar();
    if (!restoreGeometry(QSettings().value(QLatin1String(kGeometry)).toByteArray()))
        resize(1600, 900);
    refreshSwitcher();
    refreshActions();
}

MainWindow::~MainWindow()
{
    // closeEvent() has flushed, or asked before quitting without the last edits.
    discardReport();
}

void MainWindow::restoreLastReport()
{
    if (auto id = decode(QSettings().value(QLatin1String(kLastReport)).toString()); id && openReport(*id))
        return;
    showWelcome();
}

void MainWindow::showWelcome()
{
    if (Status closed = closeReport(); !closed) {
        showError(tr("关闭报告"), closed.error().message);
        return;
    }
    if (auto reports = m_store.list())
        m_welcome->setReports(reports.value());
    m_central->setCurrentWidget(m_welcome);
    refreshSwitcher();
    refreshActions();
    refreshStatus();
}

// Writes what is pending first; when that fails the report stays open (its
// edits are still in memory) and the caller says why.
Status MainWindow::closeReport()
{
    if (!m_session)
        return success();
    if (Status written = m_session->flush(); !written)
        return Error{written.error().code,
                     tr("最近的修改没能保存，报告保持打开，修改仍在窗口中：%1").arg(written.error().message)};
    discardReport();
    return success();
}

void MainWindow::discardReport()
{
    if (!m_session)
        return;
    // Deleted now, not later: its models point into the session that goes next.
    m_central->removeWidget(m_editor);
    delete m_editor;
    m_editor = nullptr;
    m_session.reset();
}

bool MainWindow::openReport(const ReportId &id)
{
    if (m_session && m_session->id() == id)
        return true;
    auto opened = session::DraftSession::open(m_store, id);
    if (!opened) {
        statusBar()->showMessage(opened.error().message, 8000);
        return false;
    }
    if (Status closed = closeReport(); !closed) {
        showError(tr("打开报告"), closed.error().message);
        return false;
    }
    m_session = std::move(opened.value());
    m_editor = new ReportEditor(m_session.get());
    m_central->addWidget(m_editor);
    m_central->setCurrentWidget(m_editor);
    connect(m_editor, &ReportEditor::message, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    connect(m_session.get(), &session::DraftSession::changed, this, &MainWindow::refreshStatus);
    connect(m_session.get(), &session::DraftSession::reloaded, this, &MainWindow::refreshStatus);
    connect(m_session.get(), &session::DraftSession::saveStateChanged, this, &MainWindow::refreshStatus);
    connect(m_session.get(), &session::DraftSession::statusChanged, this, [this] {
        refreshStatus();
        refreshActions();
    });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::refreshActions);
    rememberReport(id);
    setWindowTitle(tr("%1 — 年报").arg(m_session->definition().title(id.agency, id.year)));
    refreshSwitcher();
    refreshActions();
    refreshStatus();
    return true;
}

bool MainWindow::createReport(const report::Report &report, bool fromPrevious)
{
    if (report.agencyName.isEmpty()) {
        showError(tr("新建报告"), tr("请填写机关名称。"));
        return false;
    }
    Status created = success();
    if (fromPrevious) {
        if (auto carried = m_store.newYear(report.agencyName, report.year, false); !carried)
            created = carried.error();
    } else {
        created = m_store.create(report);
    }
    if (!created) {
        showError(tr("新建报告"), created.error().message);
        return false;
    }
    return openReport({report.agencyName, report.year});
}

void MainWindow::rememberReport(const ReportId &id)
{
    QSettings settings;
    settings.setValue(QLatin1String(kLastReport), encode(id));
    QStringList recent = settings.value(QLatin1String(kRecent)).toStringList();
    recent.removeAll(encode(id));
    recent.prepend(encode(id));
    settings.setValue(QLatin1String(kRecent), recent.mid(0, kRecentMax));
    refreshRecentMenu();
}

void MainWindow::buildSwitcher()
{
    auto *bar = addToolBar(tr("机关与年度"));
    bar->setObjectName(QStringLiteral("switcher"));
    bar->setMovable(false);
    m_agencySwitch = new QComboBox;
    m_agencySwitch->setObjectName(QStringLiteral("agencySwitch"));
    m_agencySwitch->setMinimumContentsLength(16);
    m_yearSwitch = new QComboBox;
    m_yearSwitch->setObjectName(QStringLiteral("yearSwitch"));
    bar->addWidget(new QLabel(tr(" 机关：")));
    bar->addWidget(m_agencySwitch);
    if (auto *rename = findChild<QAction *>(QStringLiteral("actionRenameAgency")))
        bar->addAction(rename); // beside the name it changes
    bar->addWidget(new QLabel(tr(" 年度：")));
    bar->addWidget(m_yearSwitch);
    connect(m_agencySwitch, &QComboBox::currentTextChanged, this, [this](const QString &agency) {
        if (m_switching)
            return;
        // The newest year of the chosen agency.
        auto reports = m_store.list();
        int year = 0;
        for (const auto &s : reports ? reports.value() : QList<store::ReportSummary>{})
            if (s.id.agency == agency)
                year = std::max(year, s.id.year);
        if (year)
            openReport({agency, year});
    });
    connect(m_yearSwitch, &QComboBox::currentTextChanged, this, [this](const QString &year) {
        if (!m_switching && year.toInt())
            openReport({m_agencySwitch->currentText(), year.toInt()});
    });
}

void MainWindow::refreshSwitcher()
{
    m_switching = true;
    m_agencySwitch->clear();
    m_yearSwitch->clear();
    auto reports = m_store.list();
    const QString agency = m_session ? m_session->id().agency : QString();
    for (const auto &s : reports ? reports.value() : QList<store::ReportSummary>{}) {
        if (m_agencySwitch->findText(s.id.agency) < 0)
            m_agencySwitch->addItem(s.id.agency);
        if (s.id.agency == agency)
            m_yearSwitch->addItem(QString::number(s.id.year));
    }
    m_agencySwitch->setCurrentIndex(m_agencySwitch->findText(agency));
    m_yearSwitch->setCurrentIndex(m_session ? m_yearSwitch->findText(QString::number(m_session->id().year)) : -1);
    m_switching = false;
}

void MainWindow::buildStatusBar()
{
    m_errors = new QLabel;
    m_warnings = new QLabel;
    m_saveState = new QLabel;
    m_reportStatus = new QLabel;
    for (QLabel *l : {m_errors, m_warnings, m_reportStatus, m_saveState})
        statusBar()->addPermanentWidget(l);
}

void MainWindow::refreshStatus()
{
    for (QLabel *l : {m_errors, m_warnings, m_reportStatus, m_saveState})
        l->setVisible(bool(m_session));
    if (!m_session)
        return;
    const report::Engine &e = m_session->engine();
    int unexplained = 0;
    for (const report::Finding &f : e.findings())
        if (f.severity == report::Severity::Warning && e.meta().explanations.value(f.rule).trimmed().isEmpty())
            ++unexplained;
    m_errors->setText(tr("错误 %1").arg(e.count(report::Severity::Error)));
    m_warnings->setText(tr("警告 %1（未说明 %2）").arg(e.count(report::Severity::Warning)).arg(unexplained));
    m_reportStatus->setText(m_session->isFinal() ? tr("定稿") : tr("草稿"));
    switch (m_session->saveState()) {
    case session::SaveState::Saved:
        m_saveState->setText(tr("已保存 %1").arg(m_session->lastSaved().toString(QStringLiteral("HH:mm:ss"))));
        m_saveState->setStyleSheet(QString());
        break;
    case session::SaveState::Pending:
        m_saveState->setText(tr("正在保存…"));
        m_saveState->setStyleSheet(QString());
        break;
    case session::SaveState::Failed:
        m_saveState->setText(tr("保存失败：%1").arg(m_session->lastSaveError()));
        m_saveState->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        break;
    }
}

QString MainWindow::statusText() const
{
    return QStringList{m_errors->text(), m_warnings->text(), m_reportStatus->text(), m_saveState->text()}.join(
        QLatin1Char(' '));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 8000);
    if (isVisible())
        QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session) {
        Status s = m_session->flush();
        if (!s && QMessageBox::question(this, tr("退出"),
                                        tr("最近的修改没能保存：%1\n仍然退出吗？").arg(s.error().message))
                      != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings().setValue(QLatin1String(kGeometry), saveGeometry());
    event->accept();
}

} // namespace nb::ui
