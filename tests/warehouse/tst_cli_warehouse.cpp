// SPDX-License-Identifier: GPL-3.0-or-later
// `segmenta-cli import --source` and `refresh` against a private PostgreSQL server: every
// option is checked before anything runs, with a sentence naming it; queries are read like
// PostgreSQL reads them; quoted and dotted table names can be addressed; and a refresh shows a
// stored query this user has not confirmed and runs it only with --yes (docs/warehouse.md).
#include "postgresserver.h"
#include "testsupport.h"

#include "project/projectfile.h"
#include "project/projectsettings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Segmenta;

class TestCliWarehouse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importOptions_data();
    void importOptions();
    void helpListsEveryOption();
    void refreshAsksForAChangedQuery();

private:
    Test::CliRun import(const QStringList &options, const QString &project);

    Test::PostgresServer m_server;
    QTemporaryDir m_work;
    int m_projects = 0;
};

void TestCliWarehouse::initTestCase()
{
    // What this user confirmed is kept under the configuration folder: a fresh one per run.
    qputenv("XDG_CONFIG_HOME", m_work.filePath(QStringLiteral("config")).toUtf8());
    const QString error = m_server.start();
    if (error.contains(QStringLiteral("apt-get install")))
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL server to test against: ") + error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qputenv("SEGMENTA_PG_PASSWORD", m_server.password().toUtf8());
    for (const char *sql : {"CREATE SCHEMA \"Sales\"",
                            "CREATE TABLE \"Sales\".\"Orders 2024\" (customer_id text, order_date date, amount numeric)",
                            "INSERT INTO \"Sales\".\"Orders 2024\" SELECT 'C' || (i % 7), DATE '2024-01-01' + i, i "
                            "FROM generate_series(1, 60) AS i",
                            "CREATE TABLE plain_orders AS SELECT * FROM \"Sales\".\"Orders 2024\""})
        QVERIFY2(m_server.exec(QLatin1String(sql)).isEmpty(), sql);
}

Test::CliRun TestCliWarehouse::import(const QStringList &options, const QString &project)
{
    return Test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("--source"), m_server.url()} + options
                        + QStringList{QStringLiteral("-o"), project});
}

void TestCliWarehouse::importOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr; empty for a successful import
    const QString table = QStringLiteral("--orders-table"), query = QStringLiteral("--orders-query");
    QTest::newRow("timeout 0") << QStringList{table, "plain_orders", "--timeout", "0"} << 2
                               << "--timeout must be a whole number of seconds from 1 to 86400";
    QTest::newRow("timeout -1") << QStringList{table, "plain_orders", "--timeout", "-1"} << 2
                                << "--timeout must be a whole number of seconds from 1 to 86400";
    QTest::newRow("timeout beyond a day") << QStringList{table, "plain_orders", "--timeout", "86401"} << 2
                                          << "--timeout must be";
    QTest::newRow("timeout 1") << QStringList{table, "plain_orders", "--timeout", "1"} << 0 << "";
    QTest::newRow("as-of with trailing text") << QStringList{table, "plain_orders", "--as-of", "2024-01-01xyz"}
                                              << 2 << "--as-of must be a date written yyyy-MM-dd";
    QTest::newRow("as-of") << QStringList{table, "plain_orders", "--as-of", "2024-02-01"} << 0 << "";
    // The orders run from 2024-01-02: an analysis date on or before it is refused, as for files.
    QTest::newRow("as-of on the first order") << QStringList{table, "plain_orders", "--as-of", "2024-01-02"} << 1
                                              << "No order lies before the analysis date 2024-01-02: the "
                                                 "first order is on 2024-01-02.";
    QTest::newRow("as-of before the orders") << QStringList{table, "plain_orders", "--as-of", "2020-01-01"} << 1
                                             << "the first order is on 2024-01-02";
    QTest::newRow("as-of before the orders, limited")
        << QStringList{table, "plain_orders", "--as-of", "2020-01-01", "--max-customers", "3"} << 1
        << "the first order is on 2024-01-02";
    QTest::newRow("as-of the day after the first order")
        << QStringList{table, "plain_orders", "--as-of", "2024-01-03"} << 0 << "";
    QTest::newRow("empty orders query") << QStringList{query, ""} << 2 << "--orders-query is empty";
    QTest::newRow("orders query of blanks") << QStringList{query, "  "} << 2 << "--orders-query is empty";
    QTest::newRow("empty orders table") << QStringList{table, ""} << 2 << "--orders-table is empty";
    QTest::newRow("; in a literal") << QStringList{query, "SELECT * FROM plain_orders WHERE customer_id <> 'a;b'"}
                                    << 0 << "";
    QTest::newRow("; in $$") << QStringList{query, "SELECT * FROM plain_orders WHERE customer_id <> $$;$$;"} << 0 << "";
    QTest::newRow("; in $tag$ and a comment")
        << QStringList{query, "SELECT * /* ; */ FROM plain_orders WHERE customer_id <> $t$x;y$t$ -- ;"} << 0 << "";
    QTest::newRow("second statement") << QStringList{query, "SELECT * FROM plain_orders; DROP TABLE plain_orders"}
                                      << 2 << "single SELECT";
    QTest::newRow("second statement after a literal")
        << QStringList{query, "SELECT * FROM plain_orders WHERE customer_id <> ';'; DROP TABLE plain_orders"} << 2
        << "single SELECT";
    QTest::newRow("open literal") << QStringList{query, "SELECT * FROM plain_orders WHERE customer_id <> 'x"} << 2
                                  << "open";
    QTest::newRow("one column, two roles")
        << QStringList{table, "plain_orders", "--map", "customer=customer_id", "--map", "date=customer_id"} << 2
        << "“customer_id” is given two roles, customer and date";
    QTest::newRow("quoted schema and table") << QStringList{table, "\"Sales\".\"Orders 2024\""} << 0 << "";
    QTest::newRow("plain schema, quoted table") << QStringList{table, "Sales.\"Orders 2024\""} << 0 << "";
    QTest::newRow("schema.table") << QStringList{table, "public.plain_orders"} << 0 << "";
    QTest::newRow("text after a quoted name") << QStringList{table, "\"Sales\".\"Orders 2024\" x"} << 2
                                              << "is not a table name";
}

