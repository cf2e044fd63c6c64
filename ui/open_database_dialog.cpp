#include "ui/open_database_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace nb::ui {

namespace {

bool isServer(const QString &address)
{
    return address.startsWith(QLatin1String("postgres")) || address.contains(QLatin1Char('='));
}

// A password typed into an address (postgresql://user:secret@… or
// "… password=secret") would be remembered with it in the settings.
bool holdsPassword(const QString &address)
{
    if (!isServer(address))
        return false;
    static const QRegularExpression keyword(QStringLiteral("(^|[\\s?&])password\\s*="));
    return keyword.match(address).hasMatch()
           || (address.startsWith(QLatin1String("postgres")) && !QUrl(address).password().isEmpty());
}

struct Encryption {
    const char *mode;
    const char *label;
};

// libpq's sslmode values, the ones worth offering, safest last.
const Encryption kEncryption[] = {
    {"prefer", QT_TRANSLATE_NOOP("nb::ui::OpenDatabaseDialog", "尽量加密（服务器支持时）")},
    {"disable", QT_TRANSLATE_NOOP("nb::ui::OpenDatabaseDialog", "不加密（仅限本机或可信网络）")},
    {"require", QT_TRANSLATE_NOOP("nb::ui::OpenDatabaseDialog", "必须加密，不核对服务器证书")},
    {"verify-full", QT_TRANSLATE_NOOP("nb::ui::OpenDatabaseDialog", "必须加密并核对服务器证书（推荐）")},
};

} // namespace

QString describeAddress(const QString &address)
{
    if (!isServer(address))
        return OpenDatabaseDialog::tr("本机文件 %1").arg(QDir::toNativeSeparators(address));
    if (address.startsWith(QLatin1String("service=")))
        return OpenDatabaseDialog::tr("服务器（服务名 %1）").arg(address.mid(8).section(QLatin1Char(' '), 0, 0));
    const QUrl url(address);
    const QString host = url.host().isEmpty() ? OpenDatabaseDialog::tr("本机") : url.host();
    const QString db = url.path().mid(1);
    return url.userName().isEmpty() ? OpenDatabaseDialog::tr("服务器 %1 上的 %2").arg(host, db)
                                    : OpenDatabaseDialog::tr("服务器 %1 上的 %2（用户 %3）").arg(host, db, url.userName());
}

QString manualLocation(const QString &address)
{
    return isServer(address) ? describeAddress(address) : QFileInfo(address).absoluteFilePath();
}

