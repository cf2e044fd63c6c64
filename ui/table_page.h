#pragma once
// The one generic page for a section made of tables (二、三、四): its heading,
// then each table of the definition drawn as the official form, with the
// table's printed note under it. The page joins its tables for the keyboard:
// a move past one table's last input cell continues in the next table, and
// entering the page puts the cursor back where it was. The cursor's cell is
// kept in sight, under the column headers pinned while the rows scroll.
#include "ui/report_table_view.h"
#include "ui/section_page.h"

class QScrollArea;

namespace nb::ui {

class PinnedHeader;

class TablePage : public SectionPage {
    Q_OBJECT
public:
    TablePage(session::DraftSession *session, const report::Section &section, QWidget *parent = nullptr);
    QString sectionKey() const override { return m_key; }
    void showFinding(const report::Finding &finding) override;
    void enter() override;
    bool commitPending() override;
    QList<ReportTableView *> views() const { return m_views; }
    ReportTableView *viewForCell(int cell) const;
    QScrollArea *scrollArea() const { return m_scroll; }
    PinnedHeader *pinnedHeader(ReportTableView *view) const;

private:
    void continueFrom(ReportTableView *view, ReportTableView::Move move);
    void keepInSight(ReportTableView *view);

    session::DraftSession *m_session;
    QString m_key;
    QScrollArea *m_scroll;
    QList<ReportTableView *> m_views;
    QList<PinnedHeader *> m_headers;
    ReportTableView *m_current = nullptr; // the table the keyboard was in last
};

} // namespace nb::ui
