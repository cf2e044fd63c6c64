#include "ui/table_page.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nb::ui {

TablePage::TablePage(session::DraftSession *session, const report::Section &section, QWidget *parent)
    : SectionPage(parent), m_session(session), m_key(section.key)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(section.heading);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(heading);
    for (int t : section.tables) {
        auto *view = new ReportTableView(new ReportTableModel(session, t, this), content);
        connect(view, &ReportTableView::message, this, &SectionPage::message);
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
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

ReportTableView *TablePage::viewForCell(int cell) const
{
    for (ReportTableView *v : m_views)
        if (v->reportModel()->indexOfCell(cell).isValid())
            return v;
    return nullptr;
}

void TablePage::showFinding(const report::Finding &finding)
{
    const int cell = finding.cells.isEmpty() ? -1 : m_session->definition().cellIndex(finding.cells.first());
    if (ReportTableView *v = cell >= 0 ? viewForCell(cell) : nullptr) {
        v->focusCell(cell);
        if (auto *scroll = findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(v, 0, 0);
    }
}

} // namespace nb::ui
