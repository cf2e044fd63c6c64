#pragma once
// The column headers of a table, kept in sight while its rows scroll: when
// the table's own header rows have scrolled above the top of the page's
// scroll area and some of its rows are still visible, this copy of the header
// rows (same model, spans and widths) is drawn over the top of the viewport,
// aligned with the table's columns, like a frozen header in a spreadsheet.
#include <QTableView>

class QScrollArea;

namespace nb::ui {

class ReportTableView;

class PinnedHeader : public QTableView {
    Q_OBJECT
public:
    PinnedHeader(ReportTableView *table, QScrollArea *scroll);
    // The height it covers at the top of the viewport while shown.
    int coveredHeight() const { return isVisible() ? geometry().bottom() + 1 : 0; }
    void reposition();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void copyGeometry();

    ReportTableView *m_table;
    QScrollArea *m_scroll;
    int m_headerRows;
};

} // namespace nb::ui
