#include "ui/main_window.h"

#include "core/collection/collection_text.h"
#include "core/interchange/package.h"
#include "core/report/agency_name.h"
#include "ui/date_text.h"
#include "ui/report_editor.h"
#include "ui/screen_fit.h"
#include "ui/section_page.h"
#include "ui/text_conflict_dialog.h"
#include "ui/welcome_page.h"

#include <algorithm>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QUndoStack>

namespace nb::ui {

using store::ReportId;

namespace {
const char *const kLastReport = "session/lastReport";
const char *const kRecent = "session/recentReports";
const char *const kLastPage = "session/lastPage"; // the section key of the page shown at quit
const char *const kWelcomePage = "welcome";      // … or the welcome page
const char *const kGeometry = "window/geometry";
constexpr int kRecentMax = 8;

QString encode(const ReportId &id) { return id.agency + QLatin1Char('\t') + QString::number(id.year); }
// A remembered report, as the settings file holds it; anything else there
// (a hostile or mangled name, a year out of range) is not a report to open.
std::optional<ReportId> decode(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('\t'));
    if (parts.size() != 2 || !report::isReportYear(parts[1].toInt()) || report::AgencyName::check(parts[0]))
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
    buildSaveProblemBar();
    buildReturnedBar(); // main_window_collection.cpp
    auto *centre = new QWidget;
    auto *column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_saveProblem);
    column->addWidget(m_returnedBar);
    column->addWidget(m_central, 1);
    setCentralWidget(centre);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openReport);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createReport);
    connect(m_welcome, &WelcomePage::startFromPublishedRequested, this, &MainWindow::onStartFromPublished);
    buildMenus();
    buildSwitcher();
    buildStatusBar();
    buildServerState();
    if (!restoreGeometry(QSettings().value(QLatin1String(kGeometry)).toByteArray()))
        screen_fit::resizeToFit(this, QSize(1600, 900));
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
    const QSettings settings;
    const QString page = settings.value(QLatin1String(kLastPage)).toString();
    // Quit on the welcome page: back on it. Otherwise the report and the page
    // that were open at quit (the report's first page when it is unknown).
    if (page == QLatin1String(kWelcomePage)) {
        showWelcome();
        return;
    }
    if (auto id = decode(settings.value(QLatin1String(kLastReport)).toString()); id && openReport(*id)) {
        if (m_editor->page(page))
            m_editor->showPage(page);
        return;
    }
    showWelcome();
}

void MainWindow::showWelcome()
{
    if (Status closed = closeReport(); !closed) {
        showError(tr("关闭报告"), closed.error().message);
        if (!m_session->conflicts().isEmpty())
            showConflict(m_session->conflicts().first());
        return;
    }
    if (auto reports = m_store.list())
        m_welcome->setReports(reports.value());
    m_central->setCurrentWidget(m_welcome);
    QSettings().setValue(QLatin1String(kLastPage), QLatin1String(kWelcomePage));
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
    if (Status written = m_session->flush(); !written) {
        if (written.error().code == QLatin1String("session.conflict"))
            return written; // says what to do; the conflict dialog is offered too
        return Error{written.error().code,
                     tr("最近的修改没能保存，报告保持打开，修改仍在窗口中，问题解决后会自动保存：%1")
                         .arg(written.error().message)};
    }
    discardReport();
    return success();
}

void MainWindow::discardReport()
{
    if (!m_session)
        return;
    if (m_conflictDialog)
        m_conflictDialog->reject(); // it belongs to the report that goes
    // Deleted now, not later: its models point into the session that goes next.
    m_central->removeWidget(m_editor);
    delete m_editor;
    m_editor = nullptr;
    m_session.reset();
    refreshSaveProblem();
    refreshCollectionState();
}

