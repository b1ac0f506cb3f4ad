// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/warehouseconnection.h"

#include "warehouse/warehousesource.h"

#include <QSqlError>

#include <atomic>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Warehouse";

// Names the connections apart: QSqlDatabase keeps them in one process-wide registry.
std::atomic<int> connectionCounter{0};

} // namespace

QString WarehouseConnection::serverText(const QSqlError &error)
{
    const QString server = error.databaseText().simplified();
    return server.isEmpty() ? error.text().simplified() : server;
}

WarehouseConnection::WarehouseConnection(const WarehouseSource &source, const QString &password)
    : m_name(QStringLiteral("segmenta-warehouse-%1").arg(connectionCounter.fetch_add(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!db.isValid()) {
        m_error = Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                      "Qt's PostgreSQL driver (QPSQL) is not installed; on "
                                                      "Debian and Ubuntu install libqt6sql6-psql."))
                      .withCode("warehouse-driver");
        return;
    }
    db.setHostName(source.host);
    db.setPort(source.port);
    db.setDatabaseName(source.database);
    db.setUserName(source.user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=15;application_name=segmenta")
                             .arg(source.sslMode));
    if (!db.open())
        m_error = Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                      "Could not connect to %1: %2"),
                          {source.url(), serverText(db.lastError())})
                      .withCode("warehouse-connect");
}

WarehouseConnection::~WarehouseConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Segmenta
