#pragma once
// A read-only look at a report that is not the open one: an imported report
// before anything is stored, or a snapshot. It reuses the form's own pages
// (TablePage, FindingsPanel) on a private in-memory session whose copy of the
// report is marked final, so nothing can be typed and nothing reaches the
// real store; the engine still computes totals and every finding.
#include "core/session/draft_session.h"
#include "core/store/memory_report_store.h"

#include <QWidget>
#include <memory>
#include <optional>

class QTabWidget;

namespace nb::ui {

class FindingsPanel;
class TablePage;

class ReportPreview : public QWidget {
    Q_OBJECT
public:
    // Texts: an aggregate has none to show, only tables.
    enum class Texts { Shown, Hidden };
    // `previous` (the same agency's year before, when known) lets the cross-year rules run.
    explicit ReportPreview(const report::Report &report, const std::optional<report::Report> &previous = {},
                           QWidget *parent = nullptr, Texts texts = Texts::Shown);
    ~ReportPreview() override;

    const report::Engine &engine() const { return m_session->engine(); }
    QTabWidget *tabs() const { return m_tabs; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    TablePage *tablePage(const QString &sectionKey) const;
    QList<TablePage *> tablePages() const { return m_pages; }
    // Opens the page of the finding's (or the cell's) first cell with it current.
    void showFinding(const report::Finding &finding);

private:

    store::MemoryReportStore m_store;
    std::unique_ptr<session::DraftSession> m_session;
    QTabWidget *m_tabs = nullptr;
    FindingsPanel *m_findings = nullptr;
    QList<TablePage *> m_pages;
};

} // namespace nb::ui
