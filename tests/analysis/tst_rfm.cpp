// SPDX-License-Identifier: GPL-3.0-or-later
// RfmScores: the R package rfm reproduced customer by customer (golden files written by
// tests/data/rfm_oracle.R, see tests/data/README.md, and the rows its README prints), custom
// cut points, frozen thresholds, the measures, the analysis date and the JSON settings.
// The tie rules on small inputs and the timing are in tst_rfmbins.cpp.
#include "analysis/measures/rfmscores.h"
#include "rfmtestdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace Segmenta;
using namespace Segmenta::Test;

class TestRfm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rPackageCustomerByCustomer_data();
    void rPackageCustomerByCustomer();
    void rPackageThresholds();
    void rPackageReadmeRows();
    void customCuts();
    void frozenThresholds();
    void measures();
    void analysisDate();
    void customersWithoutPurchases();
    void invalidOptions();
    void json();

private:
    std::optional<RfmPackageData> m_package;
};

void TestRfm::initTestCase()
{
    m_package = loadRfmPackageData();
}

void TestRfm::rPackageCustomerByCustomer_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<bool>("custom");
    QTest::newRow("quintiles") << "rfm_expected_2006-12-31.csv" << false;
    QTest::newRow("package's custom thresholds") << "rfm_expected_2006-12-31_custom.csv" << true;
}

void TestRfm::rPackageCustomerByCustomer()
{
    QFETCH(QString, golden);
    QFETCH(bool, custom);
    if (!m_package)
        QSKIP("../shared/data/rfm/rfm_data_orders.csv is not beside the checkout");
    RfmOptions o;
    o.asOfDay = Column::toDays(QDate(2006, 12, 31)); // also the default: the day after the last
    if (custom) {
        o.recencyCuts = std::vector<double>{115, 181, 297, 482};
        o.frequencyCuts = std::vector<double>{4, 5, 6, 8};
        o.monetaryCuts = std::vector<double>{256, 382, 506, 666};
    }
    auto s = RfmScores::compute(m_package->summary, o);
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QCOMPARE(s->asOfDay, m_package->summary.asOfDay);

    const QList<QStringList> rows = readGoldenCsv(testData(golden));
    QCOMPARE(rows.size(), 995);
    QCOMPARE(s->size(), 995);
    QCOMPARE(s->scoredCount, 995);
    int mismatches = 0;
    for (const QStringList &g : rows) {
        QCOMPARE(g.size(), 7);
        const qsizetype i = m_package->rowOfCustomer.value(g[0], -1);
        QVERIFY2(i >= 0, qPrintable(g[0]));
        const size_t k = size_t(i);
        const bool same = s->recency[k] == g[1].toDouble() && s->frequency[k] == g[2].toDouble()
                          && s->monetary[k] == g[3].toDouble() && s->r[k] == g[4].toInt()
                          && s->f[k] == g[5].toInt() && s->m[k] == g[6].toInt();
        if (!same && ++mismatches <= 10)
            qWarning("%s: ours %g %g %g %d%d%d, R %s", qPrintable(g[0]), s->recency[k],
                     s->frequency[k], s->monetary[k], s->r[k], s->f[k], s->m[k],
                     qPrintable(g.mid(1).join(u' ')));
    }
    QCOMPARE(mismatches, 0);
}

void TestRfm::rPackageThresholds()
{
    if (!m_package)
        QSKIP("../shared/data/rfm/rfm_data_orders.csv is not beside the checkout");
    auto s = RfmScores::compute(m_package->summary, {});
    QVERIFY(s.ok());
    // R's threshold table: row, recency lower/upper, frequency lower/upper, monetary lower/upper.
    const QList<QStringList> rows =
        readGoldenCsv(testData(QStringLiteral("rfm_expected_2006-12-31_thresholds.csv")));
    QCOMPARE(rows.size(), 5);
    const RfmDimension dims[3] = {RfmDimension::Recency, RfmDimension::Frequency,
                                  RfmDimension::Monetary};
    for (int d = 0; d < 3; ++d) {
        const RfmScores::Dimension &dim = s->dimension(dims[d]);
        QCOMPARE(dim.bins, 5);
        QCOMPARE(dim.source, RfmScores::CutSource::Computed);
        for (int row = 0; row < 5; ++row) {
            // Exact: the same IEEE operations as R's quantile().
            QCOMPARE(dim.lower(row), rows[row][1 + 2 * d].toDouble());
            QCOMPARE(dim.upper(row), rows[row][2 + 2 * d].toDouble());
            QVERIFY(dim.lower(row) == rows[row][1 + 2 * d].toDouble());
            QVERIFY(dim.upper(row) == rows[row][2 + 2 * d].toDouble());
        }
    }
    // Values the package's own example rounds to (recency_bins = c(115, 181, 297, 482), ...).
    QVERIFY(s->recencyDimension.cuts == (std::vector<double>{115, 181, 297.40000000000009, 482}));
    QVERIFY(s->frequencyDimension.cuts == (std::vector<double>{4, 5, 6, 8}));
    QVERIFY(s->monetaryDimension.cuts
            == (std::vector<double>{255.80000000000001, 382, 506.40000000000009, 666}));
}

