// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousedata.h"

#include "postgresserver.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>

namespace Segmenta::Test {

namespace {
QString execAll(const PostgresServer &server, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (QString e = server.exec(sql); !e.isEmpty())
            return sql.left(60) + QStringLiteral(": ") + e;
    return {};
}
} // namespace

QString loadDemo(const PostgresServer &server, QString &folder)
{
    folder = server.sharedFolder() + QStringLiteral("/demo");
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("-o"), folder, QStringLiteral("--customers"),
                              QStringLiteral("4000"), QStringLiteral("--seed"), QStringLiteral("11"),
                              QStringLiteral("--english-headers")});
    if (demo.exitCode != 0)
        return QString::fromUtf8(demo.err);
    const QString orders = folder + QStringLiteral("/orders.csv");
    const QString customers = folder + QStringLiteral("/customers.csv");
    if (!QFile::exists(orders) || !QFile::exists(customers))
        return QStringLiteral("the demo files were not written");
    return execAll(server, {
        QStringLiteral("CREATE SCHEMA sales"),
        QStringLiteral("CREATE TABLE sales.\"order lines\" (order_id text, customer_id text, order_date date, "
                       "product text, category text, quantity double precision, unit_price numeric, "
                       "amount numeric(12,2), margin double precision, channel text)"),
        QStringLiteral("COPY sales.\"order lines\" FROM '%1' WITH (FORMAT csv, HEADER true)").arg(orders),
        QStringLiteral("CREATE TABLE sales.customers (customer_id text, name text, phone text, email text, "
                       "region text, city text, customer_type text, gender text, age integer, "
                       "income double precision, assets double precision, cost_to_serve double precision, "
                       "signup_date date, lifestyle text, personality text, \"values\" text, interests text)"),
        QStringLiteral("COPY sales.customers FROM '%1' WITH (FORMAT csv, HEADER true)").arg(customers),
        QStringLiteral("ANALYZE")});
}

QString loadOnlineRetail(const PostgresServer &server, bool &loaded)
{
    loaded = false;
    const QString path = sharedData(QStringLiteral("online_retail/online_retail.csv.gz"));
    if (path.isEmpty())
        return {};
    // Decompressed into the server's folder: the data set's own folder may not be readable
    // by the server's user.
    const QString csv = server.sharedFolder() + QStringLiteral("/online_retail.csv");
    QProcess gunzip;
    gunzip.setStandardOutputFile(csv);
    gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!gunzip.waitForFinished(120000) || gunzip.exitCode() != 0)
        return QStringLiteral("gzip -dc %1 failed").arg(path);
    QFile::setPermissions(csv, QFile::permissions(csv) | QFile::ReadOther);
    const QString error = execAll(server, {
        QStringLiteral("CREATE TABLE retail (\"InvoiceNo\" text, \"StockCode\" text, \"Description\" text, "
                       "\"Quantity\" double precision, \"InvoiceDate\" timestamp, \"UnitPrice\" double precision, "
                       "\"CustomerID\" text, \"Country\" text)"),
        QStringLiteral("COPY retail FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv),
        QStringLiteral("ANALYZE retail")});
    loaded = error.isEmpty();
    return error;
}

} // namespace Segmenta::Test
