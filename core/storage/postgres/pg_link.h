#pragma once
// The StoreLink of PgReportStore: LISTEN/NOTIFY on the store's connection
// (a socket notifier wakes it when the server sends something), and, while
// the server cannot be reached, connecting again in the background without
// ever blocking the window: a connection attempt is started every
// kRetryMs and polled, and the journal is sent once it stands.
#include "core/storage/postgres/pg_connection.h"
#include "core/store/store_link.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <memory>

class QSocketNotifier;

namespace nb::storage {
class PgReportStore;
}

namespace nb::storage::pg {

class Link : public store::StoreLink {
    Q_OBJECT
public:
    static constexpr int kRetryMs = 1000;
    static constexpr int kPollMs = 50;

    explicit Link(PgReportStore &store);
    ~Link() override;

    State state() const override;
    QString problem() const override { return m_problem; }
    int unsentEdits() const override;
    int refusedEdits() const override;
    QString lastRefusal() const override;
    QString where() const override;
    void watchReport(const store::ReportId &id) override;
    void unwatchReport(const store::ReportId &id) override;
    void watchYear(int year) override;
    void unwatchYear(int year) override;
    QMap<QString, QString> takeRefusedTexts(const store::ReportId &id) override;

    // Called by the store.
    void connected(Connection &connection); // a new connection stands: listen again, tell everyone
    void disconnected(const QString &why);  // keep trying in the background (when `reconnect` is on)
    void setReconnect(bool on) { m_reconnect = on; }
    // Picks up notifications the last statement brought along.
    void collect();
    void journalChanged() { emit stateChanged(); }
    // Told from the event loop (the store may be in the middle of a session's write).
    void announceRefusedTexts(const store::ReportId &id);

private:
    static QString keyOf(const store::ReportId &id);
    void listenReport(const store::ReportId &id);
    void listenYear(int year);
    void dispatch();
    void tryConnect();
    void pollConnect();
    void onReadable();

    PgReportStore &m_store;
    QString m_problem;
    bool m_reconnect = false;
    QHash<QString, int> m_reportWatches; // keyOf(id) → count
    QHash<QString, store::ReportId> m_reportIds;
    QHash<qint64, store::ReportId> m_channels; // report row id → report
    QHash<int, int> m_yearWatches;
    QList<Notification> m_queue;
    bool m_dispatchQueued = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<Connection> m_connecting;
    QTimer m_retry;
    QTimer m_poll;
};

} // namespace nb::storage::pg
