#include "ui/board_window.h"

#include "core/collection/agency_tree.h"
#include "core/collection/board_export.h"
#include "core/report/agency_name.h"
#include "core/render/html_pdf.h"
#include "core/store/store_link.h"
#include "ui/board_model.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace nb::ui {

using collection::BoardFilter;

namespace {
Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("ui.write"), BoardWindow::tr("无法写入 %1：%2").arg(path, file.errorString())};
    return success();
}
} // namespace

BoardWindow::BoardWindow(store::ReportStore &store, int year, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_model(new BoardModel(this)), m_proxy(new BoardProxy(this))
{
    setObjectName(QStringLiteral("boardWindow"));
    setWindowTitle(tr("报送情况"));
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // thousands of rows: measure a sample
    m_table->setSortingEnabled(true);
    // Tree order until a heading is clicked: enabling sorting sorted by the
    // first column, and only an unsorted proxy gives the rows in model order.
    m_proxy->sort(-1);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Double-click, or Enter on the current row.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_summary->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);

    QWidget *controls = buildControls();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buildButtons());
    setTabOrder(m_node, m_year);
    setTabOrder(m_year, m_filter);
    setTabOrder(m_filter, m_table);
    m_table->setFocus(); // arrows and Enter at once

    {
        const QSignalBlocker quiet(m_year); // read once, below
        m_year->setValue(report::isReportYear(year) ? year : QDate::currentDate().year() - 1);
    }
    m_poll.setInterval(m_store.link() ? kLinkedPollMs : kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { static_cast<void>(refresh()); });
    m_announced.setSingleShot(true);
    m_announced.setInterval(200);
    connect(&m_announced, &QTimer::timeout, this, [this] { static_cast<void>(refresh()); });
    if (store::StoreLink *link = m_store.link())
        connect(link, &store::StoreLink::yearChanged, this, [this](int changed) {
            if (changed == this->year())
                m_announced.start();
        });
    watch(m_year->value());
    resize(1200, 700);
    static_cast<void>(refresh()); // a failure is said in the window
    fitColumns();
}

BoardWindow::~BoardWindow()
{
    watch(0);
}

// Each column as wide as its texts, the last one (错误规则) filling the rest.
void BoardWindow::fitColumns()
{
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(false); // set again: a resize to contents undoes it
    m_table->horizontalHeader()->setStretchLastSection(true);
}

QWidget *BoardWindow::buildControls()
{
    auto *bar = new QWidget;
    m_node = new QComboBox;
    m_node->setObjectName(QStringLiteral("boardNode"));
    m_node->setMinimumContentsLength(16);
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_node->addItem(tr("全部机关"), QString());
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("boardYear"));
    m_year->setRange(report::kFirstReportYear, report::kLastReportYear);
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("boardFilter"));
    for (BoardFilter f : collection::allFilters())
        m_filter->addItem(collection::filterLabel(f), int(f));
    auto *nodeLabel = new QLabel(tr("机关(&N)："));
    nodeLabel->setBuddy(m_node);
    auto *yearLabel = new QLabel(tr("年度(&Y)："));
    yearLabel->setBuddy(m_year);
    auto *filterLabel = new QLabel(tr("筛选(&F)："));
    filterLabel->setBuddy(m_filter);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(nodeLabel);
    row->addWidget(m_node, 2);
    row->addSpacing(12);
    row->addWidget(yearLabel);
    row->addWidget(m_year);
    row->addSpacing(12);
    row->addWidget(filterLabel);
    row->addWidget(m_filter, 1);
    row->addStretch(1);
    connect(m_node, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<void>(refresh());
        fitColumns();
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) {
        watch(y);
        static_cast<void>(refresh());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setBoardFilter(BoardFilter(m_filter->currentData().toInt()));
        static_cast<void>(refresh()); // the summary says how many are shown
    });
    return bar;
}