void TestCliWarehouse::importOptions()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = import(options, m_work.filePath(QStringLiteral("p%1.segmenta").arg(++m_projects)));
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    if (exitCode == 0)
        QVERIFY(r.json().value(QStringLiteral("customers")).toInt() > 0);
    // Nothing ran that could change the data.
    QVERIFY(m_server.exec(QStringLiteral("SELECT 1 FROM plain_orders LIMIT 1")).isEmpty());
}

void TestCliWarehouse::helpListsEveryOption()
{
    const auto help = Test::runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--customers", "--transactions", "--map", "--no-header", "--encoding", "--delimiter",
                               "--date-order", "--sheet", "--rejected", "--force", "--output", "--source",
                               "--orders-table", "--orders-query", "--customers-table", "--customers-query",
                               "--customers-map", "--as-of", "--timeout", "--max-customers", "--sample-seed"})
        QVERIFY2(help.out.contains(QByteArray(option) + ' '), option);
    // Every option the help names is taken by one of the two parsers.
    const auto unknown = import({QStringLiteral("--orders-table"), QStringLiteral("plain_orders"),
                                 QStringLiteral("--no-such-option")},
                                m_work.filePath(QStringLiteral("help.segmenta")));
    QCOMPARE(unknown.exitCode, 2); // a bad option, as docs/user/cli.md says
    QVERIFY2(unknown.err.contains("no-such-option"), unknown.err.constData());
}

void TestCliWarehouse::refreshAsksForAChangedQuery()
{
    const QString project = m_work.filePath(QStringLiteral("refresh.segmenta"));
    const QString typed = QStringLiteral("SELECT * FROM plain_orders");
    auto r = import({QStringLiteral("--orders-query"), typed}, project);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Typed by this user: the refresh runs it without asking.
    r = Test::runCli({QStringLiteral("refresh"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Changed outside Segmenta (a project from someone else): shown, and run only with --yes.
    auto settings = ProjectFile::loadSettings(project);
    QVERIFY(settings);
    QJsonObject source = settings->value(ProjectSettings::kWarehouse).toObject();
    const QString changed = QStringLiteral("SELECT * FROM plain_orders WHERE amount > 10");
    source.insert(QStringLiteral("orders_query"), changed);
    settings->insert(ProjectSettings::kWarehouse, source);
    QVERIFY(ProjectFile::saveSettings(project, *settings));
    r = Test::runCli({QStringLiteral("refresh"), project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(changed.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("--yes"), r.err.constData());
    QVERIFY(!r.err.contains("Summarising"));
    r = Test::runCli({QStringLiteral("refresh"), project, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("customers")).toInt() > 0);
    // Confirmed once, it runs again without asking.
    r = Test::runCli({QStringLiteral("refresh"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliWarehouse)
#include "tst_cli_warehouse.moc"
