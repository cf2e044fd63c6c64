#pragma once
// 对比上年: a report (or an aggregate) against the previous year's. Every cell
// of 二, 三 and 四 with last year, this year, the change and the change in per
// cent, the largest changes first (collection::compare), and how alike each
// text section is to last year's; exported as a web page, PDF or CSV.
#include "core/collection/compare.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace nb::ui {

class CompareWindow : public QWidget {
    Q_OBJECT
public:
    explicit CompareWindow(const collection::Comparison &comparison, QWidget *parent = nullptr);

    const collection::Comparison &comparison() const { return m_comparison; }
    QTableWidget *cells() const { return m_cells; }
    QTableWidget *texts() const { return m_texts; }
    QCheckBox *changedOnly() const { return m_changedOnly; }
    // .html/.htm, .pdf or .csv, by the suffix.
    Status exportTo(const QString &path) const;

private:
    void fillCells();
    void fillTexts();
    void showChangedOnly(bool on);
    void onExport();

    collection::Comparison m_comparison;
    QTableWidget *m_cells;
    QTableWidget *m_texts;
    QCheckBox *m_changedOnly;
};

} // namespace nb::ui
