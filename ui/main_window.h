#pragma once
// A thin shell: menus, the agency/year switcher, the status bar, and either
// the welcome page or the open report. The database is the document: there
// is no Save; the session writes as you type and on every switch or quit.
#include "core/interchange/import_result.h"
#include "core/session/draft_session.h"

#include <QMainWindow>
#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;

namespace nb::ui {

class HistoryDialog;
class ImportPreviewDialog;
class ReportEditor;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(store::ReportStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the report remembered from last time; the welcome page otherwise.
    void restoreLastReport();
    bool openReport(const store::ReportId &id);
    bool createReport(const report::Report &report, bool fromPrevious);
    void showWelcome();

    // The Report menu's actions, returning why they were refused (no dialogs).
    Status finalise();
    Status reopen(const QString &reason);
    Status importPackage(const QString &path);
    Status exportTo(const QString &path);

    // Importing a published report or a package (File menu): read, preview, store.
    Result<interchange::ImportResult> readImportFile(const QString &path) const;
    ImportPreviewDialog *showImportPreview(const interchange::ImportResult &result, const QString &fileName);
    // Reads the file and shows its import preview: the File menu's import, and
    // a package opened from the file manager (nianbao FILE).
    Result<ImportPreviewDialog *> previewImportFile(const QString &path);
    // A new draft, or replacing one (snapshot + audit by the store); one undo
    // step when it lands in the open report, which is opened otherwise.
    Status importReport(const report::Report &report, bool replace, const QString &source);
    // 历史版本 of the open report (shown, not modal to the caller); null when none is open.
    HistoryDialog *showHistory();
    // Renames the open report's agency (all its years keep their reports).
    Status renameAgency(const QString &to);

    session::DraftSession *session() const { return m_session.get(); }
    ReportEditor *editor() const { return m_editor; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QString statusText() const; // the status bar, for tests

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildReportMenu();
    void buildSwitcher();
    void buildStatusBar();
    void refreshSwitcher();
    void refreshRecentMenu();
    void refreshHistoryMenu();
    void refreshStatus();
    void refreshActions();
    void rememberReport(const store::ReportId &id);
    [[nodiscard]] Status closeReport();
    void discardReport();
    void showError(const QString &title, const QString &message);

    void onFinalise();
    void onReopen();
    void onNewYear();
    void onImport();
    void onImportPublished();
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
    bool m_switching = false;
};

} // namespace nb::ui
