#include "core/storage/postgres/open_store.h"

#include "core/storage/postgres/pg_report_store.h"
#include "core/storage/sqlite_report_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace nb::storage {

bool isServerAddress(const QString &db)
{
    const QString s = db.trimmed();
    if (s.startsWith(QLatin1String("postgresql://")) || s.startsWith(QLatin1String("postgres://")))
        return true;
    // A keyword string: "service=office", "host=… dbname=…".
    static const QRegularExpression keyword(QStringLiteral("^(service|host|hostaddr|dbname|port|user)\\s*="));
    return keyword.match(s).hasMatch();
}

QString displayAddress(const QString &db)
{
    QString s = db.trimmed();
    if (s.startsWith(QLatin1String("postgres"))) {
        QUrl url(s);
        if (url.isValid() && !url.password().isEmpty()) {
            url.setPassword({});
            s = url.toString();
        }
    }
    static const QRegularExpression password(QStringLiteral("(^|\\s|[?&])password\\s*=\\s*('[^']*'|[^\\s&]*)"));
    s.replace(password, QStringLiteral("\\1"));
    return s.simplified();
}

QString journalPathFor(const QString &folder, const QString &db)
{
    const QByteArray key = QCryptographicHash::hash(displayAddress(db).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("offline-%1.sqlite3").arg(QString::fromLatin1(key)));
}

Result<std::unique_ptr<store::ReportStore>> openStore(const QString &db, const OpenStoreOptions &options)
{
    if (!isServerAddress(db)) {
        auto sqlite = SqliteReportStore::open(db);
        if (!sqlite)
            return sqlite.error();
        return std::unique_ptr<store::ReportStore>(std::move(sqlite.value()));
    }
    ServerOptions server;
    server.connect.conninfo = db.trimmed();
    server.connect.password = options.password;
    if (!options.journalFolder.isEmpty())
        server.journalPath = journalPathFor(options.journalFolder, db);
    auto opened = PgReportStore::open(server);
    if (!opened)
        return opened.error();
    return std::unique_ptr<store::ReportStore>(std::move(opened.value()));
}

} // namespace nb::storage
