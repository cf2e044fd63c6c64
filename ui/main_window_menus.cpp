// MainWindow's menus and what their actions do.
#include "core/interchange/package.h"
#include "core/render/report_renderer.h"
#include "core/report/agency_name.h"
#include "ui/findings_panel.h"
#include "ui/main_window.h"
#include "ui/print_settings.h"
#include "ui/report_export.h"
#include "ui/report_editor.h"
#include "ui/report_table_view.h"
#include "ui/screen_fit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace nb::ui {

QAction *MainWindow::named(QAction *a, const char *name)
{
    a->setObjectName(QLatin1String(name));
    return a;
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildGoMenu();
    buildReportMenu();
    buildCollectionMenu(); // main_window_collection.cpp
    buildHelpMenu(); // main_window_help.cpp
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    named(file->addAction(tr("新建或打开报告(&N)…"), QKeySequence::New, this, &MainWindow::showWelcome), "actionWelcome");
    named(file->addAction(tr("新窗口(&W)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                          [this] { openNewWindow(); }), "actionNewWindow");
    named(file->addAction(tr("打开数据库(&D)…"), this, &MainWindow::onOpenDatabase), "actionOpenDatabase");
    m_recentMenu = file->addMenu(tr("最近打开的报告(&R)"));
    refreshRecentMenu();
    file->addSeparator();
    named(file->addAction(tr("导入已发布的报告(&B)…"), this, &MainWindow::onImportPublished), "actionImportPublished");
    named(file->addAction(tr("导入报告包(&I)…"), this, &MainWindow::onImport), "actionImport");
    named(file->addAction(tr("批量检查已发布的报告(&K)…"), this, &MainWindow::onBatchCheck), "actionBatchCheck");
    named(file->addAction(tr("导出(&E)…"), QKeySequence::SaveAs, this, &MainWindow::onExport), "actionExport");
    file->addSeparator();
    named(file->addAction(tr("页面设置(&U)…"), this, &MainWindow::onPageSetup), "actionPageSetup");
    buildStyleMenu(file);
    named(file->addAction(tr("打印预览(&V)…"), this, &MainWindow::onPrintPreview), "actionPrintPreview");
    named(file->addAction(tr("打印(&P)…"), QKeySequence::Print, this, &MainWindow::onPrint), "actionPrint");
    file->addSeparator();
    named(file->addAction(tr("退出(&Q)"), QKeySequence::Quit, this, &QWidget::close), "actionQuit");
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("编辑(&E)"));
    named(edit->addAction(tr("撤销(&U)"), QKeySequence::Undo, this,
                          [this] { if (m_session) m_session->undoStack()->undo(); }), "actionUndo");
    QAction *redo = named(edit->addAction(tr("重做(&R)"), this, [this] { if (m_session) m_session->undoStack()->redo(); }),
                          "actionRedo");
    // Ctrl+Y as in WPS and Excel, besides the platform's own (Ctrl+Shift+Z).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    m_historyMenu = edit->addMenu(tr("操作历史(&H)"));
    m_historyMenu->setObjectName(QStringLiteral("historyMenu"));
    connect(m_historyMenu, &QMenu::aboutToShow, this, &MainWindow::refreshHistoryMenu);
    edit->addSeparator();
    named(edit->addAction(tr("复制(&C)"), QKeySequence::Copy, this, &MainWindow::onCopy), "actionCopy");
    named(edit->addAction(tr("粘贴(&P)"), QKeySequence::Paste, this, &MainWindow::onPaste), "actionPaste");
    named(edit->addAction(tr("复制表格为 HTML"), this, &MainWindow::onCopyTableHtml), "actionCopyHtml");
}

// The pages in order, from the keyboard (Ctrl+PageDown / Ctrl+PageUp, as
// between sheets in a spreadsheet); each puts the keyboard where work goes on.
void MainWindow::buildGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("转到(&G)"));
    named(go->addAction(tr("下一部分(&N)"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                        [this] { if (m_editor) m_editor->showNextPage(); }), "actionNextPage");
    named(go->addAction(tr("上一部分(&P)"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                        [this] { if (m_editor) m_editor->showPreviousPage(); }), "actionPreviousPage");
}

void MainWindow::buildReportMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("报告(&R)"));
    named(menu->addAction(tr("定稿(&F)…"), this, &MainWindow::onFinalise), "actionFinalise");
    named(menu->addAction(tr("撤销定稿(&O)…"), this, &MainWindow::onReopen), "actionReopen");
    menu->addSeparator();
    named(menu->addAction(tr("用上一年度报告重新结转(&Y)…"), this, &MainWindow::onNewYear), "actionNewYear");
    named(menu->addAction(tr("历史版本(&H)…"), this, &MainWindow::onHistory), "actionHistory");
    named(menu->addAction(tr("重命名机关(&M)…"), this, &MainWindow::onRenameAgency), "actionRenameAgency");
    named(menu->addAction(tr("为选中的警告填写说明…"), this,
                          [this] { if (m_editor) m_editor->findingsPanel()->explainSelected(); }), "actionExplain");
}

