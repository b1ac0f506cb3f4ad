// SPDX-License-Identifier: GPL-3.0-or-later
// The warehouse path against a real PostgreSQL server (a private one started for the run):
// the summary pushed down to the server must give the same analysis as importing the same
// orders from files, and the connection must stay read-only, bounded in time and cancellable.
#include "postgresserver.h"
#include "testsupport.h"
#include "warehousedata.h"

#include "base/csvwriter.h"
#include "project/projectfile.h"
#include "base/taskcontrol.h"
#include "warehouse/warehouseimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace Segmenta;

class TestWarehouse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAnalysisAsFiles_data();
    void sameAnalysisAsFiles();
    void readOnly();
    void timeoutAndCancel_data();
    void timeoutAndCancel();
    void identifiersAreQuoted();
    void wrongPassword();
    void refreshWithSnapshots();

private:
    QString exec(const QStringList &statements);
    WarehouseSource source(const QString &table) const;
    static QMap<QString, QStringList> readScores(const QString &path, QStringList &header);

    Test::PostgresServer m_server;
    QTemporaryDir m_work;
    QString m_demoFolder;
    bool m_retailLoaded = false;
};

QString TestWarehouse::exec(const QStringList &statements)
{
    for (const QString &sql : statements)
        if (QString e = m_server.exec(sql); !e.isEmpty())
            return sql.left(60) + QStringLiteral(": ") + e;
    return {};
}

WarehouseSource TestWarehouse::source(const QString &table) const
{
    auto s = WarehouseSource::fromUrl(m_server.url());
    Q_ASSERT(s);
    s->ordersTable = table;
    return *s;
}

void TestWarehouse::initTestCase()
{
    const QString error = m_server.start();
    if (error.contains(QStringLiteral("apt-get install")))
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL server to test against: ") + error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qputenv("SEGMENTA_PG_PASSWORD", m_server.password().toUtf8());
    QString loading = Test::loadDemo(m_server, m_demoFolder);
    QVERIFY2(loading.isEmpty(), qPrintable(loading));
    loading = Test::loadOnlineRetail(m_server, m_retailLoaded);
    QVERIFY2(loading.isEmpty(), qPrintable(loading));
}

QMap<QString, QStringList> TestWarehouse::readScores(const QString &path, QStringList &header)
{
    QMap<QString, QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    QByteArray line = f.readLine();
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.mid(3);
    header = QString::fromUtf8(line).trimmed().split(u',');
    while (!f.atEnd()) {
        const QStringList fields = QString::fromUtf8(f.readLine()).trimmed().split(u',');
        rows.insert(fields.value(0), fields);
    }
    return rows;
}

void TestWarehouse::sameAnalysisAsFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("demo, 4000 customers with a customer list") << "demo";
    QTest::newRow("Online Retail") << "retail";
}

