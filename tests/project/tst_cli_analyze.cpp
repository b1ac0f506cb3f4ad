// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis commands end to end: import CDNOW through the CLI, then analyze, scores and
// drivers, checking the published BG/NBD and Gamma-Gamma parameters and the files' shapes.
#include "testsupport.h"

#include <QDate>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Segmenta;

namespace {

// The CDNOW sample's lines before 1997-10-01 per customer, read here independently of the
// importer: (day, amount) with days counted back from the analysis date (1 = the day before).
struct Purchase
{
    qint64 daysBack;
    double amount;
};

QMap<QString, QList<Purchase>> cdnowBeforeCut(const QString &path)
{
    const QDate asOf(1997, 10, 1);
    QMap<QString, QList<Purchase>> out;
    for (const QByteArray &line : Test::readBytes(path).split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5)
            continue;
        const QDate d = QDate::fromString(QString::fromLatin1(f[2]), "yyyyMMdd");
        if (d < asOf)
            out[QString::fromLatin1(f[0])].append({d.daysTo(asOf), f[4].toDouble()});
    }
    return out;
}

} // namespace

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analyzeReproducesPublishedFits();
    void purchaseModelChoice_data();
    void purchaseModelChoice();
    void scoresHaveOneRowPerCustomer();
    void driversOnTheDemo_data();
    void driversOnTheDemo();
    void badOptionsGiveOneLine_data();
    void badOptionsGiveOneLine();
    void lifecycleThresholds_data();
    void lifecycleThresholds();
    void growthThresholds();

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

// --model and --horizon on CDNOW: the published Pareto/NBD and MBG/NBD estimates (see
// tests/analysis/tst_purchasemodels.cpp for their sources), the model in use, the comparison,
// and auto's choice by holdout error (with --holdout-from) or by BIC.
void TestCliAnalyze::purchaseModelChoice_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("model");      // clv.model
    QTest::addColumn<int>("rows");           // clv.comparison
    QTest::addColumn<bool>("holdoutErrors"); // in every row
    QTest::addColumn<QString>("reason");     // in clv.model_reason
    QTest::addColumn<double>("horizon");
    QTest::newRow("default") << QStringList{"--as-of", "1997-10-01"} << "bgnbd" << 1 << false << "" << 52.0;
    QTest::newRow("paretonbd") << QStringList{"--as-of", "1997-10-01", "--model", "paretonbd"}
                               << "paretonbd" << 2 << false << "" << 52.0;
    QTest::newRow("mbgnbd 39 weeks")
        << QStringList{"--as-of", "1997-10-01", "--model", "mbgnbd", "--horizon", "39"} << "mbgnbd"
        << 2 << false << "" << 39.0;
    QTest::newRow("auto by BIC") << QStringList{"--as-of", "1997-10-01", "--model", "auto"}
                                 << "mbgnbd" << 3 << false << "lowest BIC" << 52.0;
    QTest::newRow("auto by holdout")
        << QStringList{"--holdout-from", "1997-10-01", "--model", "auto", "--horizon", "26"}
        << "" << 3 << true << "forecast the holdout best" << 26.0;
}

