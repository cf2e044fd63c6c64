#pragma once
// 汇总: the aggregate of a node (an agency with agencies below it, or 全部机关)
// for a year, computed from the database (collection::Aggregation::fromStore)
// and shown like any report but read-only: the form's own table pages and
// findings panel (every in-report rule and the AGG- rules: who is missing,
// not final, has errors, and the carry-over against last year's aggregate).
// It sums every agency below the node, or a chosen set of them (选择机关…):
// then only those count, in the figures and in the AGG- rules alike.
// Any cell can be explained (查看构成, Ctrl+E or the context menu), the
// aggregate exported like a report (with its contributors appended) and
// compared with last year's. It is computed again on 刷新 (F5) and when the
// database changes (announced by a server, or seen by asking every few seconds).
#include "core/collection/aggregate.h"
#include "core/render/report_renderer.h"
#include "core/store/report_store.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace nb::ui {

class AgencyChoiceDialog;
class CompareWindow;
class ExplainDialog;
class ReportPreview;

class AggregateWindow : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPollMs = 2000; // how often an unlinked store is asked for changes

    explicit AggregateWindow(store::ReportStore &store, QWidget *parent = nullptr);
    ~AggregateWindow() override;

    // Chooses the node ("" for 全部机关) and year and computes; false when
    // the node is not offered (no agency below it) or the year has no report.
    bool choose(const QString &node, int year);
    QString node() const;
    int year() const;
    // Computes again from the database; the page and cell shown are kept.
    Status recompute();
    // The agencies below the node, in the tree's order.
    QStringList agenciesBelow() const;
    // Sums only `agencies` of those below the node (all of them, or none
    // given, is every agency below it) and computes again; false when one is
    // not below the node. Choosing another node forgets the choice.
    bool setChosen(const QStringList &agencies);
    // The chosen agencies; empty when it is every agency below the node.
    QStringList chosen() const { return m_chosen; }
    // 选择机关…: the list of the agencies below the node to check (shown,
    // window-modal); its 确定 sums the checked ones.
    AgencyChoiceDialog *chooseAgencies();

    const collection::Aggregate *aggregate() const { return m_aggregate ? &*m_aggregate : nullptr; }
    ReportPreview *preview() const { return m_preview; }
    QComboBox *nodeBox() const { return m_node; }
    QComboBox *yearBox() const { return m_year; }
    QPushButton *chooseButton() const { return m_choose; }
    QLabel *summaryLabel() const { return m_summary; }

    // 查看构成 of a cell (shown, not modal); null with a message when there is no aggregate.
    ExplainDialog *explainCell(const QString &cellKey);
    // The cell with the keyboard in the shown page; "" when none.
    QString currentCellKey() const;
    // Like any report: .pdf (in `style`), .odt, .html, .csv, .nianbao.json.
    Status exportTo(const QString &path, render::PageStyle style) const;
    // 对比上年 of the aggregate; null with a message when no agency had a report last year.
    CompareWindow *showCompare();

signals:
    // 查看构成's line chosen: that agency's report at that cell.
    void openReportRequested(const nb::store::ReportId &id, const QString &cellKey);

private:
    void fillChoices();
    void onChoiceChanged();
    void watchYears(int year); // 0: none
    void showAggregate();
    void showSummary();
    void showProblem(const QString &text);
    void pollStore();
    void onExport();
    void explainCurrent();
    qint64 storeFingerprint();
    QString what() const;

    store::ReportStore &m_store;
    std::optional<collection::Aggregate> m_aggregate;
    QComboBox *m_node;
    QComboBox *m_year;
    QLabel *m_summary;
    QPushButton *m_choose;
    QStringList m_chosen;  // empty: every agency below the node
    QString m_chosenNode;  // the node the choice was made for
    QVBoxLayout *m_body;
    ReportPreview *m_preview = nullptr;
    QTimer *m_poll;
    qint64 m_fingerprint = -1;
    int m_watchedYear = 0;
    bool m_filling = false;
};

} // namespace nb::ui