void TestWarehouse::sameAnalysisAsFiles()
{
    QFETCH(QString, name);
    QStringList fileImport{QStringLiteral("import")};
    QStringList warehouseImport{QStringLiteral("import"), QStringLiteral("--source"), m_server.url()};
    if (name == u"demo") {
        fileImport << QStringLiteral("--transactions") << m_demoFolder + QStringLiteral("/orders.csv")
                   << QStringLiteral("--customers") << m_demoFolder + QStringLiteral("/customers.csv");
        warehouseImport << QStringLiteral("--orders-table") << QStringLiteral("sales.order lines")
                        << QStringLiteral("--customers-query")
                        << QStringLiteral("SELECT * FROM sales.customers;");
    } else {
        if (!m_retailLoaded)
            QSKIP("the Online Retail data is not beside the checkout (../shared/data)");
        fileImport << QStringLiteral("--transactions")
                   << Test::sharedData(QStringLiteral("online_retail/online_retail.csv.gz"));
        // A user SELECT, wrapped as a subquery on the server.
        warehouseImport << QStringLiteral("--orders-query")
                        << QStringLiteral("SELECT \"CustomerID\", \"InvoiceNo\", \"InvoiceDate\", \"Quantity\", "
                                          "\"UnitPrice\" FROM retail WHERE \"Quantity\" IS NOT NULL");
    }
    const QString fileProject = m_work.filePath(name + QStringLiteral("-file.segmenta"));
    const QString warehouseProject = m_work.filePath(name + QStringLiteral("-warehouse.segmenta"));
    const auto imported = Test::runCli(fileImport << QStringLiteral("-o") << fileProject);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const auto pulled = Test::runCli(warehouseImport << QStringLiteral("-o") << warehouseProject);
    QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
    QCOMPARE(pulled.json().value(QStringLiteral("transactions")).toInt(), 0);

    // The password never lands in the project.
    QVERIFY(!Test::readBytes(warehouseProject).contains(m_server.password().toUtf8()));

    auto analyze = [](const QString &project) {
        return Test::runCli({QStringLiteral("analyze"), project, QStringLiteral("--no-clusters"),
                             QStringLiteral("--json")});
    };
    const auto fa = analyze(fileProject);
    const auto wa = analyze(warehouseProject);
    QVERIFY2(fa.exitCode == 0, fa.err.constData());
    QVERIFY2(wa.exitCode == 0, wa.err.constData());
    const QJsonObject f = fa.json(), w = wa.json();
    QCOMPARE(w.value(QStringLiteral("customers")).toInt(), f.value(QStringLiteral("customers")).toInt());
    QVERIFY(f.value(QStringLiteral("customers")).toInt() > 1000);
    QCOMPARE(w.value(QStringLiteral("as_of")).toString(), f.value(QStringLiteral("as_of")).toString());
    QVERIFY(Test::fuzzyEqual(w.value(QStringLiteral("revenue")).toDouble(),
                             f.value(QStringLiteral("revenue")).toDouble()));
    // Counts per class must agree exactly: tiers, RFM segments, lifecycle, growth, value groups.
    for (const QString &key : {QStringLiteral("tiers"), QStringLiteral("lifecycle"), QStringLiteral("growth"),
                               QStringLiteral("value_groups"), QStringLiteral("pareto")}) {
        const QByteArray a = QJsonDocument(QJsonObject{{key, f.value(key)}}).toJson(QJsonDocument::Compact);
        const QByteArray b = QJsonDocument(QJsonObject{{key, w.value(key)}}).toJson(QJsonDocument::Compact);
        if (a != b) {
            // Sums in another order may differ in the last bits: compare numbers fuzzily.
            const QString as = QString::fromUtf8(a), bs = QString::fromUtf8(b);
            static const QRegularExpression number(QStringLiteral("-?\\d+(\\.\\d+)?(e[-+]?\\d+)?"));
            QStringList an, bn;
            for (auto it = number.globalMatch(as); it.hasNext();)
                an << it.next().captured();
            for (auto it = number.globalMatch(bs); it.hasNext();)
                bn << it.next().captured();
            QCOMPARE(bn.size(), an.size());
            for (qsizetype i = 0; i < an.size(); ++i)
                QVERIFY2(Test::fuzzyEqual(an[i].toDouble(), bn[i].toDouble(), 1e-7),
                         qPrintable(key + QStringLiteral(": ") + an[i] + QStringLiteral(" vs ") + bn[i]));
        }
    }
    const QJsonObject fr = f.value(QStringLiteral("rfm")).toObject(), wr = w.value(QStringLiteral("rfm")).toObject();
    QCOMPARE(wr.value(QStringLiteral("segments")).toObject(), fr.value(QStringLiteral("segments")).toObject());
    for (const QString &key : {QStringLiteral("bgnbd"), QStringLiteral("gammagamma")}) {
        const QJsonObject fm = f.value(QStringLiteral("clv")).toObject().value(key).toObject();
        const QJsonObject wm = w.value(QStringLiteral("clv")).toObject().value(key).toObject();
        QVERIFY2(!fm.isEmpty(), qPrintable(key));
        // The fit stops at a gradient tolerance and the customers come in another order, so
        // the likelihood's last bits differ: the optimum agrees to about 1e-6, the likelihood
        // to far better; counts exactly.
        for (const QString &p : fm.keys())
            if (fm.value(p).isDouble())
                QVERIFY2(Test::fuzzyEqual(wm.value(p).toDouble(), fm.value(p).toDouble(),
                                          p == u"loglik" ? 1e-9 : p == u"excluded" ? 0 : 1e-4),
                         qPrintable(QStringLiteral("%1.%2: file %3, warehouse %4")
                                        .arg(key, p)
                                        .arg(fm.value(p).toDouble(), 0, 'g', 12)
                                        .arg(wm.value(p).toDouble(), 0, 'g', 12)));
    }

    // Every customer's scores, matched by id (the row order differs).
    const QString fs = m_work.filePath(name + QStringLiteral("-file.csv"));
    const QString ws = m_work.filePath(name + QStringLiteral("-warehouse.csv"));
    for (const auto &[project, out] : {std::pair{fileProject, fs}, std::pair{warehouseProject, ws}}) {
        const auto r = Test::runCli({QStringLiteral("scores"), project, QStringLiteral("--no-clusters"),
                                     QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QStringList header, header2;
    const auto fileRows = readScores(fs, header);
    const auto warehouseRows = readScores(ws, header2);
    QCOMPARE(header2, header);
    QCOMPARE(warehouseRows.size(), fileRows.size());
    const QStringList exact{QStringLiteral("r"), QStringLiteral("f"), QStringLiteral("m"),
                            QStringLiteral("rfm_segment"), QStringLiteral("tier"), QStringLiteral("frequency"),
                            QStringLiteral("value_group"), QStringLiteral("lifecycle")};
    int compared = 0;
    for (auto it = fileRows.cbegin(); it != fileRows.cend(); ++it) {
        const QStringList other = warehouseRows.value(it.key());
        QVERIFY2(!other.isEmpty(), qPrintable(it.key()));
        for (qsizetype c = 1; c < header.size(); ++c) {
            const QString &a = it.value().value(c), &b = other.value(c);
            if (a == b)
                continue;
            QVERIFY2(!exact.contains(header[c]) && Test::fuzzyEqual(a.toDouble(), b.toDouble(), 1e-4),
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(it.key(), header[c], a, b)));
        }
        ++compared;
    }
    QCOMPARE(compared, f.value(QStringLiteral("customers")).toInt());
}

void TestWarehouse::readOnly()
{
    // A data-modifying query is refused by the read-only transaction and changes nothing.
    WarehouseSource s = source({});
    QVERIFY(exec({QStringLiteral("CREATE SEQUENCE sales.counter")}).isEmpty());
    s.ordersQuery = QStringLiteral("SELECT o.*, nextval('sales.counter') FROM sales.\"order lines\" AS o");
    auto r = WarehouseImporter::run(s, m_server.password());
    QVERIFY(!r);
    QCOMPARE(QByteArray(r.error().code()), QByteArray("warehouse-query"));
    QVERIFY2(r.errorString().contains(QStringLiteral("read-only transaction")), qPrintable(r.errorString()));
    s.ordersQuery = QStringLiteral("WITH gone AS (DELETE FROM sales.\"order lines\" RETURNING *) SELECT * FROM gone");
    r = WarehouseImporter::run(s, m_server.password());
    QVERIFY(!r);
    s.ordersQuery = QStringLiteral("SELECT 1; DROP TABLE sales.customers");
    r = WarehouseImporter::run(s, m_server.password());
    QVERIFY(!r);
    s.ordersQuery.clear();
    s.ordersTable = QStringLiteral("sales.order lines");
    r = WarehouseImporter::run(s, m_server.password());
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY(r->customerCount() > 3000);
}

void TestWarehouse::timeoutAndCancel_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("statement_timeout") << false << QByteArray("warehouse-timeout");
    QTest::newRow("cancelled from another thread") << true << QByteArray("cancelled");
}

void TestWarehouse::timeoutAndCancel()
{
    QFETCH(bool, cancel);
    QFETCH(QByteArray, code);
    WarehouseSource s = source({});
    // Ten seconds of server time per statement unless stopped.
    s.ordersQuery = QStringLiteral("SELECT o.* FROM sales.\"order lines\" AS o CROSS JOIN pg_sleep(10)");
    s.statementTimeoutSeconds = cancel ? 60 : 1;
    TaskControl control;
    std::thread canceller;
    if (cancel)
        canceller = std::thread([&control] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            control.requestCancel();
        });
    QElapsedTimer timer;
    timer.start();
    auto r = WarehouseImporter::run(s, m_server.password(), &control);
    if (canceller.joinable())
        canceller.join();
    QVERIFY(!r);
    QCOMPARE(QByteArray(r.error().code()), code);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    if (!cancel)
        QVERIFY2(r.errorString().contains(QStringLiteral("1 seconds")), qPrintable(r.errorString()));
}

