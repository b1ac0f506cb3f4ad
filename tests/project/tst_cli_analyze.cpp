// The analysis commands end to end: import CDNOW through the CLI, then analyze, scores and
// drivers, checking the published BG/NBD and Gamma-Gamma parameters and the files' shapes.
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analyzeReproducesPublishedFits();
    void scoresHaveOneRowPerCustomer();
    void driversOnTheDemo_data();
    void driversOnTheDemo();
    void badOptionsGiveOneLine_data();
    void badOptionsGiveOneLine();

private:
    QTemporaryDir m_dir;
    QString m_cdnow;
    QString m_demo;
};

void TestCliAnalyze::initTestCase()
{
    const QString sample = Test::sharedData("cdnow/CDNOW_sample.txt");
    if (sample.isEmpty())
        QSKIP("../shared/data is not beside the checkout");
    m_cdnow = m_dir.filePath("cdnow.segmenta");
    auto run = Test::runCli({"import", "--transactions", sample, "--no-header", "--map", "customer=#1",
                             "--map", "date=#3", "--map", "quantity=#4", "--map", "amount=#5", "-o", m_cdnow});
    QCOMPARE(run.exitCode, 0);
    run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "1500"});
    QCOMPARE(run.exitCode, 0);
    m_demo = run.json().value("project").toString();
}

void TestCliAnalyze::analyzeReproducesPublishedFits()
{
    const auto run = Test::runCli({"analyze", m_cdnow, "--as-of", "1997-10-01", "--holdout-from", "1997-10-01", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value("customers").toInt(), 2357);
    const QJsonObject bgnbd = j.value("clv").toObject().value("bgnbd").toObject();
    // Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.4.
    QCOMPARE(qRound(bgnbd.value("r").toDouble() * 1000), 243);
    QCOMPARE(qRound(bgnbd.value("alpha").toDouble() * 1000), 4414);
    QCOMPARE(qRound(bgnbd.value("a").toDouble() * 1000), 793);
    QCOMPARE(qRound(bgnbd.value("b").toDouble() * 1000), 2426);
    QCOMPARE(qRound(bgnbd.value("loglik").toDouble() * 10), -95824);
    QVERIFY(bgnbd.value("converged").toBool());
    const QJsonObject gg = j.value("clv").toObject().value("gammagamma").toObject();
    QCOMPARE(qRound(gg.value("p").toDouble() * 100), 625);
    QCOMPARE(qRound(gg.value("q").toDouble() * 100), 374);
    QCOMPARE(qRound(gg.value("gamma").toDouble() * 100), 1544);
    QCOMPARE(gg.value("excluded").toInt(), 2357 - 946);
    // The shapes of the other parts.
    QCOMPARE(j.value("tiers").toArray().size(), 4);
    QCOMPARE(j.value("pareto").toObject().value("top_share").toObject().size(), 5);
    QCOMPARE(j.value("rfm").toObject().value("thresholds").toObject().value("r").toArray().size(), 4);
    int inSegments = 0;
    const QJsonObject segments = j.value("rfm").toObject().value("segments").toObject();
    for (auto it = segments.begin(); it != segments.end(); ++it)
        inSegments += it.value().toInt();
    QCOMPARE(inSegments, 2357); // every customer bought in the calibration period
    const QJsonObject holdout = j.value("holdout").toObject();
    QCOMPARE(holdout.value("cohort").toInt(), 2357);
    QVERIFY(holdout.value("predicted").toDouble() > 0);
}

void TestCliAnalyze::scoresHaveOneRowPerCustomer()
{
    const QString out = m_dir.filePath("scores.csv");
    const auto run = Test::runCli({"scores", m_cdnow, "-o", out});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(Test::readBytes(out).mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2358);
    QCOMPARE(lines.first(), QString("customer_id,recency,frequency,monetary,r,f,m,rfm_segment,tier,p_alive,"
                                    "expected_purchases,purchase_probability,clv,value_group,lifecycle,cluster"));
    const QStringList first = lines[1].split(',');
    QCOMPARE(first.size(), 16);
    QCOMPARE(first[0], QString("00004")); // the 1/10 sample starts at master id 4
    const double probability = first[11].toDouble();
    QVERIFY(probability >= 0 && probability <= 1);
}

void TestCliAnalyze::driversOnTheDemo_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("model");
    QTest::newRow("value") << "value" << "linear";
    QTest::newRow("high value") << "high_value" << "logistic";
}

void TestCliAnalyze::driversOnTheDemo()
{
    QFETCH(QString, target);
    QFETCH(QString, model);
    const auto run = Test::runCli({"drivers", m_demo, "--target", target, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value("model").toString(), model);
    const QJsonArray terms = j.value("terms").toArray();
    QVERIFY(terms.size() > 5);
    QCOMPARE(terms.first().toObject().value("name").toString(), QString("(Intercept)"));
    // Ranked by the size of the standardised effect.
    for (qsizetype i = 2; i < terms.size(); ++i)
        QVERIFY(std::fabs(terms[i - 1].toObject().value("standardized_effect").toDouble())
                >= std::fabs(terms[i].toObject().value("standardized_effect").toDouble()));
    QVERIFY(j.value("components").toObject().value("explained_ratio").toArray().size() >= 2);
}

void TestCliAnalyze::badOptionsGiveOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unit") << QStringList{"analyze", "@", "--time-unit", "year"} << "day, week or month";
    QTest::newRow("ties") << QStringList{"analyze", "@", "--rfm-ties", "random"} << "share or split";
    QTest::newRow("date") << QStringList{"analyze", "@", "--as-of", "yesterday"} << "--as-of";
    QTest::newRow("no output") << QStringList{"scores", "@"} << "-o FILE";
    QTest::newRow("target") << QStringList{"drivers", "@", "--target", "x"} << "value or high_value";
    QTest::newRow("missing project") << QStringList{"analyze", "/nonexistent.segmenta"} << "does not exist";
}

void TestCliAnalyze::badOptionsGiveOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    args.replaceInStrings(QRegularExpression("^@$"), m_cdnow);
    const auto run = Test::runCli(args);
    QVERIFY(run.exitCode != 0);
    const QStringList lines = QString::fromUtf8(run.err).split('\n', Qt::SkipEmptyParts).filter("segmenta-cli:");
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(fragment), qPrintable(lines.first()));
}

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_cli_analyze.moc"
