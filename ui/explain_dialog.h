#pragma once
// 查看构成: what one aggregate cell is made of. Each agency with a report and
// its figure (non-zero first), the lines summing to the total shown under
// them, and the agencies without a report named apart. An agency's name is a
// link: a click on it asks for that agency's report at that cell, as do a
// double-click anywhere on its line, Enter and 打开报告.
#include "core/collection/explain.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace nb::ui {

class ExplainDialog : public QDialog {
    Q_OBJECT
public:
    // `what` names the aggregate: "示例市人民政府（汇总） 2023年".
    ExplainDialog(const collection::Explanation &explanation, const QString &what, QWidget *parent = nullptr);

    const collection::Explanation &explanation() const { return m_explanation; }
    QTreeWidget *lines() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *missingLabel() const { return m_missing; }
    // Opens the selected line's report (as activating it does); false when none is selected.
    bool openSelected();

signals:
    void agencyChosen(const QString &agency, const QString &cellKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    collection::Explanation m_explanation;
    QTreeWidget *m_lines;
    QLabel *m_total;
    QLabel *m_missing;
};

} // namespace nb::ui
