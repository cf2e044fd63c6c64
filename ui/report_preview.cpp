#include "ui/report_preview.h"

#include "core/report/agency_name.h"

#include "ui/findings_panel.h"
#include "ui/table_page.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nb::ui {

ReportPreview::ReportPreview(const report::Report &report, const std::optional<report::Report> &previous,
                             QWidget *parent, Texts texts)
    : QWidget(parent)
{
    // A private memory store holds the report (and last year's, for the X-
    // rules); the session is view-only, so the form's widgets refuse edits.
    // An imported report may have no name or year yet (the user types them in
    // the import preview), or ones no store accepts: the private copy then
    // goes by a stand-in identity, without a previous year to compare.
    report::Report copy = report;
    const bool storable = !report::AgencyName::check(copy.agencyName) && report::isReportYear(copy.year);
    if (!storable) {
        copy.agencyName = tr("未命名机关");
        copy.year = report::isReportYear(copy.year) ? copy.year : report::kLastReportYear;
    }
    Status created = previous && storable ? m_store.create(*previous) : success();
    if (created)
        created = m_store.create(copy);
    auto opened = created ? session::DraftSession::open(m_store, {copy.agencyName, copy.year}, session::Access::ViewOnly)
                          : Result<std::unique_ptr<session::DraftSession>>(created.error());
    if (!opened) // cannot happen: an empty private store takes any one storable report and its previous year
        qFatal("report preview could not open its private copy: %s", qPrintable(opened.error().message));
    m_session = std::move(opened.value());

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    auto *textPage = new QWidget;
    auto *textLayout = new QVBoxLayout(textPage);
    for (const report::Section &s : m_session->definition().sections()) {
        if (s.kind == report::SectionKind::Tables) {
            auto *page = new TablePage(m_session.get(), s);
            m_pages << page;
            m_tabs->addTab(page, s.heading);
            continue;
        }
        auto *edit = new QPlainTextEdit(m_session->engine().text(s.key));
        edit->setReadOnly(true);
        edit->setObjectName(QStringLiteral("previewText_") + s.key);
        textLayout->addWidget(new QLabel(s.heading));
        textLayout->addWidget(edit);
    }
    if (texts == Texts::Shown) {
        m_tabs->insertTab(0, textPage, tr("文字部分"));
        m_tabs->setCurrentIndex(1);
    } else {
        delete textPage;
    }

    m_findings = new FindingsPanel(m_session.get());
    // Explanations belong to a stored draft, not to a preview.
    for (QPushButton *b : m_findings->findChildren<QPushButton *>())
        b->hide();
    connect(m_findings, &FindingsPanel::findingSelected, this, &ReportPreview::showFinding);

    auto *split = new QSplitter;
    split->addWidget(m_tabs);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    const int unit = fontMetrics().horizontalAdvance(QChar(0x4e00)); // one ideograph
    m_findings->setMinimumWidth(unit * 24); // rule IDs and the start of each message stay readable
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

ReportPreview::~ReportPreview()
{
    // The pages' models point into the session, which goes before QWidget deletes children.
    delete m_tabs;
    delete m_findings;
}

TablePage *ReportPreview::tablePage(const QString &sectionKey) const
{
    for (TablePage *p : m_pages)
        if (p->sectionKey() == sectionKey)
            return p;
    return nullptr;
}

void ReportPreview::showFinding(const report::Finding &finding)
{
    const int cell = finding.cells.isEmpty() ? -1 : m_session->definition().cellIndex(finding.cells.first());
    if (cell < 0)
        return;
    const report::Definition &def = m_session->definition();
    if (TablePage *page = tablePage(def.tables().at(def.cells()[cell].table).section)) {
        m_tabs->setCurrentWidget(page);
        page->showFinding(finding);
    }
}

} // namespace nb::ui
