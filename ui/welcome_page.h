#pragma once
// Shown when no report is open: the reports already kept (double-click opens
// one) and a form to start an agency's report for a year, empty or carried
// forward from last year.
#include "core/store/report_store.h"

#include <QWidget>

class QComboBox;
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
    QSpinBox *yearBox() const { return m_year; }
    QRadioButton *fromPreviousButton() const { return m_fromPrevious; }
    void submit();

signals:
    void openRequested(const nb::store::ReportId &id);
    // fromPrevious: start from last year's report (carry forward)
    void createRequested(const nb::report::Report &report, bool fromPrevious);

private:
    QTreeWidget *m_list;
    QComboBox *m_agency;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QRadioButton *m_empty;
    QRadioButton *m_fromPrevious;
};

} // namespace nb::ui
