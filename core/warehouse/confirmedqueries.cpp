// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/confirmedqueries.h"

#include "warehouse/warehousesource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";

bool hasQuery(const WarehouseSource &source)
{
    return !source.ordersQuery.trimmed().isEmpty() || !source.customersQuery.trimmed().isEmpty();
}

QList<QByteArray> storedSignatures()
{
    QFile f(ConfirmedQueries::storePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().split('\n');
}
} // namespace

QString ConfirmedQueries::storePath()
{
    // The generic folder: segmenta and segmenta-cli share what the user confirmed.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("segmenta/confirmed-warehouse-queries"));
}

QByteArray ConfirmedQueries::signature(const WarehouseSource &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {source.url(), source.ordersQuery, source.customersQuery}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1)); // so that moving text between parts changes it
    }
    return hash.result().toHex();
}

bool ConfirmedQueries::needsConfirmation(const WarehouseSource &source)
{
    return hasQuery(source) && !storedSignatures().contains(signature(source));
}

Status ConfirmedQueries::confirm(const WarehouseSource &source)
{
    if (!needsConfirmation(source))
        return {};
    const QString path = storePath();
    QFile f(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !f.open(QIODevice::Append)
        || f.write(signature(source) + '\n') < 0 || !f.flush())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "Could not remember the confirmed query in %1: %2"),
                       {path, f.errorString()})
            .withCode("warehouse-confirm");
    return {};
}

QString ConfirmedQueries::describe(const WarehouseSource &source)
{
    QStringList parts{source.url()};
    parts.append(source.ordersQuery.isEmpty() ? source.ordersTable : source.ordersQuery);
    if (!source.customersQuery.isEmpty() || !source.customersTable.isEmpty())
        parts.append(source.customersQuery.isEmpty() ? source.customersTable : source.customersQuery);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace Segmenta
