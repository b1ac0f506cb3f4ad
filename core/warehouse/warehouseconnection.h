// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One named QSqlDatabase connection to a warehouse (Qt's PostgreSQL driver), opened from a
// WarehouseSource and removed when it goes out of scope.

#include "base/message.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace Segmenta {

struct WarehouseSource;

class WarehouseConnection
{
public:
    WarehouseConnection(const WarehouseSource &source, const QString &password);
    ~WarehouseConnection();
    WarehouseConnection(const WarehouseConnection &) = delete;
    WarehouseConnection &operator=(const WarehouseConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Why the connection could not be opened; empty when it is open.
    const Message &error() const { return m_error; }

    // The server's own words on one line (libpq's messages span lines), without the driver's
    // "QPSQL: Unable to ..." tail when the server said something.
    static QString serverText(const QSqlError &error);

private:
    QString m_name;
    Message m_error;
};

} // namespace Segmenta