bool MainWindow::openReport(const ReportId &id)
{
    if (m_session && m_session->id() == id)
        return true;
    auto opened = session::DraftSession::open(m_store, id);
    if (!opened) {
        statusBar()->showMessage(opened.error().message, 8000);
        refreshSwitcher();
        return false;
    }
    if (Status closed = closeReport(); !closed) {
        refreshSwitcher(); // the switcher shows the report that is still open
        showError(tr("打开报告"), closed.error().message);
        if (!m_session->conflicts().isEmpty())
            showConflict(m_session->conflicts().first());
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
    connect(m_session.get(), &session::DraftSession::statusChanged, this, &MainWindow::refreshCollectionState);
    // Submitted or returned elsewhere: the report's status may not move, its revision does.
    connect(m_session.get(), &session::DraftSession::revisionMoved, this, &MainWindow::refreshCollectionState);
    connect(m_session.get(), &session::DraftSession::conflictDetected, this, &MainWindow::showConflict);
    connect(m_session.get(), &session::DraftSession::changedElsewhere, this, &MainWindow::onChangedElsewhere);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::refreshActions);
    rememberReport(id);
    setWindowTitle(tr("%1 — 年报").arg(m_session->definition().title(id.agency, id.year)));
    showInSwitcher();
    refreshCollectionState(); // the status bar and the actions with it
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
    settings.remove(QLatin1String(kLastPage)); // a report opens on its first page; quitting says which page
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
    auto reports = m_store.list();
    m_listed = reports ? reports.value() : QList<store::ReportSummary>{};
    fillSwitcher();
}

void MainWindow::showInSwitcher()
{
    // Opening a report changes no list: reading every report again for it was
    // a tenth of startup with 10,000 reports. A report the list lacks was made
    // elsewhere meanwhile, so then the list is read again.
    const bool listed = !m_session || std::any_of(m_listed.cbegin(), m_listed.cend(), [this](const store::ReportSummary &s) {
        return s.id == m_session->id();
    });
    if (listed)
        fillSwitcher();
    else
        refreshSwitcher();
}

void MainWindow::fillSwitcher()
{
    m_switching = true;
    m_agencySwitch->clear();
    m_yearSwitch->clear();
    const QString agency = m_session ? m_session->id().agency : QString();
    // Filled at once from a set: asking the box for each of ten thousand
    // reports' agencies (findText) made startup grow with the database.
    QStringList agencies, years;
    QSet<QString> listed;
    for (const auto &s : std::as_const(m_listed)) {
        if (!listed.contains(s.id.agency)) {
            listed.insert(s.id.agency);
            agencies << s.id.agency;
        }
        if (s.id.agency == agency)
            years << QString::number(s.id.year);
    }
    m_agencySwitch->addItems(agencies);
    m_yearSwitch->addItems(years);
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
    m_reportStatus->setText(collection::CollectionText::status(m_collectionStatus));
    m_reportStatus->setStyleSheet(m_collectionStatus == report::CollectionStatus::Returned
                                      ? QStringLiteral("color: #8a5300; font-weight: bold")
                                      : QString());
    switch (m_session->saveState()) {
    case session::SaveState::Saved:
        m_saveState->setText(tr("已保存 %1").arg(date_text::time(m_session->lastSaved().time())));
        m_saveState->setStyleSheet(QString());
        break;
    case session::SaveState::Pending:
        m_saveState->setText(tr("正在保存…"));
        m_saveState->setStyleSheet(QString());
        break;
    case session::SaveState::Failed:
        m_saveState->setText(tr("保存失败"));
        m_saveState->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        break;
    case session::SaveState::Conflict:
        m_saveState->setText(tr("有冲突，未保存"));
        m_saveState->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        break;
    }
    refreshSaveProblem();
}

void MainWindow::buildSaveProblemBar()
{
    m_saveProblem = new QFrame;
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));
    m_saveProblem->setStyleSheet(QStringLiteral(
        "QFrame#saveProblem { background: #fdecea; border-bottom: 1px solid #b00020; }"
        "QFrame#saveProblem QLabel { color: #7a0014; }"));
    m_saveProblemText = new QLabel;
    m_saveProblemText->setWordWrap(true);
    m_saveProblemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("立即重试"));
    retry->setObjectName(QStringLiteral("retrySave"));
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_session)
            static_cast<void>(m_session->flush()); // the bar shows the outcome
    });
    m_resolveButton = new QPushButton(tr("比较两个版本…"));
    m_resolveButton->setObjectName(QStringLiteral("resolveConflict"));
    connect(m_resolveButton, &QPushButton::clicked, this, [this] {
        if (m_session && !m_session->conflicts().isEmpty())
            showConflict(m_session->conflicts().first());
    });
    auto *row = new QHBoxLayout(m_saveProblem);
    row->setContentsMargins(10, 6, 10, 6);
    row->addWidget(m_saveProblemText, 1);
    row->addWidget(m_resolveButton);
    row->addWidget(retry);
    m_saveProblem->hide();
}