OpenDatabaseDialog::OpenDatabaseDialog(DatabaseOpener opener, const QString &current, QWidget *parent)
    : QDialog(parent), m_opener(std::move(opener))
{
    setWindowTitle(tr("打开数据库"));
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildFileTab(), tr("本机的数据库文件"));
    m_tabs->addTab(buildServerTab(), tr("数据库服务器"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showAddress(current);
}

OpenDatabaseDialog::~OpenDatabaseDialog() = default;

QWidget *OpenDatabaseDialog::buildFileTab()
{
    auto *page = new QWidget;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("file"));
    auto *browse = new QPushButton(tr("浏览…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("选择或新建数据库文件"), m_file->text(),
                                                            tr("年报数据库 (*.sqlite3);;所有文件 (*)"), nullptr,
                                                            QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("文件："), row);
    auto *note = new QLabel(tr("一台电脑自己用：报告保存在这个文件里。文件不存在时新建。"));
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *OpenDatabaseDialog::buildServerTab()
{
    auto *page = new QWidget;
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("如 db.example.gov.cn；空着为本机"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("nianbao"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("空着为本机登录名"));
    m_encryption = new QComboBox;
    m_encryption->setObjectName(QStringLiteral("encryption"));
    for (const Encryption &e : kEncryption)
        m_encryption->addItem(tr(e.label), QString::fromLatin1(e.mode));
    m_service = new QLineEdit;
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(tr("填写后以服务文件中的设置为准"));
    m_passwordLabel = new QLabel(tr("密码："));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(page);
    form->addRow(tr("服务器："), m_host);
    form->addRow(tr("端口："), m_port);
    form->addRow(tr("数据库："), m_database);
    form->addRow(tr("用户："), m_user);
    form->addRow(tr("加密："), m_encryption);
    form->addRow(tr("或服务名："), m_service);
    form->addRow(m_passwordLabel, m_password);
    auto *note = new QLabel(tr("全机关共用一个数据库：每人用自己的用户登录，服务器按权限决定能看、能改哪些报告。"
                               "密码只在本次使用，不会保存；要免去每次输入，可以写在 ~/.pgpass 或服务文件中。"));
    note->setWordWrap(true);
    form->addRow(note);
    m_passwordLabel->hide(); // shown when the server asks for a password
    m_password->hide();
    return page;
}

void OpenDatabaseDialog::showAddress(const QString &current)
{
    if (!isServer(current)) {
        m_file->setText(QDir::toNativeSeparators(current));
        m_tabs->setCurrentIndex(0);
        return;
    }
    m_tabs->setCurrentIndex(1);
    if (current.startsWith(QLatin1String("service="))) {
        m_service->setText(current.mid(8).trimmed());
        return;
    }
    const QUrl url(current);
    m_host->setText(url.host());
    if (url.port() > 0)
        m_port->setValue(url.port());
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    const int mode = m_encryption->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    if (mode >= 0)
        m_encryption->setCurrentIndex(mode);
}

QString OpenDatabaseDialog::address() const
{
    if (m_tabs->currentIndex() == 0)
        return QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!m_service->text().trimmed().isEmpty())
        return QStringLiteral("service=") + m_service->text().trimmed();
    if (m_database->text().trimmed().isEmpty())
        return {};
    // Written out by hand: QUrl makes "postgresql:/db" or "postgresql://@/db"
    // of an empty authority, where libpq wants "postgresql:///db" (this
    // computer's server, libpq's default user).
    const QString host = m_host->text().trimmed();
    const QString user = m_user->text().trimmed();
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    out += host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : QString::fromLatin1(QUrl::toAce(host));
    if (m_port->value() != 5432)
        out += QStringLiteral(":%1").arg(m_port->value());
    out += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_database->text().trimmed()));
    const QString mode = m_encryption->currentData().toString();
    if (mode != QLatin1String("prefer"))
        out += QStringLiteral("?sslmode=") + mode;
    return out;
}

QString OpenDatabaseDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool OpenDatabaseDialog::tryOpen()
{
    const QString where = address();
    if (where.isEmpty()) {
        m_problem->setText(m_tabs->currentIndex() == 0 ? tr("请选择数据库文件。") : tr("请填写数据库名或服务名。"));
        m_problem->show();
        return false;
    }
    if (holdsPassword(where)) {
        m_problem->setText(tr("地址中不能写密码（它会随地址被记住）。请去掉密码：连接时程序会询问，也可以放在 ~/.pgpass 文件中。"));
        m_problem->show();
        return false;
    }
    const QString password = m_tabs->currentIndex() == 1 ? m_password->text() : QString();
    auto opened = m_opener(where, password);
    if (!opened) {
        m_problem->setText(opened.error().message);
        m_problem->show();
        if (opened.error().code == QLatin1String("store.password")) {
            m_passwordLabel->show();
            m_password->show();
            m_password->clear();
            m_password->setFocus();
        }
        return false;
    }
    m_store = std::move(opened.value());
    m_password->clear(); // not kept in the dialog either
    return true;
}

std::unique_ptr<store::ReportStore> OpenDatabaseDialog::takeStore()
{
    return std::move(m_store);
}

void OpenDatabaseDialog::accept()
{
    if (tryOpen())
        QDialog::accept();
}

} // namespace nb::ui
