#pragma once
// The edits kept on this computer while the server cannot be reached: a small
// SQLite file, one row per edit in the order they were made, each with the id
// under which it is sent (the server keeps the ids it has applied, so an edit
// sent twice — its answer lost with the connection — is applied once). An
// edit leaves the journal only when the server has it, or stays marked
// refused with the server's reason: nothing is ever dropped.
//
// Also kept here: text sections whose edit was refused because somebody else
// changed the same section meanwhile, until the window takes them to let the
// user choose between both versions.
#include "core/store/report_store.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace nb::storage {

class Database;

class OfflineJournal {
    Q_DECLARE_TR_FUNCTIONS(OfflineJournal)
public:
    struct Entry {
        qint64 seq = 0;
        QString editId;
        store::ReportId report;
        store::ChangeHint hint;
        report::Report content; // only what the hint names
    };

    static Result<std::unique_ptr<OfflineJournal>> open(const QString &path);
    ~OfflineJournal();

    // Durable when it returns.
    Status append(const QString &editId, const report::Report &report, const store::ChangeHint &hint);
    // The oldest edit not yet sent nor refused.
    Result<std::optional<Entry>> first();
    Status remove(qint64 seq);
    Status markRefused(qint64 seq, const QString &why);
    int pending() const { return m_pending; }
    int refused() const { return m_refused; }
    QString lastRefusal() const { return m_lastRefusal; }

    Status keepRefusedTexts(const store::ReportId &id, const QMap<QString, QString> &texts);
    Result<QMap<QString, QString>> takeRefusedTexts(const store::ReportId &id);
    // Reports that have refused texts waiting.
    Result<QList<store::ReportId>> reportsWithRefusedTexts();
    QString path() const;

private:
    explicit OfflineJournal(std::unique_ptr<Database> db);
    Status count();

    std::unique_ptr<Database> m_db;
    int m_pending = 0;
    int m_refused = 0;
    QString m_lastRefusal;
};

} // namespace nb::storage
