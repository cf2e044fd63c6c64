#pragma once
// 历史版本: the snapshots of the open report (time, reason). Selecting one
// shows it read-only in the form's layout; a snapshot can be taken on request
// with a reason, and one can be restored (after confirmation; the store
// snapshots the current state first, so a restore can itself be undone from
// here). The window reloads the report after a restore.
#include "core/store/report_store.h"

#include <QDialog>
#include <functional>

class QPushButton;
class QSplitter;
class QTreeWidget;

namespace nb::ui {

class ReportPreview;

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    // `flush` writes the open report's pending edits, so a snapshot holds what is on screen.
    HistoryDialog(store::ReportStore &store, const store::ReportId &id, std::function<Status()> flush,
                  QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    ReportPreview *preview() const { return m_preview; } // of the selected snapshot; null when none
    void selectRow(int row);
    // Without dialogs (the buttons ask for the reason and the confirmation).
    Status takeSnapshot(const QString &reason);
    Status restoreSelected();
    QString lastError() const { return m_lastError; }

signals:
    void restored(const nb::store::ReportId &id);

private:
    void reload();
    void showSelected();
    void onTakeSnapshot();
    void onRestore();
    qint64 selectedId() const;
    void fail(const Status &status);

    store::ReportStore &m_store;
    store::ReportId m_id;
    std::function<Status()> m_flush;
    QTreeWidget *m_list;
    QSplitter *m_split;
    ReportPreview *m_preview = nullptr;
    QPushButton *m_restore;
    QString m_lastError;
};

} // namespace nb::ui
