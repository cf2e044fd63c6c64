#pragma once
// The one generic page for a section made of tables (二、三、四): its heading,
// then each table of the definition drawn as the official form, with the
// table's printed note under it.
#include "ui/report_table_view.h"
#include "ui/section_page.h"

namespace nb::ui {

class TablePage : public SectionPage {
    Q_OBJECT
public:
    TablePage(session::DraftSession *session, const report::Section &section, QWidget *parent = nullptr);
    QString sectionKey() const override { return m_key; }
    void showFinding(const report::Finding &finding) override;
    QList<ReportTableView *> views() const { return m_views; }
    ReportTableView *viewForCell(int cell) const;

private:
    session::DraftSession *m_session;
    QString m_key;
    QList<ReportTableView *> m_views;
};

} // namespace nb::ui
