#include "core/storage/postgres/pg_link.h"

#include "core/storage/postgres/offline_journal.h"
#include "core/storage/postgres/pg_report_store.h"

#include <QSocketNotifier>

namespace nb::storage::pg {

Link::Link(PgReportStore &store) : m_store(store)
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &Link::tryConnect);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &Link::pollConnect);
}

Link::~Link() = default;

store::StoreLink::State Link::state() const
{
    return m_store.m_conn ? State::Online : State::Offline;
}

int Link::unsentEdits() const
{
    return m_store.m_journal ? m_store.m_journal->pending() : 0;
}

int Link::refusedEdits() const
{
    return m_store.m_journal ? m_store.m_journal->refused() : 0;
}

QString Link::lastRefusal() const
{
    return m_store.m_journal ? m_store.m_journal->lastRefusal() : QString();
}

QString Link::where() const
{
    return m_store.describe();
}

QString Link::keyOf(const store::ReportId &id)
{
    return id.agency + QLatin1Char('\x1f') + QString::number(id.year);
}

// Channel names are built from numbers only (LISTEN takes no parameters).
void Link::listenReport(const store::ReportId &id)
{
    Connection *c = m_store.m_conn.get();
    if (!c)
        return; // listened to once connected again
    auto row = c->exec("SELECT r.id FROM nianbao.reports r JOIN nianbao.agencies a ON a.id = r.agency_id "
                       "WHERE a.name = $1 AND r.year = $2",
                       Params() << id.agency << id.year);
    if (!row || row->count() == 0)
        return; // no such report yet: its year's channel tells when it comes
    const qint64 reportId = row->int64(0, 0);
    m_channels.insert(reportId, id);
    static_cast<void>(c->script(QStringLiteral("LISTEN nb_r%1").arg(reportId)));
}

void Link::listenYear(int year)
{
    if (Connection *c = m_store.m_conn.get())
        static_cast<void>(c->script(QStringLiteral("LISTEN nb_y%1").arg(year)));
}

void Link::watchReport(const store::ReportId &id)
{
    const QString key = keyOf(id);
    if (m_reportWatches[key]++ > 0)
        return;
    m_reportIds.insert(key, id);
    listenReport(id);
}

void Link::unwatchReport(const store::ReportId &id)
{
    const QString key = keyOf(id);
    auto it = m_reportWatches.find(key);
    if (it == m_reportWatches.end() || --*it > 0)
        return;
    m_reportWatches.erase(it);
    m_reportIds.remove(key);
    for (auto channel = m_channels.begin(); channel != m_channels.end();) {
        if (channel.value() == id) {
            if (Connection *c = m_store.m_conn.get())
                static_cast<void>(c->script(QStringLiteral("UNLISTEN nb_r%1").arg(channel.key())));
            channel = m_channels.erase(channel);
        } else {
            ++channel;
        }
    }
}

void Link::watchYear(int year)
{
    if (m_yearWatches[year]++ == 0)
        listenYear(year);
}

void Link::unwatchYear(int year)
{
    auto it = m_yearWatches.find(year);
    if (it == m_yearWatches.end() || --*it > 0)
        return;
    m_yearWatches.erase(it);
    if (Connection *c = m_store.m_conn.get())
        static_cast<void>(c->script(QStringLiteral("UNLISTEN nb_y%1").arg(year)));
}

QMap<QString, QString> Link::takeRefusedTexts(const store::ReportId &id)
{
    if (!m_store.m_journal)
        return {};
    auto taken = m_store.m_journal->takeRefusedTexts(id);
    return taken ? taken.value() : QMap<QString, QString>();
}

void Link::connected(Connection &connection)
{
    m_retry.stop();
    m_poll.stop();
    m_connecting.reset();
    m_problem.clear();
    m_channels.clear();
    for (const store::ReportId &id : std::as_const(m_reportIds))
        listenReport(id);
    for (auto it = m_yearWatches.constBegin(); it != m_yearWatches.constEnd(); ++it)
        listenYear(it.key());
    m_notifier = std::make_unique<QSocketNotifier>(connection.socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &Link::onReadable);
    emit stateChanged();
    // Whatever happened while away was not announced to us: look again
    // (from the event loop: this may run inside a store call).
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (const store::ReportId &id : std::as_const(m_reportIds))
                emit reportChanged(id);
            for (auto it = m_yearWatches.constBegin(); it != m_yearWatches.constEnd(); ++it)
                emit yearChanged(it.key());
        },
        Qt::QueuedConnection);
}

void Link::announceRefusedTexts(const store::ReportId &id)
{
    QMetaObject::invokeMethod(this, [this, id] { emit textsRefused(id); }, Qt::QueuedConnection);
}

void Link::disconnected(const QString &why)
{
    m_notifier.reset();
    m_channels.clear();
    m_problem = why;
    if (m_reconnect && !m_retry.isActive())
        m_retry.start();
    emit stateChanged();
}

void Link::tryConnect()
{
    if (m_store.m_conn || m_connecting)
        return;
    m_connecting = Connection::start(m_store.m_options.connect);
    m_poll.start();
}

void Link::pollConnect()
{
    if (!m_connecting) {
        m_poll.stop();
        return;
    }
    switch (m_connecting->poll()) {
    case Connection::Progress::Waiting:
        return;
    case Connection::Progress::Failed: {
        m_problem = m_connecting->connectError().message;
        m_connecting.reset();
        m_poll.stop();
        emit stateChanged();
        return;
    }
    case Connection::Progress::Ready: {
        m_poll.stop();
        if (Status adopted = m_store.adopt(std::move(m_connecting)); !adopted) {
            m_problem = adopted.error().message;
            emit stateChanged();
        }
        return;
    }
    }
}

void Link::onReadable()
{
    Connection *c = m_store.m_conn.get();
    if (!c)
        return;
    if (!c->consumeInput()) {
        m_store.goOffline(Error{QStringLiteral("store.offline"),
                                PgReportStore::tr("与数据库服务器的连接中断了。")});
        return;
    }
    collect();
}

void Link::collect()
{
    if (Connection *c = m_store.m_conn.get())
        m_queue << c->takeNotifications();
    if (m_queue.isEmpty() || m_dispatchQueued)
        return;
    // Told from the event loop, never in the middle of the store call that
    // brought the notification (a session may be writing just then).
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(this, &Link::dispatch, Qt::QueuedConnection);
}

void Link::dispatch()
{
    m_dispatchQueued = false;
    const QList<Notification> queue = std::exchange(m_queue, {});
    QSet<QString> reports;
    QSet<int> years;
    for (const Notification &n : queue) {
        if (n.channel.startsWith(QLatin1String("nb_r"))) {
            const auto it = m_channels.constFind(n.channel.mid(4).toLongLong());
            if (it != m_channels.constEnd() && !reports.contains(keyOf(*it))) {
                reports.insert(keyOf(*it));
                emit reportChanged(*it);
            }
        } else if (n.channel.startsWith(QLatin1String("nb_y"))) {
            const int year = n.channel.mid(4).toInt();
            if (m_yearWatches.contains(year) && !years.contains(year)) {
                years.insert(year);
                emit yearChanged(year);
            }
        }
    }
}

} // namespace nb::storage::pg