void MainWindow::refreshActions()
{
    const bool open = bool(m_session);
    const bool editable = open && !m_session->isReadOnly();
    auto set = [this](const char *name, bool enabled) {
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setEnabled(enabled);
    };
    for (const char *n : {"actionExport", "actionPrint", "actionPrintPreview", "actionCopy", "actionCopyHtml",
                          "actionHistory", "actionRenameAgency", "actionNextPage", "actionPreviousPage"})
        set(n, open);
    for (const char *n : {"actionImport", "actionPaste", "actionFinalise", "actionNewYear", "actionExplain"})
        set(n, editable);
    // A submitted report is changed only after the office returns it.
    set("actionReopen", open && m_session->isFinal() && m_collectionStatus != report::CollectionStatus::Submitted);
    set("actionSubmit", open && m_collectionStatus != report::CollectionStatus::Submitted);
    set("actionReturn", open && m_collectionStatus == report::CollectionStatus::Submitted);
    set("actionUndo", editable && m_session->undoStack()->canUndo());
    set("actionRedo", editable && m_session->undoStack()->canRedo());
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("session/recentReports")).toStringList();
    for (const QString &entry : recent) {
        const QStringList parts = entry.split(QLatin1Char('\t'));
        // What the settings file holds is input: only names and years a report can have.
        if (parts.size() != 2 || !report::isReportYear(parts[1].toInt()) || report::AgencyName::check(parts[0]))
            continue;
        const store::ReportId id{parts[0], parts[1].toInt()};
        m_recentMenu->addAction(tr("%1 %2年").arg(id.agency).arg(id.year), this, [this, id] { openReport(id); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

// The undo history: every step, the current one checked; choosing one goes there.
void MainWindow::refreshHistoryMenu()
{
    m_historyMenu->clear();
    if (!m_session)
        return;
    QUndoStack *stack = m_session->undoStack();
    for (int i = 0; i <= stack->count(); ++i) {
        QAction *a = m_historyMenu->addAction(i == 0 ? tr("（打开时的状态）") : stack->text(i - 1));
        a->setCheckable(true);
        a->setChecked(i == stack->index());
        a->setEnabled(!m_session->isReadOnly());
        connect(a, &QAction::triggered, this, [stack, i] { stack->setIndex(i); });
    }
}

Status MainWindow::finalise()
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    return m_session->finalise();
}

Status MainWindow::reopen(const QString &reason)
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    return m_session->reopen(reason);
}

void MainWindow::onFinalise()
{
    if (!m_session)
        return;
    // What stands in the way is said first; only a report that can be final is asked about.
    if (const QStringList blockers = m_session->finaliseBlockers(); !blockers.isEmpty()) {
        showError(tr("不能定稿"), finalise().error().message);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("定稿"),
                    tr("把%1定稿？").arg(m_session->definition().title(m_session->id().agency, m_session->id().year)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("finaliseConfirmation"));
    ask.setInformativeText(tr("定稿后报告只能查看、打印和导出：数字、文字、批注和报告信息都不能再修改，"
                              "撤销记录清空，并保存一份定稿快照。如需修改，要先“撤销定稿”并填写原因，原因记入日志。"));
    ask.button(QMessageBox::Yes)->setText(tr("定稿"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    Status s = finalise();
    if (!s)
        showError(tr("不能定稿"), s.error().message);
    else
        statusBar()->showMessage(tr("报告已定稿，已保存快照。"), 8000);
}

void MainWindow::onReopen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("撤销定稿"), tr("撤销定稿、重新修改报告的原因（将记入日志）："),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = reopen(reason); !s)
        showError(tr("撤销定稿"), s.error().message);
}

void MainWindow::onNewYear()
{
    if (!m_session)
        return;
    const store::ReportId id = m_session->id();
    if (QMessageBox::question(this, tr("重新结转"),
                              tr("用%1 %2年的报告重新结转本报告？当前内容会先保存为快照，也可以撤销。")
                                  .arg(id.agency).arg(id.year - 1))
        != QMessageBox::Yes)
        return;
    if (Status s = m_session->flush(); !s) {
        showError(tr("重新结转"), s.error().message);
        return;
    }
    auto carried = m_store.newYear(id.agency, id.year, true);
    if (!carried) {
        showError(tr("重新结转"), carried.error().message);
        return;
    }
    if (Status s = m_session->replaceContents(carried.value(), tr("从上一年度结转")); !s)
        showError(tr("重新结转"), s.error().message);
}

// Loads a package's contents into the open report (its agency and year stay).
// It goes through the same store import as the preview dialog, so the old
// contents are kept as a snapshot and the import is in the audit log.
Status MainWindow::importPackage(const QString &path)
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    auto read = interchange::Package::readFile(path, m_session->definition());
    if (!read)
        return read.error();
    report::Report contents = read.value();
    contents.agencyName = m_session->id().agency;
    contents.year = m_session->id().year;
    return importReport(contents, true, QFileInfo(path).fileName());
}

void MainWindow::onImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("导入报告包"), QString(),
                                                      tr("报告包 (*.nianbao.json);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    if (Status s = importPackage(path); !s)
        showError(tr("导入报告包"), s.error().message);
}

Status MainWindow::exportTo(const QString &path)
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    if (Status s = m_session->flush(); !s)
        return s;
    return report_export::write(m_session->engine().report(), m_session->definition(), path, print_settings::style());
}

