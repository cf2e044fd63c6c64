#include "ui/report_editor.h"

#include "ui/findings_panel.h"
#include "ui/metadata_page.h"
#include "ui/table_page.h"
#include "ui/text_page.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>

namespace nb::ui {

ReportEditor::ReportEditor(session::DraftSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("sectionNavigation"));
    m_nav->setWordWrap(true);
    m_stack = new QStackedWidget;
    m_findings = new FindingsPanel(session);

    addPage(new MetadataPage(session), tr("报告信息"));
    for (const report::Section &s : session->definition().sections()) {
        if (s.kind == report::SectionKind::Tables)
            addPage(new TablePage(session, s), s.heading);
        else
            addPage(new TextPage(session, s), s.heading);
    }
    const int unit = fontMetrics().horizontalAdvance(QChar(0x4e00)); // one ideograph
    m_nav->setFixedWidth(unit * 13);
    m_findings->setMinimumWidth(unit * 26); // rule IDs and the start of each message stay readable

    auto *split = new QSplitter; // the page and the findings share what the navigation leaves
    split->addWidget(m_stack);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(split, 1);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        // A page change writes at once; a failure keeps the edits pending and says so.
        if (Status written = m_session->flush(); !written)
            emit message(tr("最近的修改没能保存：%1").arg(written.error().message));
        m_stack->setCurrentIndex(row);
    });
    connect(m_findings, &FindingsPanel::findingSelected, this, &ReportEditor::showFinding);
    // Arrows in the list browse the pages; a click or Enter goes into one.
    connect(m_nav, &QListWidget::itemClicked, this, &ReportEditor::enterCurrentPage);
    connect(m_nav, &QListWidget::itemActivated, this, &ReportEditor::enterCurrentPage);
    m_nav->setCurrentRow(0);
}

// A report just opened: the keyboard goes to its first page, ready to type.
void ReportEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_entered) {
        m_entered = true;
        enterCurrentPage();
    }
}

void ReportEditor::enterCurrentPage()
{
    if (SectionPage *p = currentPage())
        p->enter();
}

void ReportEditor::showNextPage()
{
    if (SectionPage *p = currentPage(); p && !p->commitPending())
        return;
    m_nav->setCurrentRow(std::min(m_nav->currentRow() + 1, m_nav->count() - 1));
    enterCurrentPage();
}

void ReportEditor::showPreviousPage()
{
    if (SectionPage *p = currentPage(); p && !p->commitPending())
        return;
    m_nav->setCurrentRow(std::max(m_nav->currentRow() - 1, 0));
    enterCurrentPage();
}

void ReportEditor::addPage(SectionPage *page, const QString &title)
{
    m_pages << page;
    m_stack->addWidget(page);
    m_nav->addItem(title);
    connect(page, &SectionPage::message, this, &ReportEditor::message);
}

SectionPage *ReportEditor::page(const QString &sectionKey) const
{
    for (SectionPage *p : m_pages)
        if (p->sectionKey() == sectionKey)
            return p;
    return nullptr;
}

SectionPage *ReportEditor::currentPage() const { return m_pages.value(m_stack->currentIndex()); }

void ReportEditor::showPage(const QString &sectionKey)
{
    if (SectionPage *p = page(sectionKey))
        m_nav->setCurrentRow(int(m_pages.indexOf(p)));
}

void ReportEditor::showFinding(const report::Finding &finding)
{
    QString key = finding.section;
    if (key.isEmpty() && !finding.cells.isEmpty()) {
        const int cell = m_session->definition().cellIndex(finding.cells.first());
        if (cell >= 0)
            key = m_session->definition().tables().at(m_session->definition().cells()[cell].table).section;
    }
    showPage(key);
    if (SectionPage *p = page(key))
        p->showFinding(finding);
}

void ReportEditor::showCell(const QString &cellKey)
{
    report::Finding at;
    at.cells = {cellKey};
    showFinding(at);
}

} // namespace nb::ui
