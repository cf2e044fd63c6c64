#pragma once
// Files read on other threads a few files ahead of the one in use and given
// in the order of the files: `import` checks one file while the next ones are
// being read, and holds no more than `ahead` results at a time however many
// files it is given. Files that `onCaller` picks are read when their turn
// comes, on the caller's thread.
#include <QStringList>
#include <QThreadPool>

#include <chrono>
#include <deque>
#include <functional>
#include <future>
#include <memory>

namespace nb::cli {

template<typename T>
class ReadAhead {
public:
    using Read = std::function<T(const QString &file)>;
    static constexpr qsizetype kAhead = 8;

    ReadAhead(QStringList files, Read read, std::function<bool(const QString &)> onCaller, qsizetype ahead = kAhead)
        : m_files(std::move(files)), m_read(std::move(read)), m_onCaller(std::move(onCaller)), m_ahead(qMax(qsizetype(1), ahead))
    {
    }
    ~ReadAhead() { dropPending(); } // waits for the reads under way: they use m_read
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // File i, read. Asked in order (0, 1, 2 …) the next ones are already
    // being read; asked out of order, reading starts over at i.
    T take(qsizetype i)
    {
        if (i != m_started - qsizetype(m_pending.size())) {
            dropPending();
            m_started = i;
        }
        startUpTo(qMin(i + m_ahead, m_files.size()));
        auto next = std::move(m_pending.front());
        m_pending.pop_front();
        return next.get();
    }

private:
    void startUpTo(qsizetype end)
    {
        for (; m_started < end; ++m_started) {
            const QString file = m_files[m_started];
            if (m_onCaller(file)) {
                m_pending.push_back(std::async(std::launch::deferred, [this, file] { return m_read(file); }));
                continue;
            }
            auto promise = std::make_shared<std::promise<T>>();
            m_pending.push_back(promise->get_future());
            QThreadPool::globalInstance()->start([this, promise, file] { promise->set_value(m_read(file)); });
        }
    }

    void dropPending()
    {
        for (auto &pending : m_pending)
            if (pending.wait_for(std::chrono::seconds(0)) != std::future_status::deferred) // a deferred read never started
                pending.wait();
        m_pending.clear();
    }

    QStringList m_files;
    Read m_read;
    std::function<bool(const QString &)> m_onCaller;
    qsizetype m_ahead;
    qsizetype m_started = 0; // files before this one are started (or taken)
    std::deque<std::future<T>> m_pending; // the last started, not taken yet
};

} // namespace nb::cli
