#pragma once
// Shown when no report is open: the reports already kept (double-click opens
// one) and a form to start an agency's report for a year in one of three ways:
// empty, carried forward from last year's stored report, or started from last
// year's published report (a PDF, web page or text file, imported first).
// The form starts from sensible defaults taken from the reports kept: the
// agency changed most recently, the year after that agency's latest report,
// the agency's kind from its last report, and carrying forward chosen when
// last year's report is there (and only offered then).
#include "core/store/report_store.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QRadioButton;
class QTreeWidget;

namespace nb::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setReports(const QList<store::ReportSummary> &reports);

    QComboBox *agencyBox() const { return m_agency; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *yearBox() const { return m_year; }
    QRadioButton *emptyButton() const { return m_empty; }
    QRadioButton *fromPreviousButton() const { return m_fromPrevious; }
    QRadioButton *fromPublishedButton() const { return m_fromPublished; }
    QTreeWidget *reportList() const { return m_list; }
    void submit();

signals:
    void openRequested(const nb::store::ReportId &id);
    // fromPrevious: start from last year's report (carry forward)
    void createRequested(const nb::report::Report &report, bool fromPrevious);
    // Start `thisYear` from last year's published report: pick it, preview it, store it, carry forward.
    void startFromPublishedRequested(const nb::report::Report &thisYear);

private:
    void onAgencyChanged();
    void onYearChanged();
    void updateCreateButton();
    bool hasReport(const QString &agency, int year) const;

    QList<store::ReportSummary> m_reports;
    QTreeWidget *m_list;
    QComboBox *m_agency;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QRadioButton *m_empty;
    QRadioButton *m_fromPrevious;
    QRadioButton *m_fromPublished;
    QLabel *m_previousHint;
    QPushButton *m_create;
    bool m_filling = false; // the form is being set from the reports, not by the user
};

} // namespace nb::ui