void TestRfm::rPackageReadmeRows()
{
    // The first rows of rfm_table_order(rfm_data_orders, ..., as.Date("2006-12-31")) as the
    // package's README prints them (the shared copy of the data drops titles such as "DVM").
    struct Row { const char *id; double recency, count, amount; int r, f, m; };
    const Row readme[] = {
        {"Abbey O'Reilly", 205, 6, 472, 3, 4, 3}, {"Add Senger", 140, 3, 340, 4, 1, 2},
        {"Aden Lesch", 194, 4, 405, 3, 2, 3},     {"Admiral Senger", 132, 5, 448, 4, 3, 3},
        {"Agness O'Keefe", 90, 9, 843, 5, 5, 5},  {"Aileen Barton", 84, 9, 763, 5, 5, 5},
        {"Ailene Hermann", 281, 8, 699, 3, 5, 5}, {"Aiyanna Bruen", 246, 4, 157, 3, 2, 1},
        {"Ala Schmidt", 349, 3, 363, 2, 1, 2},    {"Alannah Borer", 619, 4, 196, 1, 2, 1},
    };
    if (!m_package)
        QSKIP("../shared/data/rfm/rfm_data_orders.csv is not beside the checkout");
    auto s = RfmScores::compute(m_package->summary, {});
    QVERIFY(s.ok());
    for (const Row &row : readme) {
        const qsizetype i = m_package->rowOfCustomer.value(QString::fromUtf8(row.id), -1);
        QVERIFY2(i >= 0, row.id);
        QCOMPARE(s->recency[size_t(i)], row.recency);
        QCOMPARE(s->frequency[size_t(i)], row.count);
        QCOMPARE(s->monetary[size_t(i)], row.amount);
        QCOMPARE(s->code(i), row.r * 100 + row.f * 10 + row.m);
    }
}

void TestRfm::customCuts()
{
    RfmOptions o;
    o.frequencyCuts = std::vector<double>{2, 4};  // three scores: [min, 2), [2, 4), [4, max]
    o.recencyCuts = std::vector<double>{30, 90};
    CustomerSummary sum = summaryOf(RfmDimension::Frequency, {1, 2, 3, 4, 10});
    for (size_t i = 0; i < 5; ++i)
        sum.lastDay[i] = kAsOf - qint32(QList<int>{10, 30, 89, 90, 400}[qsizetype(i)]);
    auto s = RfmScores::compute(sum, o);
    QVERIFY(s.ok());
    QCOMPARE(toList(s->f), (QList<int>{1, 2, 2, 3, 3}));
    QCOMPARE(toList(s->r), (QList<int>{3, 2, 2, 1, 1}));
    QCOMPARE(s->frequencyDimension.bins, 3);
    QCOMPARE(s->frequencyDimension.source, RfmScores::CutSource::Custom);
    QCOMPARE(s->monetaryDimension.bins, 5); // computed
    QCOMPARE(s->monetaryDimension.source, RfmScores::CutSource::Computed);
    // Cut points beyond the values leave scores empty, and the user is told.
    o.frequencyCuts = std::vector<double>{100, 200};
    s = RfmScores::compute(sum, o);
    QVERIFY(s.ok());
    QCOMPARE(toList(s->f), (QList<int>{1, 1, 1, 1, 1}));
    QVERIFY2(allWarnings(*s).contains(QStringLiteral(
                 "Only 1 of the 3 frequency scores are used (empty: 2, 3): no customer's "
                 "frequency lies between some of the given cut points.")),
             qPrintable(allWarnings(*s)));
}

