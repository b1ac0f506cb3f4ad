// SPDX-License-Identifier: GPL-3.0-or-later
// Spending trend (core/analysis/measures/growthtrend.*): windows and their edges, classes at the
// thresholds, refunds, the monthly slope, and missing data.
#include "import/datasetimporter.h"
#include "analysis/measures/growthtrend.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Segmenta;

Q_DECLARE_METATYPE(GrowthClass)

namespace {

Dataset load(const QByteArray &csv, TableKind kind = TableKind::Transactions)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g%1.csv").arg(qHash(csv)));
    Test::writeBytes(path, csv);
    TableImportOptions o;
    o.path = path;
    o.kind = kind;
    auto d = kind == TableKind::Transactions ? DatasetImporter::run(std::nullopt, o)
                                             : DatasetImporter::run(o, std::nullopt);
    return d.ok() ? d.takeValue() : Dataset();
}

qint32 day(const char *iso)
{
    return Column::toDays(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
}

qsizetype rowOf(const Dataset &d, const QString &id)
{
    for (qsizetype r = 0; r < d.customerCount(); ++r)
        if (d.customerIds()->text(r) == id)
            return r;
    return -1;
}

// asOfDay 2025-01-01: recent = [2024-01-02, 2025-01-01), previous = [2023-01-02, 2024-01-02).
const QByteArray kOrders = "customer,date,amount\n"
                           "a,2023-06-01,100\n"
                           "a,2024-06-01,300\n"
                           "b,2023-06-01,300\n"
                           "b,2024-06-01,100\n"
                           "c,2023-06-01,100\n"
                           "c,2024-06-01,110\n"
                           "d,2023-06-01,100\n"
                           "d,2024-06-01,120\n"
                           "e,2024-06-01,50\n"
                           "f,2023-06-01,50\n"
                           "g,2022-01-01,80\n"
                           "h,2023-06-01,50\n"
                           "h,2023-07-01,-50\n"
                           "i,2025-01-01,70\n"
                           "j,2024-01-01,40\n"
                           "j,2024-01-02,40\n"
                           "k,2023-01-01,40\n"
                           "k,2023-01-02,30\n";

} // namespace

class TestGrowthTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void classes_data();
    void classes();
    void defaultAsOf();
    void slope();
    void thresholds();
    void missingData();
    void json();
};

void TestGrowthTrend::names()
{
    const QStringList names{"growing", "stable", "declining", "none"};
    for (int k = 0; k < kGrowthClassCount; ++k) {
        QCOMPARE(growthClassName(GrowthClass(k)), names[k]);
        GrowthClass parsed = GrowthClass::None;
        QVERIFY(growthClassFromName(names[k].toUpper(), parsed));
        QCOMPARE(parsed, GrowthClass(k));
    }
    GrowthClass unchanged = GrowthClass::Stable;
    QVERIFY(!growthClassFromName("rising", unchanged));
    QCOMPARE(unchanged, GrowthClass::Stable);
}

void TestGrowthTrend::classes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("recent");
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("change"); // NaN: previous is 0
    QTest::addColumn<GrowthClass>("growth");
    const double nan = std::nan("");
    QTest::newRow("tripled") << "a" << 300.0 << 100.0 << 2.0 << GrowthClass::Growing;
    QTest::newRow("down two thirds") << "b" << 100.0 << 300.0 << -2.0 / 3 << GrowthClass::Declining;
    QTest::newRow("+10 %") << "c" << 110.0 << 100.0 << 0.1 << GrowthClass::Stable;
    QTest::newRow("+20 % is not above") << "d" << 120.0 << 100.0 << 0.2 << GrowthClass::Stable;
    QTest::newRow("new spend") << "e" << 50.0 << 0.0 << nan << GrowthClass::Growing;
    QTest::newRow("stopped") << "f" << 0.0 << 50.0 << -1.0 << GrowthClass::Declining;
    QTest::newRow("before both windows") << "g" << 0.0 << 0.0 << nan << GrowthClass::None;
    QTest::newRow("refund cancels") << "h" << 0.0 << 0.0 << nan << GrowthClass::Stable;
    QTest::newRow("on asOfDay: excluded") << "i" << 0.0 << 0.0 << nan << GrowthClass::None;
    QTest::newRow("window edges") << "j" << 40.0 << 40.0 << 0.0 << GrowthClass::Stable;
    QTest::newRow("previous edge") << "k" << 0.0 << 30.0 << -1.0 << GrowthClass::Declining;
}

void TestGrowthTrend::classes()
{
    QFETCH(QString, id);
    QFETCH(double, recent);
    QFETCH(double, previous);
    QFETCH(double, change);
    QFETCH(GrowthClass, growth);
    const Dataset d = load(kOrders);
    GrowthOptions o;
    o.asOfDay = day("2025-01-01");
    auto g = GrowthTrend::compute(d, o);
    QVERIFY2(g.ok(), qPrintable(g.errorString()));
    QCOMPARE(g->recentFrom, day("2024-01-02"));
    QCOMPARE(g->previousFrom, day("2023-01-02"));
    const qsizetype row = rowOf(d, id);
    QVERIFY(row >= 0);
    QCOMPARE(g->recent[size_t(row)], recent);
    QCOMPARE(g->previous[size_t(row)], previous);
    if (std::isnan(change))
        QVERIFY(std::isnan(g->change[size_t(row)]));
    else
        QVERIFY(Test::fuzzyEqual(g->change[size_t(row)], change, 1e-15));
    QCOMPARE(g->classOf(row), growth);
}

