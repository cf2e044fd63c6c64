#pragma once
// 汇总 → 报送情况: the collection board of a node and a year (every agency
// below it: status, counts, last change and who), sortable by any column,
// filtered by the board's ready-made filters, with the summary line under it.
// A row opens its report in the main window (double-click or Enter). It reads
// the store again as reports change: at once when the store announces changes
// (a server), else every kPollMs while shown, and whenever the window is
// activated. Exports what is shown (filtered, in the order shown) as CSV,
// a web page, a one-page PDF or print.
#include "core/collection/board.h"
#include "core/report/result.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QSpinBox;
class QTableView;

namespace nb::ui {

class BoardModel;
class BoardProxy;

class BoardWindow : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPollMs = 2000;        // a store without a link: how often it is read again
    static constexpr int kLinkedPollMs = 15000; // a store that announces changes: only for unannounced ones

    // year 0: last year (the year reports are written for).
    BoardWindow(store::ReportStore &store, int year, QWidget *parent = nullptr);
    ~BoardWindow() override;

    // Reads the board again; the selection stays on its agency.
    Status refresh();
    void setNode(const QString &node); // "" for every agency
    void setYear(int year);
    void setFilter(collection::BoardFilter filter);
    QString node() const;
    int year() const;

    BoardModel *model() const { return m_model; }
    BoardProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *nodeBox() const { return m_node; }
    QComboBox *filterBox() const { return m_filter; }
    QString summaryText() const;
    // Each column as wide as its texts, the last one filling the rest.
    void fitColumns();
    QString messageText() const;

    Status exportCsv(const QString &path);
    Status exportHtml(const QString &path);
    Status exportPdf(const QString &path);
    void print(QPagedPaintDevice *device);
    // Asks the main window to open the report of a shown row; false (and said
    // in the window) when that agency has no report for the year.
    bool openRow(int shownRow);

signals:
    void openRequested(const nb::store::ReportId &id);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildButtons();
    void refreshNodes(const QList<store::AgencyInfo> &agencies);
    void watch(int year);
    void saveAs(const QString &title, const QString &suffix, const QString &filter, Status (BoardWindow::*write)(const QString &));
    void onPrint();
    void say(const QString &message, bool problem);

    store::ReportStore &m_store;
    BoardModel *m_model;
    BoardProxy *m_proxy;
    QTableView *m_table;
    QComboBox *m_node;
    QSpinBox *m_year;
    QComboBox *m_filter;
    QLabel *m_summary;
    QLabel *m_message;
    QTimer m_poll;
    QTimer m_announced; // gathers a burst of announced changes into one refresh
    QList<store::AgencyInfo> m_agencies;
    int m_watchedYear = 0;
};

} // namespace nb::ui