void TestRfm::frozenThresholds()
{
    const QList<double> first{10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    RfmOptions o;
    o.bins = 4;
    auto a = RfmScores::compute(summaryOf(RfmDimension::Monetary, first), o);
    QVERIFY(a.ok());
    // Saved in the project file as JSON, read back by a later session.
    const QByteArray saved = QJsonDocument(a->thresholds().toJson()).toJson();
    auto thresholds = RfmThresholds::fromJson(QJsonDocument::fromJson(saved).object());
    QVERIFY2(thresholds.ok(), qPrintable(thresholds.errorString()));
    QCOMPARE(*thresholds, a->thresholds());
    QVERIFY(thresholds->monetary == (std::vector<double>{33.5, 56, 78.5}));

    // A later import, scored on the first one's scale rather than its own quintiles.
    RfmOptions later; // bins 5, but the frozen thresholds bring their own
    later.frozen = *thresholds;
    auto b = RfmScores::compute(summaryOf(RfmDimension::Monetary, {5, 33.5, 55.9, 56, 500}), later);
    QVERIFY2(b.ok(), qPrintable(b.errorString()));
    QCOMPARE(toList(b->m), (QList<int>{1, 2, 2, 3, 4}));
    QCOMPARE(b->monetaryDimension.source, RfmScores::CutSource::Frozen);
    QCOMPARE(b->monetaryDimension.bins, 4);
    QCOMPARE(b->thresholds().monetary, a->thresholds().monetary);
    QCOMPARE(b->thresholds().recency, a->thresholds().recency);
    // Without freezing, the same data gets its own scale.
    auto own = RfmScores::compute(summaryOf(RfmDimension::Monetary, {5, 33.5, 55.9, 56, 500}), {});
    QCOMPARE(toList(own->m), (QList<int>{1, 2, 3, 3, 5}));

    // Thresholds of total spend do not apply to mean spend.
    later.monetary = RfmMonetaryMeasure::MeanPerOrder;
    auto refused = RfmScores::compute(summaryOf(RfmDimension::Monetary, first), later);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), "rfm-settings");
}

void TestRfm::measures()
{
    CustomerSummary sum = summaryOf(RfmDimension::Frequency, {5, 1, 3});
    sum.purchaseDays = {3, 1, 1};      // two orders on one day, three on another ...
    sum.revenue = {100.0, 40.0, 90.0};
    RfmOptions o;
    auto s = RfmScores::compute(sum, o);
    QVERIFY(s.ok());
    QCOMPARE(s->frequency, (std::vector<double>{5, 1, 3}));
    QCOMPARE(s->monetary, (std::vector<double>{100, 40, 90}));
    o.frequency = RfmFrequencyMeasure::PurchaseDays;
    o.monetary = RfmMonetaryMeasure::MeanPerOrder; // per order, whatever the frequency measure
    s = RfmScores::compute(sum, o);
    QVERIFY(s.ok());
    QCOMPARE(s->frequency, (std::vector<double>{3, 1, 1}));
    QCOMPARE(s->monetary, (std::vector<double>{20, 40, 30}));
    QCOMPARE(toList(s->m), (QList<int>{1, 5, 3})); // the one-order customer spends most per order
    QCOMPARE(s->thresholds().frequencyMeasure, RfmFrequencyMeasure::PurchaseDays);
    QCOMPARE(s->thresholds().monetaryMeasure, RfmMonetaryMeasure::MeanPerOrder);
}

void TestRfm::analysisDate()
{
    CustomerSummary sum = summaryOf(RfmDimension::Recency, {1, 10, 100});
    auto s = RfmScores::compute(sum, {});
    QVERIFY(s.ok());
    QCOMPARE(s->asOfDay, kAsOf); // the summary's: the day after the last order
    QCOMPARE(s->recency, (std::vector<double>{1, 10, 100}));
    RfmOptions o;
    o.asOfDay = kAsOf + 30;
    s = RfmScores::compute(sum, o);
    QVERIFY(s.ok());
    QCOMPARE(s->recency, (std::vector<double>{31, 40, 130}));
    QCOMPARE(s->options.asOfDay, kAsOf + 30);
    o.asOfDay = kAsOf - 1; // the day of a purchase: no longer after every purchase
    s = RfmScores::compute(sum, o);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), "date-order");
}