QWidget *BoardWindow::buildButtons()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, row](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(tr("打开报告(&O)"), "boardOpen", [this] {
        if (m_table->currentIndex().isValid())
            openRow(m_table->currentIndex().row());
    });
    row->addStretch(1);
    button(tr("导出 CSV(&C)…"), "boardCsv", [this] {
        saveAs(tr("导出 CSV"), QStringLiteral(".csv"), tr("CSV 表格 (*.csv)"), &BoardWindow::exportCsv);
    });
    button(tr("导出网页(&H)…"), "boardHtml", [this] {
        saveAs(tr("导出网页"), QStringLiteral(".html"), tr("网页 (*.html)"), &BoardWindow::exportHtml);
    });
    button(tr("导出 PDF(&D)…"), "boardPdf", [this] {
        saveAs(tr("导出 PDF"), QStringLiteral(".pdf"), tr("PDF (*.pdf)"), &BoardWindow::exportPdf);
    });
    button(tr("打印(&P)…"), "boardPrint", [this] { onPrint(); });
    button(tr("关闭"), "boardClose", [this] { close(); });
    // Keys that work anywhere in this window (not in the main window's list).
    const auto key = [this](const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key(QKeySequence::Refresh, [this] { static_cast<void>(refresh()); });
    key(QKeySequence::Print, [this] { onPrint(); });
    key(QKeySequence::Close, [this] { close(); });
    return bar;
}

void BoardWindow::watch(int year)
{
    store::StoreLink *link = m_store.link();
    if (!link || year == m_watchedYear)
        return;
    if (m_watchedYear)
        link->unwatchYear(m_watchedYear);
    if (year)
        link->watchYear(year);
    m_watchedYear = year;
}

// The node picker: 全部机关, then the tree, indented; the chosen node stays
// chosen while it exists.
void BoardWindow::refreshNodes(const QList<store::AgencyInfo> &agencies)
{
    if (agencies == m_agencies)
        return;
    m_agencies = agencies;
    const QString chosen = node();
    const collection::AgencyTree tree(agencies);
    const QSignalBlocker quiet(m_node);
    m_node->clear();
    m_node->addItem(tr("全部机关"), QString());
    for (const QString &name : tree.below(QString()))
        m_node->addItem(QString(tree.depth(name) * 2, QLatin1Char(' ')) + name, name);
    m_node->setCurrentIndex(std::max(0, m_node->findData(chosen)));
}

Status BoardWindow::refresh()
{
    auto agencies = m_store.agencies();
    if (!agencies) {
        say(agencies.error().message, true);
        return agencies.error();
    }
    refreshNodes(agencies.value());
    auto board = collection::loadBoard(m_store, node(), year());
    if (!board) {
        say(board.error().message, true);
        return board.error();
    }
    const QModelIndex current = m_table->currentIndex();
    const QString agency = current.isValid() ? m_proxy->rowAt(current.row()).agency : QString();
    if (m_model->setBoard(board.value()) && !agency.isEmpty())
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            if (m_proxy->rowAt(r).agency == agency)
                m_table->setCurrentIndex(m_proxy->index(r, current.column()));
    QString summary = collection::boardSummary(board.value());
    if (m_proxy->boardFilter() != BoardFilter::All)
        summary += tr("（按“%1”筛选，显示 %2 个）").arg(m_filter->currentText()).arg(m_proxy->rowCount());
    m_summary->setText(summary);
    return success();
}

void BoardWindow::setNode(const QString &node)
{
    m_node->setCurrentIndex(std::max(0, m_node->findData(node)));
}

void BoardWindow::setYear(int year)
{
    m_year->setValue(year);
}

void BoardWindow::setFilter(BoardFilter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

QString BoardWindow::node() const
{
    return m_node->currentData().toString();
}

int BoardWindow::year() const
{
    return m_year->value();
}

QString BoardWindow::summaryText() const
{
    return m_summary->text();
}

QString BoardWindow::messageText() const
{
    return m_message->text();
}

void BoardWindow::say(const QString &message, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(message);
}

bool BoardWindow::openRow(int shownRow)
{
    if (shownRow < 0 || shownRow >= m_proxy->rowCount())
        return false;
    const collection::BoardRow &row = m_proxy->rowAt(shownRow);
    if (!row.hasReport()) {
        say(tr("%1 还没有 %2 年的报告。").arg(row.agency).arg(year()), true);
        return false;
    }
    say(QString(), false);
    emit openRequested({row.agency, year()});
    return true;
}

Status BoardWindow::exportCsv(const QString &path)
{
    return writeBytes(path, collection::boardCsv(m_model->board(), m_proxy->shownRows()));
}

Status BoardWindow::exportHtml(const QString &path)
{
    return writeBytes(path, collection::boardHtml(m_model->board(), m_proxy->shownRows()).toUtf8());
}

Status BoardWindow::exportPdf(const QString &path)
{
    return render::htmlToPdf(collection::boardHtml(m_model->board(), m_proxy->shownRows()),
                             collection::boardTitle(m_model->board()), path, render::PageFit::OnePage);
}

void BoardWindow::print(QPagedPaintDevice *device)
{
    render::printHtml(collection::boardHtml(m_model->board(), m_proxy->shownRows()), device, render::PageFit::OnePage);
}

void BoardWindow::saveAs(const QString &title, const QString &suffix, const QString &filter,
                         Status (BoardWindow::*write)(const QString &))
{
    const QString path = QFileDialog::getSaveFileName(this, title, collection::boardTitle(m_model->board()) + suffix, filter);
    if (path.isEmpty())
        return;
    if (Status s = (this->*write)(path); !s)
        say(s.error().message, true);
    else
        say(tr("已导出到 %1").arg(path), false);
}

void BoardWindow::onPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(render::htmlPageLayout()); // the PDF's page: A4 landscape for nine columns
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(&printer);
}

bool BoardWindow::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate && m_model)
        static_cast<void>(refresh()); // back from the main window: what changed there shows here
    return QWidget::event(event);
}

void BoardWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll.start();
}

void BoardWindow::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QWidget::hideEvent(event);
}

} // namespace nb::ui
