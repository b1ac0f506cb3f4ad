// SPDX-License-Identifier: GPL-3.0-or-later
// bench_warehouse: how fast the warehouse path summarises orders on a PostgreSQL server and
// brings one row per customer to the desktop. Starts a private server (as tst_warehouse does),
// generates the orders on the server with generate_series, then times WarehouseImporter::run.
//   bench_warehouse [--rows 10000000] [--customers 1000000]
#include "benchsupport.h"
#include "postgresserver.h"

#include "warehouse/warehouseimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Segmenta;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 10000000, customers = 1000000;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--rows")
            rows = args[i + 1].toLongLong();
        else if (args[i] == u"--customers")
            customers = args[i + 1].toLongLong();
    }
    Test::PostgresServer server;
    if (const QString e = server.start(); !e.isEmpty()) {
        std::fprintf(stderr, "bench_warehouse: %s\n", qPrintable(e));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    // Orders of three lines each over three years, customers drawn uniformly; fixed seed.
    const QStringList setup{
        QStringLiteral("CREATE UNLOGGED TABLE orders (customer_id integer, order_id bigint, order_date date, "
                       "amount numeric(12,2), margin double precision)"),
        QStringLiteral("INSERT INTO orders SELECT c, i / 3, DATE '2022-01-01' + (hashint8(i) & 1023)::int, "
                       "((hashint8(-i) & 65535) / 327.67)::numeric(12,2), 0.2 + (hashint4(c) & 15) / 100.0 "
                       "FROM (SELECT i, (hashint8(i / 3) & 2147483647) % %1 AS c "
                       "FROM generate_series(1, %2) AS i) AS g")
            .arg(customers)
            .arg(rows),
        QStringLiteral("VACUUM ANALYZE orders")};
    for (const QString &sql : setup)
        if (const QString e = server.exec(sql); !e.isEmpty()) {
            std::fprintf(stderr, "bench_warehouse: %s\n", qPrintable(e));
            return 1;
        }
    std::printf("generated %lld order lines on the server in %.1f s\n", rows, double(timer.elapsed()) / 1000.0);

    auto source = WarehouseSource::fromUrl(server.url());
    source->ordersTable = QStringLiteral("orders");
    source->statementTimeoutSeconds = 0;
    timer.restart();
    auto data = WarehouseImporter::run(*source, server.password());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!data) {
        std::fprintf(stderr, "bench_warehouse: %s\n", qPrintable(data.errorString()));
        return 1;
    }
    std::printf("summarised %lld order lines into %lld customers in %.2f s: %.2f M order lines/s, "
                "%.0f customers/s to the desktop; peak memory %.0f MB\n",
                rows, qint64(data->customerCount()), seconds, double(rows) / seconds / 1e6,
                double(data->customerCount()) / seconds, Bench::peakMegabytes());
    return 0;
}
