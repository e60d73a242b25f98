#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// File > Connect to team database…: where the team's PostgreSQL database is (server, port,
// database, user, encryption), or one of the recent ones. It asks for no password: the window
// asks when the server wants one, and it is never stored, so the recent list can be remembered.
class ConnectDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDatabaseDialog(const QStringList &recent, QWidget *parent = nullptr);

    // A postgresql:// address, without a password.
    QString location() const;
    // Fills the fields from an address (one of the recent ones).
    void setLocation(const QString &location);

private:
    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
};
