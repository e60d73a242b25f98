#include "ConnectDatabaseDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

ConnectDatabaseDialog::ConnectDatabaseDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
{
    setObjectName(QStringLiteral("connectDatabaseDialog"));
    setWindowTitle(tr("Connect to team database"));
    m_recent->setObjectName(QStringLiteral("recentDatabases"));
    m_recent->addItem(tr("(a new connection)"));
    m_recent->addItems(recent);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setText(QStringLiteral("localhost"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("databaseName"));
    m_database->setText(QStringLiteral("csdash"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    // libpq's own words, each with what it means for an officer.
    m_sslMode->addItem(tr("Encrypt if the server offers it (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_sslMode->addItem(
        tr("Encrypt and check the server's certificate (verify-full)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Never encrypt (disable)"), QStringLiteral("disable"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_sslMode);
    auto *note = new QLabel(tr("The password is asked for when the server needs one, and is never stored. "
                               "Commands take it from PGPASSWORD or ~/.pgpass."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, update);
    connect(m_database, &QLineEdit::textChanged, this, update);
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            setLocation(m_recent->itemText(index));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (!recent.isEmpty())
        m_recent->setCurrentIndex(1);
}

QString ConnectDatabaseDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString sslMode = m_sslMode->currentData().toString();
    if (sslMode != QLatin1String("prefer")) { // libpq's default needs no saying
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString();
}

void ConnectDatabaseDialog::setLocation(const QString &location)
{
    const QUrl url(location);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_user->setText(url.userName());
    m_database->setText(url.path().mid(1));
    const QString sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    const int i = m_sslMode->findData(sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode);
    m_sslMode->setCurrentIndex(std::max(0, i));
}
