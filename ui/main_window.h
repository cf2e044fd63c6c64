#pragma once
// A thin shell: menus, the agency/year switcher, the status bar, and either
// the welcome page or the open report. The database is the document: there
// is no Save; the session writes as you type and on every switch or quit.
#include "core/interchange/import_result.h"
#include "core/session/draft_session.h"
#include "ui/open_database_dialog.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace nb::ui {

class AggregateWindow;
class CompareWindow;
class HistoryDialog;
class AgencyManagerDialog;
class BatchCheckDialog;
class BoardWindow;
class ImportPreviewDialog;
class ManualWindow;
class ReportEditor;
class ShortcutsDialog;
class TextConflictDialog;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(store::ReportStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the report remembered from last time; the welcome page otherwise.
    void restoreLastReport();
    // Switching reports writes the open one's edits first; when that fails it
    // stays open, with a message, and false is returned.
    bool openReport(const store::ReportId &id);
    bool createReport(const report::Report &report, bool fromPrevious);
    void showWelcome();

    // The Report menu's actions, returning why they were refused (no dialogs).
    Status finalise();
    Status reopen(const QString &reason);
    Status importPackage(const QString &path);
    Status exportTo(const QString &path);

    // The welcome page's third way: last year's published report (a PDF, web
    // page or text) previewed, with what the file does not name taken from
    // `thisYear` (agency, kind, the year before); its buttons call startYearFrom().
    Result<ImportPreviewDialog *> previewLastYear(const QString &path, const report::Report &thisYear);
    // Stores last year's report (an import: audit and snapshot) and creates the
    // year after from it (carry-forward: snapshot "新年度"), then opens it. The
    // year after is never overwritten: refused before anything is stored.
    Status startYearFrom(const report::Report &lastYear, bool replace, const QString &source);
    // Importing a published report or a package (File menu): read, preview, store.
    Result<interchange::ImportResult> readImportFile(const QString &path) const;
    ImportPreviewDialog *showImportPreview(const interchange::ImportResult &result, const QString &fileName);
    // Reads the file and shows its import preview: the File menu's import, and
    // a package opened from the file manager (nianbao FILE).
    Result<ImportPreviewDialog *> previewImportFile(const QString &path);
    // A new draft, or replacing one (snapshot + audit by the store); one undo
    // step when it lands in the open report, which is opened otherwise.
    Status importReport(const report::Report &report, bool replace, const QString &source);
    // 批量检查: many files checked at once, the reviewer's report saved from the dialog.
    BatchCheckDialog *showBatchCheck(const QStringList &files);
    // The 汇总 menu (main_window_collection.cpp). 报送 the open report to the
    // office above: refused unless it is final. 退回 it (the office's part):
    // refused without a reason or unless it is submitted. Both are in the
    // store's audit log with who and when; no dialogs.
    Status submit();
    Status returnReport(const QString &reason);
    // The open report's 未开始/草稿/已定稿/已报送/已退回 as the store keeps it.
    report::CollectionStatus collectionStatus() const { return m_collectionStatus; }
    // The bar above a returned report with the office's reason; hidden otherwise.
    QFrame *returnedBar() const { return m_returnedBar; }
    QString returnedText() const;
    // 机关管理 and 报送情况 (not modal; one of each per window).
    AgencyManagerDialog *showAgencyManager();
    BoardWindow *showBoard();
    // 历史版本 of the open report (shown, not modal to the caller); null when none is open.
    HistoryDialog *showHistory();
    // Renames the open report's agency (all its years keep their reports).
    Status renameAgency(const QString &to);
    // The open report as it is on screen, saved or not, into a package file:
    // the way out offered when quitting while the database refuses writes.
    Status rescueTo(const QString &path);
    // Another window on the same database (File → 新窗口), showing the same report.
    MainWindow *openNewWindow();

    // Help: the manual at a topic (Manual's IDs; "" keeps the page shown) and
    // the list of every shortcut (not yet shown); the manual names this path
    // as where the data is kept.
    ManualWindow *showManual(const QString &topic = QString());
    ShortcutsDialog *showShortcuts();
    void setDatabasePath(const QString &path);
    // The manual's topic for F1: the selected finding's rule, else what has the keyboard.
    QString contextHelpTopic() const;
    // The database shown, as opened: a file's path, or a server's address
    // (never with a password); File → 打开数据库… starts from it.
    void setDatabaseAddress(const QString &address);
    QString databaseAddress() const { return m_address; }
    // How File → 打开数据库… opens a database (the application sets it once).
    static void setDatabaseOpener(DatabaseOpener opener);
    // The database opened last, for the next start ("" when none was chosen).
    static QString rememberedDatabase();
    // A new window on another database; it owns the store. Remembered for the next start.
    MainWindow *openDatabaseWindow(std::unique_ptr<store::ReportStore> store, const QString &address);
    // The status bar's word on the server: connected, or not and how many edits wait here.
    QString serverStateText() const;

    // 汇总 (main_window_aggregate.cpp): the aggregate window, one per main
    // window, starting at the open report's agency and year when it has
    // agencies below it; a report opened at a cell (查看构成's chosen line);
    // the open report against last year's (refused when there is none).
    AggregateWindow *showAggregate();
    bool openReportAt(const store::ReportId &id, const QString &cellKey);
    Result<CompareWindow *> showCompare();

    session::DraftSession *session() const { return m_session.get(); }
    ReportEditor *editor() const { return m_editor; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QString statusText() const; // the status bar, for tests
    // The bar above the report while edits cannot be written or a text
    // conflict waits; hidden otherwise.
    QFrame *saveProblemBar() const { return m_saveProblem; }
    QString saveProblemText() const;
    // The dialog of a text conflict when one is shown.
    TextConflictDialog *conflictDialog() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The action, named for tests and findChild().
    static QAction *named(QAction *a, const char *name);
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildGoMenu();
    void buildReportMenu();
    void buildHelpMenu();
    void buildCollectionMenu();
    void addAggregateActions(QMenu *menu);
    void buildReturnedBar();
    // Reads the open report's collection state from the store (status bar, bar above the report).
    void refreshCollectionState();
    void onSubmit();
    void onReturn();
    // An agency renamed in the agency manager: the open report follows it.
    Status renameAnyAgency(const QString &from, const QString &to);
    void buildSwitcher();
    void buildStatusBar();
    void buildSaveProblemBar();
    void buildServerState();
    void refreshServerState();
    void onOpenDatabase();
    // The lines of the problem bar about the server (offline, edits kept here or refused).
    QStringList serverProblemLines() const;
    // Reads the list of reports again and fills the agency and year boxes.
    void refreshSwitcher();
    // Shows the open report in the boxes, from the list read last unless it lacks that report.
    void showInSwitcher();
    void fillSwitcher();
    void refreshRecentMenu();
    void refreshHistoryMenu();
    void refreshStatus();
    void refreshSaveProblem();
    void refreshActions();
    void showConflict(const QString &section);
    void onChangedElsewhere(int cells, const QStringList &sections);
    // The question when quitting with edits the database refused: true to quit.
    bool confirmQuitUnsaved(const QString &why);
    void rememberReport(const store::ReportId &id);
    [[nodiscard]] Status closeReport();
    void discardReport();
    void showError(const QString &title, const QString &message);

    void onFinalise();
    void onReopen();
    void onNewYear();
    void onImport();
    void onImportPublished();
    void onBatchCheck();
    void onStartFromPublished(const report::Report &thisYear);
    void onHistory();
    void onRenameAgency();
    void onPageSetup();
    void buildStyleMenu(QMenu *file);
    void renameInRecent(const QString &from, const QString &to);
    void onExport();
    void onPrint();
    void onPrintPreview();
    void onCopy();
    void onPaste();
    void onCopyTableHtml();
    void onAbout();

    store::ReportStore &m_store;
    std::unique_ptr<session::DraftSession> m_session;
    QStackedWidget *m_central;
    QFrame *m_saveProblem;
    QLabel *m_saveProblemText;
    QPushButton *m_resolveButton;
    QPointer<TextConflictDialog> m_conflictDialog;
    QPointer<ManualWindow> m_manual;
    QPointer<AggregateWindow> m_aggregateWindow;
    QString m_databasePath;
    WelcomePage *m_welcome;
    ReportEditor *m_editor = nullptr;
    QComboBox *m_agencySwitch;
    QComboBox *m_yearSwitch;
    QMenu *m_recentMenu;
    QMenu *m_historyMenu;
    QLabel *m_errors;
    QLabel *m_warnings;
    QLabel *m_saveState;
    QLabel *m_reportStatus;
    QLabel *m_serverState = nullptr;
    QMenu *m_collectionMenu = nullptr;
    QFrame *m_returnedBar = nullptr;
    QLabel *m_returnedText = nullptr;
    report::CollectionStatus m_collectionStatus = report::CollectionStatus::Missing;
    QPointer<AgencyManagerDialog> m_agencyManager;
    QPointer<BoardWindow> m_board;
    QString m_address;
    bool m_switching = false;
    QList<store::ReportSummary> m_listed; // the reports in the switcher, as last read
};

} // namespace nb::ui