void TestCliAnalyze::purchaseModelChoice()
{
    QFETCH(QStringList, options);
    QFETCH(QString, model);
    QFETCH(int, rows);
    QFETCH(bool, holdoutErrors);
    QFETCH(QString, reason);
    QFETCH(double, horizon);
    const auto run = Test::runCli(QStringList{"analyze", m_cdnow, "--json"} + options);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject clv = run.json().value("clv").toObject();
    if (!model.isEmpty())
        QCOMPARE(clv.value("model").toString(), model);
    QVERIFY2(clv.value("model_reason").toString().contains(reason),
             qPrintable(clv.value("model_reason").toString()));
    QCOMPARE(clv.value("horizon").toDouble(), horizon);
    const QJsonArray comparison = clv.value("comparison").toArray();
    QCOMPARE(comparison.size(), rows);
    for (const QJsonValue &row : comparison) {
        const QJsonObject r = row.toObject();
        QVERIFY(r.value("converged").toBool());
        QVERIFY(r.value("bic").toDouble() > -2 * r.value("loglik").toDouble());
        QCOMPARE(r.value("holdout_error").isDouble(), holdoutErrors);
        QCOMPARE(r.value("holdout_error_by_frequency").isDouble(), holdoutErrors);
    }
    if (options.contains("1997-10-01") && clv.contains("paretonbd")) {
        const QJsonObject p = clv.value("paretonbd").toObject();
        if (!options.contains("--holdout-from")) { // Fader, Hardie & Lee's calibration window
            QCOMPARE(qRound(p.value("r").toDouble() * 1000), 553);
            QCOMPARE(qRound(p.value("beta").toDouble() * 100), 1167);
            QCOMPARE(qRound(p.value("loglik").toDouble() * 10), -95950);
        }
    }
    if (clv.contains("mbgnbd") && !options.contains("--holdout-from")) {
        const QJsonObject m = clv.value("mbgnbd").toObject();
        QCOMPARE(qRound(m.value("alpha").toDouble() * 1000), 6183);
        QCOMPARE(qRound(m.value("b").toDouble() * 1000), 1614);
    }
    // BG/NBD's estimates do not depend on the model in use.
    QCOMPARE(qRound(clv.value("bgnbd").toObject().value("r").toDouble() * 1000),
             options.contains("--as-of") ? 243 : qRound(clv.value("bgnbd").toObject().value("r").toDouble() * 1000));
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
    QTest::newRow("model") << QStringList{"analyze", "@", "--model", "pnbd"} << "--model must be bgnbd, paretonbd, mbgnbd or auto";
    QTest::newRow("horizon") << QStringList{"scores", "@", "-o", "/dev/null", "--horizon", "-3"} << "--horizon must be a positive number";
    QTest::newRow("ties") << QStringList{"analyze", "@", "--rfm-ties", "random"} << "share or split";
    QTest::newRow("date") << QStringList{"analyze", "@", "--as-of", "yesterday"} << "--as-of";
    QTest::newRow("no output") << QStringList{"scores", "@"} << "-o FILE";
    QTest::newRow("target") << QStringList{"drivers", "@", "--target", "x"} << "value or high_value";
    QTest::newRow("missing project") << QStringList{"analyze", "/nonexistent.segmenta"} << "does not exist";
    // Lifecycle and growth thresholds: not numbers, out of range, or against each other.
    QTest::newRow("churn days text") << QStringList{"analyze", "@", "--churn-days", "a year"} << "--churn-days must be a whole number";
    QTest::newRow("churn days 0") << QStringList{"analyze", "@", "--churn-days", "0"} << "--churn-days must be at least 1";
    QTest::newRow("recent >= churn") << QStringList{"scores", "@", "-o", "/dev/null", "--recent-days", "400"} << "--recent-days must be at least 0 and below --churn-days (365 days)";
    QTest::newRow("recent vs churn") << QStringList{"analyze", "@", "--churn-days", "90", "--recent-days", "90"} << "below --churn-days (90 days), not 90";
    QTest::newRow("loyal days") << QStringList{"analyze", "@", "--loyal-purchase-days", "0"} << "--loyal-purchase-days must be at least 1";
    QTest::newRow("churn p") << QStringList{"analyze", "@", "--churn-p-alive", "1.5"} << "--churn-p-alive must be a probability from 0 to 1";
    QTest::newRow("loyal p") << QStringList{"analyze", "@", "--loyal-p-alive", "0.1"} << "--loyal-p-alive must be a probability from --churn-p-alive (0.2) to 1";
    QTest::newRow("p not a number") << QStringList{"analyze", "@", "--loyal-p-alive", "high"} << "--loyal-p-alive must be a number";
    QTest::newRow("window") << QStringList{"analyze", "@", "--growth-window-days", "0"} << "--growth-window-days must be at least 1";
    QTest::newRow("changes crossed") << QStringList{"analyze", "@", "--growing-change", "0.1", "--declining-change", "0.3"} << "--growing-change (0.1) must not be below --declining-change (0.3)";
    QTest::newRow("change nan") << QStringList{"analyze", "@", "--growing-change", "nan"} << "--growing-change must be a number";
    QTest::newRow("slope months") << QStringList{"analyze", "@", "--slope-months", "1"} << "--slope-months must be from 2 to 120";
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

void TestCliAnalyze::lifecycleThresholds_data()
{
    QTest::addColumn<int>("churnDays");
    QTest::addColumn<int>("recentDays");
    QTest::addColumn<int>("loyalPurchaseDays");
    QTest::newRow("short") << 60 << 30 << 2;
    QTest::newRow("long") << 200 << 120 << 4;
}

void TestCliAnalyze::lifecycleThresholds()
{
    QFETCH(int, churnDays);
    QFETCH(int, recentDays);
    QFETCH(int, loyalPurchaseDays);
    // With both P(alive) thresholds at 0 the stage depends on recency and purchase days only,
    // so it can be recomputed from the raw file.
    const auto run = Test::runCli({"analyze", m_cdnow, "--as-of", "1997-10-01", "--no-clusters",
                                   "--churn-days", QString::number(churnDays), "--recent-days",
                                   QString::number(recentDays), "--loyal-purchase-days",
                                   QString::number(loyalPurchaseDays), "--churn-p-alive", "0",
                                   "--loyal-p-alive", "0", "--json"});
    QCOMPARE(run.exitCode, 0);
    QMap<QString, int> expected;
    const auto customers = cdnowBeforeCut(Test::sharedData("cdnow/CDNOW_sample.txt"));
    QCOMPARE(customers.size(), 2357);
    for (const QList<Purchase> &lines : customers) {
        qint64 recency = std::numeric_limits<qint64>::max();
        QSet<qint64> days;
        for (const Purchase &p : lines) {
            recency = std::min(recency, p.daysBack);
            days.insert(p.daysBack);
        }
        const char *stage = recency >= churnDays                                        ? "churned"
                            : recency <= recentDays && days.size() >= loyalPurchaseDays ? "loyal"
                            : recency <= recentDays                                     ? "potential"
                                                                                        : "marginal";
        ++expected[stage];
    }
    const QJsonObject stages = run.json().value("lifecycle").toObject();
    for (const char *stage : {"loyal", "potential", "marginal", "churned"})
        QCOMPARE(stages.value(stage).toInt(), expected.value(stage));
}

void TestCliAnalyze::growthThresholds()
{
    const auto run = Test::runCli({"analyze", m_cdnow, "--as-of", "1997-10-01", "--no-clusters",
                                   "--growth-window-days", "90", "--growing-change", "0.5",
                                   "--declining-change", "-0.25", "--slope-months", "6", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject growth = run.json().value("growth").toObject();
    const QJsonObject options = growth.value("options").toObject();
    QCOMPARE(options.value("window_days").toInt(), 90);
    QCOMPARE(options.value("slope_months").toInt(), 6);
    QCOMPARE(growth.value("recent_from").toString(), QDate(1997, 10, 1).addDays(-90).toString(Qt::ISODate));
    QCOMPARE(growth.value("previous_from").toString(), QDate(1997, 10, 1).addDays(-180).toString(Qt::ISODate));
    // The classes recomputed from the raw file with the same windows and thresholds.
    QMap<QString, int> expected;
    for (const QList<Purchase> &lines : cdnowBeforeCut(Test::sharedData("cdnow/CDNOW_sample.txt"))) {
        double recent = 0, previous = 0;
        bool active = false;
        for (const Purchase &p : lines) {
            if (p.daysBack <= 90)
                recent += p.amount;
            else if (p.daysBack <= 180)
                previous += p.amount;
            active = active || p.daysBack <= 180;
        }
        const double change = previous != 0 ? (recent - previous) / std::fabs(previous) : 0;
        const char *k = !active                                     ? "none"
                        : previous == 0 ? (recent > 0 ? "growing" : recent < 0 ? "declining" : "stable")
                        : change > 0.5                              ? "growing"
                        : change < -0.25                            ? "declining"
                                                                    : "stable";
        ++expected[k];
    }
    QCOMPARE(expected.value("none") + expected.value("growing") + expected.value("stable")
                 + expected.value("declining"), 2357);
    for (const QJsonValue &v : growth.value("classes").toArray()) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value("customers").toInt(), expected.value(c.value("class").toString()));
    }
}

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_cli_analyze.moc"
