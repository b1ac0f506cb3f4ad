// SPDX-License-Identifier: GPL-3.0-or-later
// An analysis date no order supports is refused with a sentence and a non-zero exit by every
// command that takes --as-of; the default as-of date is never empty.
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;
using namespace Qt::StringLiterals;

class TestCliAsOf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void asOfBeforeFirstOrder_data();
    void asOfBeforeFirstOrder();
    void placeholderDateLeavesAsOf();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliAsOf::initTestCase()
{
    const QString csv = m_dir.filePath(u"orders.csv"_s);
    QVERIFY(Test::writeBytes(csv, "customer,date,amount\nc1,2024-03-05,10\nc2,2024-03-06,20\n"
                                  "c1,2024-04-01,15\nc3,9999-12-31,30\n"));
    m_project = m_dir.filePath(u"p.segmenta"_s);
    const auto run = Test::runCli({u"import"_s, u"--transactions"_s, csv, u"-o"_s, m_project});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliAsOf::asOfBeforeFirstOrder_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("analyze") << QStringList{u"analyze"_s};
    QTest::newRow("scores") << QStringList{u"scores"_s, u"-o"_s, u"/dev/null"_s};
    QTest::newRow("on the first order") << QStringList{u"analyze"_s, u"--as-of"_s, u"2024-03-05"_s};
}

void TestCliAsOf::asOfBeforeFirstOrder()
{
    QFETCH(QStringList, args);
    if (!args.contains(u"--as-of"_s))
        args << u"--as-of"_s << u"2020-01-01"_s;
    args.insert(1, m_project);
    const auto run = Test::runCli(args);
    QVERIFY(run.exitCode != 0);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(u"No order lies before the analysis date"_s), qPrintable(err));
    QVERIFY2(err.contains(u"the first order is on 2024-03-05"_s), qPrintable(err));
}

void TestCliAsOf::placeholderDateLeavesAsOf()
{
    // The 9999-12-31 line was rejected on import: the as-of date is the day after 2024-04-01.
    const auto run = Test::runCli({u"analyze"_s, m_project, u"--no-clusters"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(u"as_of"_s).toString(), u"2024-04-02"_s);
}

QTEST_GUILESS_MAIN(TestCliAsOf)
#include "tst_cli_asof.moc"
