// MainWindow's workflows that go beyond the open report's pages: importing a
// published report, the history of snapshots, renaming an agency, page setup
// and the print style.
#include "core/interchange/input_file.h"
#include "core/interchange/package.h"
#include "core/interchange/published_report_importer.h"
#include "core/report/agency_name.h"
#include "ui/batch_check_dialog.h"
#include "ui/history_dialog.h"
#include "ui/import_preview_dialog.h"
#include "ui/main_window.h"
#include "ui/print_settings.h"

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QPageSetupDialog>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>

namespace nb::ui {

using store::ReportId;

namespace {

// Every refusal of a file names it (the package reader's JSON errors give only line and column).
Error namingFile(Error error, const QString &path)
{
    const QString shown = report::AgencyName::printable(QDir::toNativeSeparators(path));
    if (!error.message.contains(shown))
        error.message = MainWindow::tr("%1：%2").arg(shown, error.message);
    return error;
}

Result<interchange::ImportResult> readWith(const QString &path, const report::Definition &def)
{
    const QString name = QFileInfo(path).fileName();
    if (interchange::PublishedReportImporter::handles(path)) {
        auto bytes = interchange::InputFile::read(path);
        if (!bytes)
            return bytes.error();
        return interchange::importPublishedReport(bytes.value(), name, def);
    }
    if (name.toLower().endsWith(QLatin1String(".json"))) {
        auto read = interchange::Package::readFile(path, def);
        if (!read)
            return read.error();
        interchange::ImportResult out;
        out.report = read.value();
        return out;
    }
    return Error{QStringLiteral("ui.format"),
                 MainWindow::tr("不认识的文件类型“%1”：请选择 PDF 文件（.pdf）、网页文字（.txt）、网页（.html、.htm）或报告包（.nianbao.json）。").arg(name)};
}

} // namespace

Result<interchange::ImportResult> MainWindow::readImportFile(const QString &path) const
{
    auto read = readWith(path, m_session ? m_session->definition() : *report::Definition::builtin());
    if (!read)
        return namingFile(read.error(), path);
    return read;
}

ImportPreviewDialog *MainWindow::showImportPreview(const interchange::ImportResult &result, const QString &fileName)
{
    auto *dialog = new ImportPreviewDialog(
        m_store, result, fileName,
        [this, fileName](const report::Report &r, bool replace) { return importReport(r, replace, fileName); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Status MainWindow::importReport(const report::Report &report, bool replace, const QString &source)
{
    if (report.agencyName.trimmed().isEmpty())
        return Error{QStringLiteral("ui.invalid"), tr("请填写机关名称。")};
    const ReportId id{report.agencyName, report.year};
    const bool intoOpen = m_session && m_session->id() == id;
    if (intoOpen)
        if (Status s = m_session->flush(); !s)
            return s;
    if (Status s = m_store.importReport(report, replace); !s)
        return s;
    if (intoOpen) {
        // The store has it already; this step puts it on screen and lets Undo take it back.
        if (Status s = m_session->replaceContents(report, tr("导入 %1").arg(source)); !s)
            return s;
    } else if (!openReport(id)) {
        return Error{QStringLiteral("ui.open"), tr("已导入，但无法打开%1 %2年的报告。").arg(id.agency).arg(id.year)};
    }
    refreshSwitcher();
    statusBar()->showMessage(tr("已导入 %1：%2 %3年").arg(source, id.agency).arg(id.year), 8000);
    return success();
}

void MainWindow::onImportPublished()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("导入已发布的报告"), QString(),
        tr("已发布的报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;"
           "报告包 (*.nianbao.json);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    if (auto preview = previewImportFile(path); !preview)
        showError(tr("导入已发布的报告"), preview.error().message);
}

Result<ImportPreviewDialog *> MainWindow::previewImportFile(const QString &path)
{
    auto read = readImportFile(path);
    if (!read)
        return read.error();
    return showImportPreview(read.value(), QFileInfo(path).fileName());
}

BatchCheckDialog *MainWindow::showBatchCheck(const QStringList &files)
{
    auto *dialog = new BatchCheckDialog(files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::onStartFromPublished(const report::Report &thisYear)
{
    if (thisYear.agencyName.isEmpty()) {
        showError(tr("从已发布的上年报告开始"), tr("请填写机关名称。"));
        return;
    }
    // Not modal to the caller: the flow goes on when a file is chosen.
    auto *dialog = new QFileDialog(
        this, tr("选择%1 %2年已发布的报告").arg(thisYear.agencyName).arg(thisYear.year - 1), QString(),
        tr("已发布的报告 (*.pdf *.txt *.html *.htm);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;所有文件 (*)"));
    dialog->setObjectName(QStringLiteral("lastYearFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, thisYear](const QString &path) {
        if (auto preview = previewLastYear(path, thisYear); !preview)
            showError(tr("从已发布的上年报告开始"), preview.error().message);
    });
    dialog->open();
}

Result<ImportPreviewDialog *> MainWindow::previewLastYear(const QString &path, const report::Report &thisYear)
{
    auto read = readImportFile(path);
    if (!read)
        return read.error();
    interchange::ImportResult result = read.value();
    // What the file does not say, the welcome page's form does (the preview shows it, editable).
    if (result.report.agencyName.trimmed().isEmpty()) {
        result.report.agencyName = thisYear.agencyName;
        result.report.agencyKind = thisYear.agencyKind;
    }
    if (result.report.year < 2000)
        result.report.year = thisYear.year - 1;
    const QString fileName = QFileInfo(path).fileName();
    auto *dialog = new ImportPreviewDialog(
        m_store, result, fileName,
        [this, fileName](const report::Report &r, bool replace) { return startYearFrom(r, replace, fileName); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStartsNextYear(true);
    dialog->open();
    return dialog;
}

void MainWindow::onBatchCheck()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("批量检查已发布的报告"), QString(),
        tr("报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;所有文件 (*)"));
    if (!files.isEmpty())
        showBatchCheck(files);
}

Status MainWindow::startYearFrom(const report::Report &lastYear, bool replace, const QString &source)
{
    if (lastYear.agencyName.trimmed().isEmpty())
        return Error{QStringLiteral("ui.invalid"), tr("请填写机关名称。")};
    const ReportId next{lastYear.agencyName, lastYear.year + 1};
    if (m_store.load(next))
        return Error{QStringLiteral("store.exists"),
                     tr("%1 %2年的报告已经存在，没有改动任何内容。").arg(next.agency).arg(next.year)};
    if (Status closed = closeReport(); !closed)
        return closed;
    if (Status s = m_store.importReport(lastYear, replace); !s)
        return s;
    if (auto carried = m_store.newYear(next.agency, next.year, false); !carried) {
        refreshSwitcher();
        return Error{carried.error().code, tr("已保存%1年的报告，但没能据此新建%2年的报告：%3")
                                               .arg(lastYear.year).arg(next.year).arg(carried.error().message)};
    }
    if (!openReport(next))
        return Error{QStringLiteral("ui.open"), tr("已新建%1 %2年的报告，但无法打开。").arg(next.agency).arg(next.year)};
    statusBar()->showMessage(tr("已保存%1年的报告（导入自 %2），并据此新建%3年的报告：上年结转已填入，文字为待修改的模板。")
                                 .arg(lastYear.year).arg(source).arg(next.year),
                             15000);
    return success();
}

HistoryDialog *MainWindow::showHistory()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new HistoryDialog(m_store, m_session->id(),
                                     [this] { return m_session ? m_session->flush() : success(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::restored, this, [this](const ReportId &id) {
        // The store holds the restored version: read it afresh. The dialog
        // flushed before restoring, so nothing is pending here.
        discardReport();
        if (openReport(id))
            statusBar()->showMessage(tr("已恢复历史版本；恢复前的内容已保存为快照。"), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::onHistory()
{
    showHistory();
}

Status MainWindow::renameAgency(const QString &to)
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("没有打开的报告。")};
    const QString name = to.trimmed();
    if (name.isEmpty())
        return Error{QStringLiteral("ui.invalid"), tr("机关名称不能为空。")};
    const ReportId old = m_session->id();
    if (name == old.agency)
        return success();
    if (Status s = m_session->flush(); !s)
        return s;
    if (Status s = m_store.renameAgency(old.agency, name); !s)
        return s;
    renameInRecent(old.agency, name);
    discardReport(); // flushed above; the store now knows the report by its new name
    if (!openReport({name, old.year}))
        return Error{QStringLiteral("ui.open"), tr("机关已改名，但无法打开%1 %2年的报告。").arg(name).arg(old.year)};
    statusBar()->showMessage(tr("机关“%1”已改名为“%2”，各年度的报告都已保留。").arg(old.agency, name), 8000);
    return success();
}

void MainWindow::renameInRecent(const QString &from, const QString &to)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("session/recentReports")).toStringList();
    for (QString &entry : recent)
        if (entry.section(QLatin1Char('\t'), 0, 0) == from)
            entry = to + QLatin1Char('\t') + entry.section(QLatin1Char('\t'), 1);
    settings.setValue(QStringLiteral("session/recentReports"), recent);
    refreshRecentMenu();
}

void MainWindow::onRenameAgency()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("重命名机关"),
                                             tr("“%1”的新名称（各年度的报告都会保留）：").arg(m_session->id().agency),
                                             QLineEdit::Normal, m_session->id().agency, &ok);
    if (!ok)
        return;
    if (Status s = renameAgency(to); !s)
        showError(tr("重命名机关"), s.error().message);
}

void MainWindow::onPageSetup()
{
    QPrinter printer(QPrinter::HighResolution);
    print_settings::apply(printer);
    QPageSetupDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        print_settings::remember(printer);
}

// Official layout or 公文 (GB/T 9704) for printing and export; remembered.
void MainWindow::buildStyleMenu(QMenu *file)
{
    QMenu *menu = file->addMenu(tr("版式(&L)"));
    auto *group = new QActionGroup(menu);
    const std::pair<render::PageStyle, const char *> styles[] = {{render::PageStyle::Official, "actionStyleOfficial"},
                                                                 {render::PageStyle::Gongwen, "actionStyleGongwen"}};
    for (const auto &[style, name] : styles) {
        QAction *a = menu->addAction(style == render::PageStyle::Official ? tr("正式版式") : tr("公文格式（GB/T 9704）"));
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked(print_settings::style() == style);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [s = style] { print_settings::setStyle(s); });
    }
}

} // namespace nb::ui