void TestWarehouse::identifiersAreQuoted()
{
    WarehouseSource s = source(QStringLiteral("sales.order lines"));
    // A column name that tries to close the quote is looked up, not pasted.
    auto m = ColumnMapping::parse(QStringLiteral("amount=amount\" FROM pg_user --"));
    QVERIFY(m);
    s.mappings.append(*m);
    auto r = WarehouseImporter::run(s, m_server.password());
    QVERIFY(!r);
    QCOMPARE(QByteArray(r.error().code()), QByteArray("missing-role"));
    // A table that does not exist under the quoted name is reported by the server.
    s = source(QStringLiteral("sales.\"customers\"\"; DROP TABLE sales.customers; --\""));
    r = WarehouseImporter::run(s, m_server.password());
    QVERIFY(!r);
    QCOMPARE(QByteArray(r.error().code()), QByteArray("warehouse-query"));
    // A name that does not read as one (a quote inside a plain part) never reaches the server.
    s = source(QStringLiteral("sales.customers\"; DROP TABLE sales.customers; --"));
    r = WarehouseImporter::run(s, m_server.password());
    QVERIFY(!r);
    QCOMPARE(QByteArray(r.error().code()), QByteArray("warehouse-table"));
    QVERIFY(exec({QStringLiteral("SELECT 1 FROM sales.customers LIMIT 1")}).isEmpty());
}

