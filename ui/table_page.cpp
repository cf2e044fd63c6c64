#include "ui/table_page.h"

#include "ui/pinned_header.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace nb::ui {

TablePage::TablePage(session::DraftSession *session, const report::Section &section, QWidget *parent)
    : SectionPage(parent), m_session(session), m_key(section.key), m_scroll(new QScrollArea)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(section.heading);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    for (int t : section.tables) {
        auto *view = new ReportTableView(new ReportTableModel(session, t, this), content);
        connect(view, &ReportTableView::message, this, &SectionPage::message);
        connect(view, &ReportTableView::edgeReached, this,
                [this, view](ReportTableView::Move move) { continueFrom(view, move); });
        connect(view, &ReportTableView::entered, this, [this, view] { m_current = view; });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view] { keepInSight(view); });
        layout->addWidget(view);
        const QString note = session->definition().tables().at(t).note;
        if (!note.isEmpty()) {
            auto *noteLabel = new QLabel(tr("注：%1").arg(note));
            noteLabel->setWordWrap(true);
            layout->addWidget(noteLabel);
        }
        layout->addSpacing(12);
        m_views << view;
    }
    layout->addStretch();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    for (ReportTableView *view : m_views)
        m_headers << new PinnedHeader(view, m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    m_current = m_views.value(0);
}

ReportTableView *TablePage::viewForCell(int cell) const
{
    for (ReportTableView *v : m_views)
        if (v->reportModel()->indexOfCell(cell).isValid())
            return v;
    return nullptr;
}

PinnedHeader *TablePage::pinnedHeader(ReportTableView *view) const
{
    return m_headers.value(int(m_views.indexOf(view)));
}

bool TablePage::commitPending()
{
    for (ReportTableView *v : m_views)
        if (!v->commitOpenEditor())
            return false;
    return true;
}

void TablePage::enter()
{
    if (m_current)
        m_current->enter();
}

// A key moved past a table's first or last input cell: on to the
// neighbouring table with input cells; at the page's ends the cursor stays
// and says so, so the next figure is not typed over the last one unawares.
void TablePage::continueFrom(ReportTableView *view, ReportTableView::Move move)
{
    using Move = ReportTableView::Move;
    const bool forward = move == Move::Down || move == Move::Next || move == Move::NextDown;
    const int step = forward ? 1 : -1;
    for (int i = int(m_views.indexOf(view)) + step; i >= 0 && i < m_views.size(); i += step) {
        if (m_views[i]->hasInputCells()) {
            m_views[i]->enterFrom(move);
            return;
        }
    }
    if (move == Move::Next || move == Move::NextDown)
        view->showNotice(tr("这是本页最后一个填写的单元格。按 Ctrl+PageDown 转到下一部分。"));
    else if (move == Move::Previous || move == Move::PreviousUp)
        view->showNotice(tr("这是本页第一个填写的单元格。按 Ctrl+PageUp 转到上一部分。"));
}

// Scrolls the page so the current cell is in sight and not under the pinned
// column headers.
void TablePage::keepInSight(ReportTableView *view)
{
    const QRect cell = view->visualRect(view->currentIndex());
    if (!cell.isValid())
        return;
    const QPoint centre = view->viewport()->mapTo(m_scroll->widget(), cell.center());
    int headerHeight = 0;
    for (int r = 0; r < view->reportModel()->table().headerHeight; ++r)
        headerHeight += view->rowHeight(r);
    m_scroll->ensureVisible(centre.x(), centre.y(), cell.width() / 2 + 8, cell.height() / 2 + headerHeight + 8);
}

void TablePage::showFinding(const report::Finding &finding)
{
    const int cell = finding.cells.isEmpty() ? -1 : m_session->definition().cellIndex(finding.cells.first());
    if (ReportTableView *v = cell >= 0 ? viewForCell(cell) : nullptr) {
        v->focusCell(cell);
        keepInSight(v);
    }
}

} // namespace nb::ui
