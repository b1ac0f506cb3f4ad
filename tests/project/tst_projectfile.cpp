// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/datasetimporter.h"
#include "project/projectfile.h"
#include "project/sqlitedatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

namespace {

Dataset importGolden()
{
    TableImportOptions c, t;
    c.path = Test::testData(QStringLiteral("gb18030_customers.csv"));
    c.kind = TableKind::Customers;
    t.path = Test::testData(QStringLiteral("gb18030_orders.csv"));
    auto d = DatasetImporter::run(c, t);
    return d.ok() ? d.takeValue() : Dataset();
}

void compareTables(const Table &a, const Table &b)
{
    QCOMPARE(a.columnCount(), b.columnCount());
    QCOMPARE(a.rowCount(), b.rowCount());
    for (qsizetype c = 0; c < a.columnCount(); ++c) {
        const Column &x = a.column(c);
        const Column &y = b.column(c);
        QCOMPARE(x.name(), y.name());
        QCOMPARE(x.role(), y.role());
        QCOMPARE(x.type(), y.type());
        QCOMPARE(x.hasTime(), y.hasTime());
        for (qsizetype r = 0; r < a.rowCount(); ++r)
            QCOMPARE(x.displayText(r), y.displayText(r));
    }
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void settingsRoundTrip();
    void refusesNewerVersion();
    void migratesVersionOne();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void survivesKillDuringSave();
};

void TestProjectFile::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.segmenta"));
    ProjectContents p;
    p.data = importGolden();
    QCOMPARE(p.data.customerCount(), 5);
    QVERIFY(ProjectFile::save(path, p).ok());
    auto loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    compareTables(p.data.customers, loaded->data.customers);
    compareTables(p.data.transactions, loaded->data.transactions);
    QCOMPARE(loaded->data.transactionCustomers(), p.data.transactionCustomers());
    QCOMPARE(loaded->data.customersFromTransactionsOnly, 1);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.segmenta")});
}

void TestProjectFile::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.segmenta"));
    ProjectContents p;
    p.data = importGolden();
    p.settings.insert(QStringLiteral("as_of"), QStringLiteral("2024-06-01"));
    QVERIFY(ProjectFile::save(path, p).ok());
    QVERIFY(ProjectFile::saveSettings(path, {{QStringLiteral("tiers"), QJsonArray{1, 4, 15, 80}}}).ok());
    auto s = ProjectFile::loadSettings(path);
    QVERIFY(s.ok());
    QCOMPARE(s->value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-06-01"));
    QCOMPARE(s->value(QStringLiteral("tiers")).toArray(), (QJsonArray{1, 4, 15, 80}));
}

void TestProjectFile::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.segmenta"));
    ProjectContents p;
    p.data = importGolden();
    QVERIFY(ProjectFile::save(path, p).ok());
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, false, false).ok());
        QVERIFY(db.exec("PRAGMA user_version = 99").ok());
    }
    auto loaded = ProjectFile::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().contains(QStringLiteral("newer version of Segmenta")), qPrintable(loaded.errorString()));
    QVERIFY(loaded.errorString().contains(QStringLiteral("file format 99")));
}

void TestProjectFile::migratesVersionOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.segmenta"));
    ProjectContents p;
    p.data = importGolden();
    QVERIFY(ProjectFile::save(path, p).ok());
    {
        // What version 1 wrote: no settings or imports tables.
        SqliteDatabase db;
        QVERIFY(db.open(path, false, false).ok());
        QVERIFY(db.exec("DROP TABLE settings; DROP TABLE imports; PRAGMA user_version = 1").ok());
    }
    QCOMPARE(*ProjectFile::schemaVersion(path), 1);
    auto loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(*ProjectFile::schemaVersion(path), ProjectFile::kSchemaVersion);
    QCOMPARE(loaded->data.transactionCount(), p.data.transactionCount());
    QVERIFY(ProjectFile::saveSettings(path, {{QStringLiteral("k"), 1}}).ok());
}

void TestProjectFile::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("text") << QByteArray("customer,amount\n1,2\n") << "is not a Segmenta project";
    QTest::newRow("missing") << QByteArray() << "does not exist";
}

void TestProjectFile::refusesForeignFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.segmenta"));
    if (!bytes.isEmpty())
        QVERIFY(Test::writeBytes(path, bytes));
    auto loaded = ProjectFile::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().contains(fragment), qPrintable(loaded.errorString()));
    if (!bytes.isEmpty())
        QCOMPARE(Test::readBytes(path), bytes); // never modified
}

void TestProjectFile::survivesKillDuringSave()
{
    const QString retail = Test::sharedData(QStringLiteral("online_retail/online_retail.csv.gz"));
    if (retail.isEmpty())
        QSKIP("../shared/data is not beside the checkout");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.segmenta"));
    ProjectContents p;
    p.data = importGolden();
    QVERIFY(ProjectFile::save(path, p).ok());

    // Replace it with a much larger import, killing the writer at different moments of its
    // save; every time the file must still open, as the old project or the complete new one.
    int killedWhileSaving = 0;
    for (int delayMs : {0, 2, 5, 10, 20, 40, 80}) {
        QProcess cli;
        cli.start(QStringLiteral(SEGMENTA_CLI),
                  {QStringLiteral("import"), QStringLiteral("--transactions"), retail,
                   QStringLiteral("-o"), path});
        QVERIFY(cli.waitForStarted());
        QByteArray err;
        while (!err.contains("Saving") && cli.state() == QProcess::Running) {
            cli.waitForReadyRead(50);
            err += cli.readAllStandardError();
        }
        QTest::qWait(delayMs);
        if (cli.state() == QProcess::Running) {
            ++killedWhileSaving;
            cli.kill();
        }
        cli.waitForFinished();
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        const qsizetype n = loaded->data.transactionCount();
        QVERIFY2(n == p.data.transactionCount() || n == 406829, qPrintable(QString::number(n)));
        if (n == 406829) {
            // The new one arrived complete; put the small one back for the next round.
            QVERIFY(ProjectFile::save(path, p).ok());
        }
    }
    QVERIFY(killedWhileSaving > 0);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