// Shown for as long as edits wait: a failed write (with the store's reason) or
// a text conflict. The edits are in the window and are written once possible.
void MainWindow::refreshSaveProblem()
{
    const bool failed = m_session && m_session->saveState() == session::SaveState::Failed;
    const bool conflict = m_session && !m_session->conflicts().isEmpty();
    QStringList lines = serverProblemLines();
    m_saveProblem->setVisible(failed || conflict || !lines.isEmpty());
    m_resolveButton->setVisible(conflict);
    if (failed)
        lines << tr("修改没能保存到数据库，仍保留在窗口中，问题解决后会自动保存（也可以点“立即重试”）。原因：%1")
                     .arg(m_session->lastSaveError());
    if (conflict)
        lines << tr("有文字部分在别处被修改，与这里尚未保存的修改冲突，这些部分暂不保存。请比较两个版本后选择。");
    m_saveProblemText->setText(lines.join(QLatin1Char('\n')));
}

QString MainWindow::saveProblemText() const
{
    return m_saveProblem->isVisible() ? m_saveProblemText->text() : QString();
}

TextConflictDialog *MainWindow::conflictDialog() const
{
    return m_conflictDialog;
}

void MainWindow::showConflict(const QString &section)
{
    if (!m_session || !m_session->conflicts().contains(section))
        return;
    if (m_conflictDialog) {
        if (m_conflictDialog->section() == section)
            m_conflictDialog->refresh(); // theirs changed again
        return; // one at a time; the next is offered when this one is done
    }
    m_conflictDialog = new TextConflictDialog(m_session.get(), section, this);
    m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflictDialog, &QDialog::accepted, this, [this] {
        // The next section in conflict, if any, once this dialog is gone.
        QMetaObject::invokeMethod(this, [this] {
            if (m_session && !m_session->conflicts().isEmpty())
                showConflict(m_session->conflicts().first());
        }, Qt::QueuedConnection);
    });
    m_conflictDialog->open();
}

void MainWindow::onChangedElsewhere(int cells, const QStringList &sections)
{
    QStringList parts;
    if (cells > 0)
        parts << tr("%n 个单元格", nullptr, cells);
    for (const QString &key : sections) {
        const report::Section *s = m_session->definition().section(key);
        parts << tr("“%1”").arg(s ? s->heading : key);
    }
    statusBar()->showMessage(tr("另一个窗口或程序修改了%1，已显示最新内容。").arg(parts.join(tr("、"))), 8000);
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
        if (Status s = m_session->flush(); !s && !confirmQuitUnsaved(s.error().message)) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QLatin1String(kGeometry), saveGeometry());
    if (m_central->currentWidget() == m_welcome)
        settings.setValue(QLatin1String(kLastPage), QLatin1String(kWelcomePage));
    else if (m_editor && m_editor->currentPage())
        settings.setValue(QLatin1String(kLastPage), m_editor->currentPage()->sectionKey());
    event->accept();
}

// Not quitting is the default; saving the report to a file elsewhere keeps
// the edits when the database cannot take them; leaving them is a choice the
// user makes knowingly.
bool MainWindow::confirmQuitUnsaved(const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("退出"),
                    tr("最近的修改没能保存到数据库：%1\n\n不退出，修改会继续保留在窗口中，问题解决后自动保存。").arg(why),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("quitUnsaved"));
    QPushButton *stay = box.addButton(tr("不退出"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("stay"));
    QPushButton *rescue = box.addButton(tr("另存为报告包后退出…"), QMessageBox::AcceptRole);
    rescue->setObjectName(QStringLiteral("rescue"));
    QPushButton *leave = box.addButton(tr("放弃这些修改并退出"), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("discard"));
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == leave)
        return true;
    if (box.clickedButton() != rescue)
        return false;
    const QString suggested = m_session->definition().title(m_session->id().agency, m_session->id().year);
    const QString path = QFileDialog::getSaveFileName(this, tr("另存为报告包"), suggested + QStringLiteral(".nianbao.json"),
                                                      tr("报告包 (*.nianbao.json)"));
    if (path.isEmpty())
        return false;
    if (Status saved = rescueTo(path); !saved) {
        showError(tr("另存为报告包"), saved.error().message);
        return false;
    }
    return true;
}

Status MainWindow::rescueTo(const QString &path)
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    return interchange::Package::writeFile(path, m_session->engine().report(), m_session->definition());
}

MainWindow *MainWindow::openNewWindow()
{
    auto *window = new MainWindow(m_store);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setDatabasePath(m_databasePath); // the same database: its manual names the same file
    window->setDatabaseAddress(m_address);
    if (!m_session || !window->openReport(m_session->id()))
        window->showWelcome();
    window->show();
    return window;
}

} // namespace nb::ui
