#pragma once
// Importing a published report (issue 6) shows what was read before anything
// is stored: the figures in the form's own layout with every finding, each
// cell that could not be read (which cell, what was printed, why) and the
// importer's notes. The agency, its kind and the year can be typed or corrected
// here (a report whose title was not found is never refused for it); the buttons
// create the draft or, when that agency and year exist, replace it (the store
// snapshots the old one first and logs the import).
#include "core/interchange/import_result.h"
#include "core/store/report_store.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace nb::ui {

class ReportPreview;

class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    // Stores the report: (report, replace) → why it was refused.
    using Importer = std::function<Status(const report::Report &, bool)>;

    ImportPreviewDialog(store::ReportStore &store, const interchange::ImportResult &result,
                        const QString &fileName, Importer importer, QWidget *parent = nullptr);

    ReportPreview *preview() const { return m_preview; }
    QTreeWidget *unreadableList() const { return m_unreadable; }
    QListWidget *notesList() const { return m_notes; }
    QLineEdit *agencyEdit() const { return m_agency; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *replaceButton() const { return m_replace; }
    QString lastError() const { return m_lastError; }
    // The report as it will be stored: the agency and year of the fields.
    report::Report reportToStore() const;
    QString targetText() const;
    // The welcome page's third way: this is last year's report, and the
    // buttons store it and start the year after from it. They are refused
    // while the year after is already kept (it is never overwritten).
    void setStartsNextYear(bool on);

private:
    QWidget *buildTarget();
    QWidget *buildDetails(const interchange::ImportResult &result);
    void updateTarget();
    void submit(bool replace);

    store::ReportStore &m_store;
    report::Report m_report;
    Importer m_importer;
    QString m_fileName;
    ReportPreview *m_preview;
    QTreeWidget *m_unreadable = nullptr;
    QListWidget *m_notes = nullptr;
    QLineEdit *m_agency = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_kind = nullptr;
    bool m_kindChosen = false; // once the user picks a kind, typing the name no longer changes it
    QLabel *m_targetInfo = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_replace = nullptr;
    QString m_lastError;
    bool m_startsNextYear = false;
};

} // namespace nb::ui
