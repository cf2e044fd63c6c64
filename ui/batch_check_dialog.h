#pragma once
// 批量检查 (File menu): many reports — packages, published PDFs, web pages and
// texts — checked at once, as a reviewing office does. One row per report with
// its agency, year and counts, each finding (and the sentence it quotes) under
// it; the reviewer's report (HTML or CSV, the same as `nianbao-cli check
// --report`) is saved from here. Nothing is stored in the database.
#include "core/interchange/review_report.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace nb::ui {

class BatchCheckDialog : public QDialog {
    Q_OBJECT
public:
    explicit BatchCheckDialog(const QStringList &files, QWidget *parent = nullptr);

    QTreeWidget *results() const { return m_results; }
    QPushButton *saveButton() const { return m_save; }
    const interchange::ReviewReport &review() const { return m_review; }
    // Writes the reviewer's report (.html or .csv); the message said beside the button.
    Status saveReport(const QString &path);
    QString statusText() const;

private:
    void checkAll(const QStringList &files);
    void addRow(const interchange::ReviewedReport &reviewed);
    void onSave();

    interchange::ReviewReport m_review;
    QTreeWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace nb::ui