void TestWarehouse::wrongPassword()
{
    auto r = WarehouseImporter::run(source(QStringLiteral("sales.order lines")), QStringLiteral("wrong"));
    QVERIFY(!r);
    QCOMPARE(QByteArray(r.error().code()), QByteArray("warehouse-connect"));
}

void TestWarehouse::refreshWithSnapshots()
{
    QVERIFY(exec({QStringLiteral("CREATE TABLE growing AS SELECT * FROM sales.\"order lines\" "
                                 "WHERE customer_id < 'C002000'")})
                .isEmpty());
    const QString project = m_work.filePath(QStringLiteral("refresh.segmenta"));
    auto r = Test::runCli({QStringLiteral("import"), QStringLiteral("--source"), m_server.url(),
                           QStringLiteral("--orders-table"), QStringLiteral("growing"), QStringLiteral("-o"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int before = r.json().value(QStringLiteral("customers")).toInt();
    r = Test::runCli({QStringLiteral("snapshot"), project, QStringLiteral("--name"), QStringLiteral("first")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(exec({QStringLiteral("INSERT INTO growing SELECT * FROM sales.\"order lines\" "
                                 "WHERE customer_id >= 'C002000'")})
                .isEmpty());
    r = Test::runCli({QStringLiteral("refresh"), project, QStringLiteral("--snapshot"), QStringLiteral("second")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = Test::runCli({QStringLiteral("snapshot"), project, QStringLiteral("--list")});
    const QJsonArray snapshots = r.json().value(QStringLiteral("snapshots")).toArray();
    QCOMPARE(snapshots.size(), 2);
    r = Test::runCli({QStringLiteral("migration"), project, QStringLiteral("--from"),
                      QString::number(snapshots[0].toObject().value(QStringLiteral("id")).toInteger()),
                      QStringLiteral("--to"),
                      QString::number(snapshots[1].toObject().value(QStringLiteral("id")).toInteger()),
                      QStringLiteral("--by"), QStringLiteral("tier"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("new")), r.out.constData());
    auto loaded = ProjectFile::load(project);
    QVERIFY(loaded);
    QVERIFY(loaded->data.customerCount() > before);
    QVERIFY(loaded->settings.contains(QStringLiteral("warehouse")));
}

QTEST_GUILESS_MAIN(TestWarehouse)
#include "tst_warehouse.moc"
