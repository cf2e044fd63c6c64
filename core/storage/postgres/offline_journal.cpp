#include "core/storage/postgres/offline_journal.h"

#include "core/storage/database.h"
#include "core/storage/report_codec.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::storage {

namespace {

constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS entries(
  seq     INTEGER PRIMARY KEY,
  edit_id TEXT NOT NULL UNIQUE,
  agency  TEXT NOT NULL,
  year    INTEGER NOT NULL,
  hint    TEXT NOT NULL,
  content TEXT NOT NULL,
  refused TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS refused_texts(
  agency  TEXT NOT NULL,
  year    INTEGER NOT NULL,
  section TEXT NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY(agency, year, section));
)sql";

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QString encodeHint(const store::ChangeHint &h)
{
    QJsonObject base;
    for (auto it = h.textBase.begin(); it != h.textBase.end(); ++it)
        base.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("cells"), array(h.cells)},
                        {QStringLiteral("texts"), array(h.texts)},
                        {QStringLiteral("notes"), array(h.notes)},
                        {QStringLiteral("explanations"), array(h.explanations)},
                        {QStringLiteral("metadata"), h.metadata},
                        {QStringLiteral("everything"), h.everything},
                        {QStringLiteral("textBase"), base}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

store::ChangeHint decodeHint(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    store::ChangeHint h;
    h.cells = strings(o.value(QStringLiteral("cells")));
    h.texts = strings(o.value(QStringLiteral("texts")));
    h.notes = strings(o.value(QStringLiteral("notes")));
    h.explanations = strings(o.value(QStringLiteral("explanations")));
    h.metadata = o.value(QStringLiteral("metadata")).toBool();
    h.everything = o.value(QStringLiteral("everything")).toBool();
    const QJsonObject base = o.value(QStringLiteral("textBase")).toObject();
    for (auto it = base.begin(); it != base.end(); ++it)
        h.textBase.insert(it.key(), it.value().toString());
    return h;
}

} // namespace