void TestRfm::customersWithoutPurchases()
{
    CustomerSummary sum = summaryOf(RfmDimension::Monetary, {10, 20, 30, 40, 50, 60, 70});
    for (size_t i : {1, 4}) {
        sum.firstDay[i] = sum.lastDay[i] = Column::kMissingDate;
        sum.orders[i] = sum.purchaseDays[i] = 0;
        sum.revenue[i] = 0;
    }
    auto s = RfmScores::compute(sum, {});
    QVERIFY(s.ok());
    QCOMPARE(s->scoredCount, 5);
    QCOMPARE(s->unscoredCount, 2);
    QCOMPARE(s->unscoredCustomers(), (QList<qint32>{1, 4}));
    QVERIFY(!s->isScored(1) && s->code(4) == 0 && s->isScored(0));
    QVERIFY(std::isnan(s->recency[1]) && std::isnan(s->frequency[1]) && std::isnan(s->monetary[1]));
    // The cut points come from the five customers who bought.
    auto five = RfmScores::compute(summaryOf(RfmDimension::Monetary, {10, 30, 40, 60, 70}), {});
    QCOMPARE(s->monetaryDimension.cuts, five->monetaryDimension.cuts);
    QCOMPARE(s->warnings.first().toString(),
             QStringLiteral("2 customers have no purchase before the analysis date and get no "
                            "RFM score; they are listed separately."));
}

void TestRfm::invalidOptions()
{
    const CustomerSummary sum = summaryOf(RfmDimension::Frequency, {1, 2, 3});
    RfmOptions o;
    o.bins = 10;
    QCOMPARE(RfmScores::compute(sum, o).error().code(), "rfm-settings");
    o = {};
    o.monetaryCuts = std::vector<double>{5, 3};
    QCOMPARE(RfmScores::compute(sum, o).error().code(), "rfm-settings");
    o.monetaryCuts = std::vector<double>{};
    QCOMPARE(RfmScores::compute(sum, o).error().code(), "rfm-settings");
    o = {};
    o.frozen = RfmThresholds{};
    QCOMPARE(RfmScores::compute(sum, o).error().code(), "rfm-settings");
    // Nobody bought: no error, nobody scored, and the user is told.
    CustomerSummary empty;
    empty.asOfDay = kAsOf;
    empty.firstDay = empty.lastDay = {Column::kMissingDate};
    empty.orders = empty.purchaseDays = {0};
    empty.revenue = {0.0};
    auto s = RfmScores::compute(empty, {});
    QVERIFY(s.ok());
    QCOMPARE(s->scoredCount, 0);
    QCOMPARE(s->warnings.size(), 1);
}

void TestRfm::json()
{
    RfmOptions o;
    o.asOfDay = Column::toDays(QDate(2006, 12, 31));
    o.frequency = RfmFrequencyMeasure::PurchaseDays;
    o.monetary = RfmMonetaryMeasure::MeanPerOrder;
    o.ties = RfmTieRule::Split;
    o.bins = 4;
    o.quantileOffset = 0;
    o.recencyCuts = std::vector<double>{30, 90, 180};
    RfmThresholds t;
    t.recency = {115, 181, 297.40000000000009, 482};
    t.frequency = {4, 5, 6, 8};
    t.monetary = {255.80000000000001, 382, 506.40000000000009, 666};
    t.frequencyMeasure = RfmFrequencyMeasure::PurchaseDays;
    t.monetaryMeasure = RfmMonetaryMeasure::MeanPerOrder;
    t.asOfDay = o.asOfDay;
    o.frozen = t;
    const QByteArray text = QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact);
    auto back = RfmOptions::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    QVERIFY(*back == o); // doubles survive exactly
    QVERIFY(text.contains("\"as_of_date\":\"2006-12-31\""));
    QVERIFY(text.contains("\"ties\":\"split\""));
    // Defaults from an empty object.
    QVERIFY(*RfmOptions::fromJson({}) == RfmOptions{});
    // The camelCase keys of older projects are still read.
    auto legacy = RfmOptions::fromJson(
        QJsonDocument::fromJson(R"({"asOfDate": "2006-12-31", "quantileOffset": 0.5})").object());
    QVERIFY(legacy.ok());
    QCOMPARE(legacy->asOfDay, o.asOfDay);
    QCOMPARE(legacy->quantileOffset, 0.5);
    // Broken settings are refused, naming the setting.
    const char *broken[] = {R"({"bins": 12})", R"({"bins": 2.5})", R"({"ties": "even"})",
                            R"({"as_of_date": "31.12.2006"})", R"({"cuts": {"monetary": [5, 3]}})",
                            R"({"frozen": {"recency": [1], "frequency": [], "monetary": [2]}})"};
    for (const char *b : broken) {
        auto r = RfmOptions::fromJson(QJsonDocument::fromJson(b).object());
        QVERIFY2(!r.ok(), b);
        QCOMPARE(r.error().code(), "rfm-settings");
    }
    QCOMPARE(RfmOptions::fromJson(QJsonDocument::fromJson(R"({"ties": "even"})").object())
                 .errorString(),
             QStringLiteral("The RFM setting “ties” is not valid."));
}

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