void TestGrowthTrend::defaultAsOf()
{
    const Dataset d = load(kOrders);
    auto g = GrowthTrend::compute(d);
    QVERIFY(g.ok());
    QCOMPARE(g->options.asOfDay, day("2025-01-02")); // the day after the last line (i's)
    QCOMPARE(g->classOf(rowOf(d, "i")), GrowthClass::Growing);
    // Counts with asOfDay 2025-01-01: growing a e; stable c d h j; declining b f k; none g i.
    GrowthOptions o;
    o.asOfDay = day("2025-01-01");
    auto fixed = GrowthTrend::compute(d, o);
    QCOMPARE(fixed->counts, (std::array<qint64, 4>{2, 4, 3, 2}));
    QCOMPARE(fixed->recentSpend, (std::array<double, 4>{350, 270, 100, 0}));
    QCOMPARE(fixed->previousSpend, (std::array<double, 4>{100, 240, 380, 0}));
}

void TestGrowthTrend::slope()
{
    // Months of 487/16 days back from 2024-12-31 (the day before asOfDay): a line 31 × b days
    // before lies in month b back, x = 11 - b. s spends x in month x (slope 1), t spends 10
    // every month (slope 0), u 120 in the newest month only: (11·120 - 5.5·120) / 143 = 660/143
    // (Σ (x - 5.5)² = 143), v only 12 months back (outside the slope).
    const qint32 asOf = day("2025-01-01");
    QByteArray csv = "customer,date,amount\n";
    auto line = [&](const char *id, int back, double amount) {
        const QDate date = Column::fromDays(asOf - 1 - 31 * back);
        csv += QByteArray(id) + "," + date.toString(Qt::ISODate).toLatin1() + ","
               + QByteArray::number(amount) + "\n";
    };
    for (int b = 0; b < 12; ++b) {
        if (b < 11)
            line("s", b, 11 - b);
        line("t", b, 10);
    }
    line("u", 0, 120);
    line("v", 12, 500);
    const Dataset d = load(csv);
    GrowthOptions o;
    o.asOfDay = asOf;
    auto g = GrowthTrend::compute(d, o);
    QVERIFY(g.ok());
    QVERIFY(Test::fuzzyEqual(g->slope[size_t(rowOf(d, "s"))], 1.0, 1e-12));
    QVERIFY(std::fabs(g->slope[size_t(rowOf(d, "t"))]) < 1e-12);
    QVERIFY(Test::fuzzyEqual(g->slope[size_t(rowOf(d, "u"))], 660.0 / 143, 1e-12));
    QCOMPARE(g->slope[size_t(rowOf(d, "v"))], 0.0);
    // Six months: x = 0..5, Σ (x - 2.5)² = 17.5; s spends 6..1 back -> x + 0 ... slope 1.
    o.slopeMonths = 6;
    auto six = GrowthTrend::compute(d, o);
    QVERIFY(Test::fuzzyEqual(six->slope[size_t(rowOf(d, "s"))], 1.0, 1e-12));
    QVERIFY(Test::fuzzyEqual(six->slope[size_t(rowOf(d, "u"))], 120.0 * 2.5 / 17.5, 1e-12));
}

void TestGrowthTrend::thresholds()
{
    const Dataset d = load(kOrders);
    GrowthOptions o;
    o.asOfDay = day("2025-01-01");
    o.growingChange = 0.05;
    o.decliningChange = -0.7;
    o.windowDays = 366; // the previous window now starts on 2022-12-31 and takes k's 40 too
    auto g = GrowthTrend::compute(d, o);
    QVERIFY(g.ok());
    QCOMPARE(g->classOf(rowOf(d, "c")), GrowthClass::Growing);  // +10 %
    QCOMPARE(g->classOf(rowOf(d, "b")), GrowthClass::Stable);   // -66.7 %
    QCOMPARE(g->previous[size_t(rowOf(d, "k"))], 70.0);
}

void TestGrowthTrend::missingData()
{
    const Dataset customersOnly = load("customer,city\na,Paris\n", TableKind::Customers);
    auto g = GrowthTrend::compute(customersOnly);
    QVERIFY(!g.ok());
    QCOMPARE(QByteArray(g.error().code()), QByteArray("missing-role"));
    auto empty = GrowthTrend::compute(Dataset());
    QCOMPARE(QByteArray(empty.error().code()), QByteArray("missing-role"));
    GrowthOptions o;
    o.windowDays = 0;
    auto bad = GrowthTrend::compute(load(kOrders), o);
    QCOMPARE(QByteArray(bad.error().code()), QByteArray("growth-settings"));
}

void TestGrowthTrend::json()
{
    GrowthOptions o;
    o.asOfDay = day("2025-01-01");
    o.windowDays = 180;
    auto back = GrowthOptions::fromJson(o.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->asOfDay, o.asOfDay);
    QCOMPARE(back->windowDays, 180);
    QCOMPARE(back->slopeMonths, 12);
    QVERIFY(!GrowthOptions::fromJson(QJsonObject{{"slope_months", 1}}).ok());
    QVERIFY(!GrowthOptions::fromJson(QJsonObject{{"growing_change", -0.5}}).ok());
    QVERIFY(!GrowthOptions::fromJson(QJsonObject{{"as_of_date", "yesterday"}}).ok());

    const QJsonObject j = GrowthTrend::compute(load(kOrders), o)->toJson();
    QCOMPARE(j.value("recent_from").toString(), "2024-07-05");
    const QJsonArray classes = j.value("classes").toArray();
    QCOMPARE(classes.size(), 4);
    QCOMPARE(classes.at(0).toObject().value("class").toString(), "growing");
}

QTEST_GUILESS_MAIN(TestGrowthTrend)
#include "tst_growthtrend.moc"
