// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectfile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importPrintsSummary();
    void failuresGiveOneLine_data();
    void failuresGiveOneLine();
    void helpForEverySubcommand_data();
    void helpForEverySubcommand();
};

void TestCliImport::importPrintsSummary()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("shop.segmenta"));
    const QString rejected = dir.filePath(QStringLiteral("rejected.csv"));
    const auto run = Test::runCli({QStringLiteral("import"),
                                   QStringLiteral("--customers"), Test::testData(QStringLiteral("gb18030_customers.csv")),
                                   QStringLiteral("--transactions"), Test::testData(QStringLiteral("gb18030_orders.csv")),
                                   QStringLiteral("--rejected"), rejected, QStringLiteral("-o"), project});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value(QStringLiteral("customers")).toInt(), 5);
    QCOMPARE(j.value(QStringLiteral("transactions")).toInt(), 5);
    QCOMPARE(j.value(QStringLiteral("rejected")).toInt(), 5); // 4 order lines + 1 duplicate customer
    QCOMPARE(j.value(QStringLiteral("blank")).toInt(), 1);
    QCOMPARE(j.value(QStringLiteral("lines")).toInt(), 15);
    QCOMPARE(j.value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
    QCOMPARE(j.value(QStringLiteral("columns")).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("金额"));
    QCOMPARE(j.value(QStringLiteral("rejected_file")).toString(), QFileInfo(rejected).absoluteFilePath());
    const QStringList rows = QString::fromUtf8(Test::readBytes(rejected)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 6);
    QVERIFY(ProjectFile::load(project).ok());
}

void TestCliImport::failuresGiveOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing file") << QStringList{"import", "--transactions", "/nonexistent/x.csv", "-o", "@/p.segmenta"} << "does not exist";
    QTest::newRow("no output") << QStringList{"import", "--transactions", "x.csv"} << "-o PROJECT";
    QTest::newRow("bad role") << QStringList{"import", "--transactions", "x.csv", "--map", "colour=x", "-o", "@/p.segmenta"} << "known role";
    QTest::newRow("bad date order") << QStringList{"import", "--transactions", "x.csv", "--date-order", "dym", "-o", "@/p.segmenta"} << "dmy, mdy or ymd";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
    QTest::newRow("unwritable output") << QStringList{"import", "--transactions", "@gb", "-o", "/nonexistent/dir/p.segmenta"} << "does not exist";
    QTest::newRow("one column, two roles")
        << QStringList{"import", "--transactions", "@gb", "--map", "customer=X", "--map", "date=X", "-o", "@/p.segmenta"}
        << "“X” is given two roles, customer and date";
    QTest::newRow("unknown option") << QStringList{"import", "--transactions", "@gb", "--no-such", "-o", "@/p.segmenta"}
                                    << "Unknown option 'no-such'";
    QTest::newRow("as-of with trailing text")
        << QStringList{"analyze", "@/none.segmenta", "--as-of", "2024-01-01xyz"} << "--as-of must be a date written yyyy-MM-dd";
    QTest::newRow("holdout-from with trailing text")
        << QStringList{"scores", "@/none.segmenta", "--holdout-from", "2024-01-01 ", "-o", "@/s.csv"}
        << "--holdout-from must be a date written yyyy-MM-dd";
    QTest::newRow("today with trailing text")
        << QStringList{"check", "@/none.segmenta", "--today", "2024-06-30xyz"} << "--today must be a date written yyyy-MM-dd";
}

void TestCliImport::failuresGiveOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    for (QString &a : args) {
        a.replace(QStringLiteral("@gb"), Test::testData(QStringLiteral("gb18030_orders.csv")));
        a.replace(QStringLiteral("@"), dir.path());
    }
    const auto run = Test::runCli(args);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts)
                                  .filter(QStringLiteral("segmenta-cli:"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(fragment), qPrintable(lines.first()));
}

void TestCliImport::helpForEverySubcommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("import") << "import";
    QTest::newRow("demo") << "demo";
}

void TestCliImport::helpForEverySubcommand()
{
    QFETCH(QString, command);
    const auto run = Test::runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usage:"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