void MainWindow::onExport()
{
    if (!m_session)
        return;
    const QString suggested = m_session->definition().title(m_session->id().agency, m_session->id().year);
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("导出"), suggested + QStringLiteral(".pdf"),
        report_export::filter(), &filter);
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        showError(tr("导出"), s.error().message);
    else
        statusBar()->showMessage(tr("已导出到 %1").arg(path), 8000);
}

void MainWindow::onPrint()
{
    if (!m_session)
        return;
    QPrinter printer(QPrinter::HighResolution);
    print_settings::apply(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    print_settings::remember(printer);
    render::paint(&printer, m_session->engine().report(), m_session->definition(), print_settings::style(),
                  render::Margins::Device);
}

void MainWindow::onPrintPreview()
{
    if (!m_session)
        return;
    QPrinter printer(QPrinter::HighResolution);
    print_settings::apply(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    screen_fit::resizeToFit(&dialog, QSize(1100, 1000)); // a page large enough to read, on any screen
    // Called again after every change of page setup in the dialog: remember it then;
    // the official style prints with the chosen margins, 公文 with its own.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        print_settings::remember(*p);
        render::paint(p, m_session->engine().report(), m_session->definition(), print_settings::style(),
                      render::Margins::Device);
    });
    dialog.exec();
}

void MainWindow::onCopy()
{
    QWidget *w = QApplication::focusWidget();
    if (auto *view = qobject_cast<ReportTableView *>(w))
        view->copySelection();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        text->copy();
    else if (auto *line = qobject_cast<QLineEdit *>(w))
        line->copy();
}

void MainWindow::onPaste()
{
    QWidget *w = QApplication::focusWidget();
    if (auto *view = qobject_cast<ReportTableView *>(w))
        view->pasteClipboard();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        text->paste();
    else if (auto *line = qobject_cast<QLineEdit *>(w))
        line->paste();
}

void MainWindow::onCopyTableHtml()
{
    auto *view = qobject_cast<ReportTableView *>(QApplication::focusWidget());
    if (!m_session || !view) {
        statusBar()->showMessage(tr("请先点选要复制的表格。"), 8000);
        return;
    }
    auto *mime = new QMimeData;
    const QString key = view->reportModel()->table().key;
    mime->setHtml(render::tableHtml(m_session->engine().report(), m_session->definition(), key));
    mime->setText(view->selectionAsTsv());
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("已复制表格（HTML），可粘贴到网站编辑器。"), 8000);
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("关于年报"),
                       tr("<h3>年报 %1</h3><p>编制、检查和发布政府信息公开工作年度报告。</p>"
                          "<p>报告格式：%2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                m_session ? m_session->definition().basis() : QString()));
}

} // namespace nb::ui
