#pragma once
// File → 打开数据库…: a database file on this computer, or a PostgreSQL server
// shared by an office (host, port, database, user and how the connection is
// encrypted; or a service name from the libpq service file). A password is
// asked for when the server wants one and is kept in memory only: never in
// the settings, never in the address remembered for next time. ~/.pgpass,
// PGPASSFILE or a service file are the ways to keep one (docs/server.md).
//
// The dialog does not open databases itself (ui/ has no SQL): it is given
// the opener of the application.
#include "core/store/report_store.h"

#include <QDialog>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace nb::ui {

using DatabaseOpener =
    std::function<Result<std::unique_ptr<store::ReportStore>>(const QString &address, const QString &password)>;

class OpenDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    // `current`: the address of the database open now, to start from.
    OpenDatabaseDialog(DatabaseOpener opener, const QString &current, QWidget *parent = nullptr);
    ~OpenDatabaseDialog() override;

    // What the form describes: a file path, postgresql://user@host:port/db?sslmode=…
    // (never with a password) or service=NAME; "" while incomplete.
    QString address() const;
    // Opens it; false with the reason shown in the dialog (and the password
    // box, when the server asked for one).
    bool tryOpen();
    std::unique_ptr<store::ReportStore> takeStore();

    // For tests.
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *file() const { return m_file; }
    QLineEdit *host() const { return m_host; }
    QSpinBox *port() const { return m_port; }
    QLineEdit *database() const { return m_database; }
    QLineEdit *user() const { return m_user; }
    QComboBox *encryption() const { return m_encryption; }
    QLineEdit *service() const { return m_service; }
    QLineEdit *password() const { return m_password; }
    QString problem() const;

    void accept() override;

private:
    QWidget *buildFileTab();
    QWidget *buildServerTab();
    void showAddress(const QString &current);

    DatabaseOpener m_opener;
    std::unique_ptr<store::ReportStore> m_store;
    QTabWidget *m_tabs;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_encryption;
    QLineEdit *m_service;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_problem;
};

// "本机文件 /home/…/nianbao.sqlite3" or "服务器 db.example 上的 nianbao（用户 zhang）", for titles and the status bar.
QString describeAddress(const QString &address);
// Where the reports are kept, as the manual names it: a file's absolute path,
// or the server described as above (never a password).
QString manualLocation(const QString &address);

} // namespace nb::ui
