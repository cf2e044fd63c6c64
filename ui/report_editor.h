#pragma once
// The open report: section navigation in the official order (report data,
// then 一 … 六), one page per section generated from the definition, and the
// findings panel. Selecting a finding opens its page and selects its cell.
#include "core/session/draft_session.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace nb::ui {

class SectionPage;
class FindingsPanel;

class ReportEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReportEditor(session::DraftSession *session, QWidget *parent = nullptr);

    session::DraftSession *session() const { return m_session; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    QListWidget *navigation() const { return m_nav; }
    QList<SectionPage *> pages() const { return m_pages; }
    SectionPage *page(const QString &sectionKey) const;
    SectionPage *currentPage() const;
    void showPage(const QString &sectionKey);
    void showFinding(const report::Finding &finding);
    // Opens the cell's page with the cell current (查看构成 from an aggregate).
    void showCell(const QString &cellKey);
    // Ctrl+PageDown / Ctrl+PageUp: the next or previous page, with the keyboard
    // where work goes on in it (SectionPage::enter()).
    void showNextPage();
    void showPreviousPage();
    void enterCurrentPage();

signals:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addPage(SectionPage *page, const QString &title);

    session::DraftSession *m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    FindingsPanel *m_findings;
    QList<SectionPage *> m_pages;
    bool m_entered = false;
};

} // namespace nb::ui