OfflineJournal::OfflineJournal(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

OfflineJournal::~OfflineJournal() = default;

QString OfflineJournal::path() const
{
    return m_db->path();
}

Result<std::unique_ptr<OfflineJournal>> OfflineJournal::open(const QString &path)
{
    auto db = Database::open(path, 5000);
    if (!db)
        return db.error();
    // A rollback journal, not WAL: the file alone is the whole journal.
    if (Status done = db.value()->exec("PRAGMA synchronous = FULL"); !done)
        return done.error();
    if (Status done = db.value()->exec(kSchema); !done)
        return done.error();
    std::unique_ptr<OfflineJournal> journal(new OfflineJournal(std::move(db.value())));
    if (Status counted = journal->count(); !counted)
        return counted.error();
    return journal;
}

Status OfflineJournal::count()
{
    auto st = Statement::prepare(*m_db, "SELECT count(*) FILTER (WHERE refused = ''), count(*) FILTER (WHERE refused <> ''), "
                                        "(SELECT refused FROM entries WHERE refused <> '' ORDER BY seq DESC LIMIT 1) "
                                        "FROM entries");
    if (!st)
        return st.error();
    auto row = st.value().step();
    if (!row)
        return row.error();
    m_pending = int(st.value().int64(0));
    m_refused = int(st.value().int64(1));
    m_lastRefusal = st.value().text(2);
    return success();
}

Status OfflineJournal::append(const QString &editId, const report::Report &report, const store::ChangeHint &hint)
{
    // Only what the hint names is kept: a day offline stays a small file.
    report::Report named;
    named.agencyName = report.agencyName;
    named.year = report.year;
    named = store::applyHint(named, report, hint);
    auto st = Statement::prepare(*m_db, "INSERT INTO entries(edit_id, agency, year, hint, content) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!st)
        return st.error();
    st.value().bind(1, editId).bind(2, report.agencyName).bind(3, report.year).bind(4, encodeHint(hint))
        .bind(5, ReportCodec::encode(named));
    if (Status done = st.value().run(); !done)
        return done;
    ++m_pending;
    return success();
}

Result<std::optional<OfflineJournal::Entry>> OfflineJournal::first()
{
    auto st = Statement::prepare(*m_db, "SELECT seq, edit_id, agency, year, hint, content FROM entries "
                                        "WHERE refused = '' ORDER BY seq LIMIT 1");
    if (!st)
        return st.error();
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Entry>();
    Entry e;
    e.seq = st.value().int64(0);
    e.editId = st.value().text(1);
    e.report = {st.value().text(2), int(st.value().int64(3))};
    e.hint = decodeHint(st.value().text(4));
    auto content = ReportCodec::decode(st.value().text(5));
    if (!content)
        return Error{QStringLiteral("journal.corrupt"),
                     tr("本机保存的离线修改（%1）无法读取：%2").arg(path(), content.error().message)};
    e.content = content.value();
    return std::optional<Entry>(e);
}

Status OfflineJournal::remove(qint64 seq)
{
    auto st = Statement::prepare(*m_db, "DELETE FROM entries WHERE seq = ?1");
    if (!st)
        return st.error();
    if (Status done = st.value().bind(1, seq).run(); !done)
        return done;
    return count();
}

Status OfflineJournal::markRefused(qint64 seq, const QString &why)
{
    auto st = Statement::prepare(*m_db, "UPDATE entries SET refused = ?2 WHERE seq = ?1");
    if (!st)
        return st.error();
    if (Status done = st.value().bind(1, seq).bind(2, why.isEmpty() ? QStringLiteral("?") : why).run(); !done)
        return done;
    return count();
}

Status OfflineJournal::keepRefusedTexts(const store::ReportId &id, const QMap<QString, QString> &texts)
{
    auto tx = Transaction::begin(*m_db, Transaction::Kind::Write);
    if (!tx)
        return tx.error();
    auto st = Statement::prepare(*m_db, "INSERT INTO refused_texts(agency, year, section, text) VALUES(?1, ?2, ?3, ?4) "
                                        "ON CONFLICT(agency, year, section) DO UPDATE SET text = excluded.text");
    if (!st)
        return st.error();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        st.value().reset();
        if (Status done = st.value().bind(1, id.agency).bind(2, id.year).bind(3, it.key()).bind(4, it.value()).run(); !done)
            return done;
    }
    return tx.value().commit();
}

Result<QMap<QString, QString>> OfflineJournal::takeRefusedTexts(const store::ReportId &id)
{
    auto tx = Transaction::begin(*m_db, Transaction::Kind::Write);
    if (!tx)
        return tx.error();
    auto st = Statement::prepare(*m_db, "SELECT section, text FROM refused_texts WHERE agency = ?1 AND year = ?2");
    if (!st)
        return st.error();
    QMap<QString, QString> out;
    st.value().bind(1, id.agency).bind(2, id.year);
    if (Status done = st.value().forEachRow([&](const Statement &row) { out.insert(row.text(0), row.text(1)); }); !done)
        return done.error();
    auto del = Statement::prepare(*m_db, "DELETE FROM refused_texts WHERE agency = ?1 AND year = ?2");
    if (!del)
        return del.error();
    if (Status done = del.value().bind(1, id.agency).bind(2, id.year).run(); !done)
        return done.error();
    if (Status done = tx.value().commit(); !done)
        return done.error();
    return out;
}

Result<QList<store::ReportId>> OfflineJournal::reportsWithRefusedTexts()
{
    auto st = Statement::prepare(*m_db, "SELECT DISTINCT agency, year FROM refused_texts");
    if (!st)
        return st.error();
    QList<store::ReportId> out;
    if (Status done = st.value().forEachRow([&](const Statement &row) { out << store::ReportId{row.text(0), int(row.int64(1))}; });
        !done)
        return done.error();
    return out;
}

} // namespace nb::storage
