// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Segmenta::Test {

// A private PostgreSQL server for one test run: initdb in a temporary folder, listening on a
// loopback port (and a Unix socket in that folder), password authentication over TCP, stopped
// and deleted at destruction. As root it runs as the "postgres" user (or "nobody"), because
// initdb refuses root. start() returns an empty string or the reason it could not start (the
// tests QSKIP with it when the server binaries are not installed).
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    QString start();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("segmenta"); }
    QString password() const { return QStringLiteral("s3cret pass"); }
    QString database() const { return QStringLiteral("postgres"); }
    QString url() const;
    // A folder the server's user can read files from (for COPY ... FROM).
    QString sharedFolder() const;

    // Runs SQL statements on a connection of its own; returns an empty string or the error.
    QString exec(const QString &sql) const;

private:
    QString run(const QStringList &command, bool asServerUser) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_runAs; // empty: the current user
    int m_port = 0;
    bool m_running = false;
};

} // namespace Segmenta::Test
