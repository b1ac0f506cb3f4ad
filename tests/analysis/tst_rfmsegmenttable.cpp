// SPDX-License-Identifier: GPL-3.0-or-later
// RfmSegmentTable: the 11 named segments (docs/domain.md, "Named RFM segments") cover the 125 codes
// exactly once; an edited table reports the codes no rule covers and those two rules claim; the
// first matching rule wins, and range rules reproduce the R package's rfm_segment() on its own
// data.
#include "analysis/measures/rfmscores.h"
#include "analysis/measures/rfmsegmenttable.h"
#include "rfmtestdata.h"

#include <QJsonDocument>
#include <QTest>

#include <set>

using namespace Segmenta;
using namespace Segmenta::Test;
using Rule = RfmSegmentTable::Rule;

namespace {

// Scores for customers with the given codes (frozen cut points 1.5 .. 4.5 on every dimension,
// the code's digits as values).
RfmScores scoresFor(const QList<int> &codes)
{
    CustomerSummary s = summaryOf(RfmDimension::Frequency, QList<double>(codes.size(), 1));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = codes[i];
        s.lastDay[size_t(i)] = kAsOf - (6 - c / 100); // recency: fewer days, higher score
        s.orders[size_t(i)] = c / 10 % 10;
        s.revenue[size_t(i)] = c % 10;
    }
    RfmOptions o;
    RfmThresholds t;
    t.recency = t.frequency = t.monetary = {1.5, 2.5, 3.5, 4.5};
    o.frozen = t;
    return *RfmScores::compute(s, o);
}

} // namespace

class TestRfmSegmentTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendixACoversEveryCodeOnce();
    void translatedNames();
    void editedTableReportsGapsAndOverlaps();
    void firstMatchWins();
    void rulesSharingASegment();
    void rPackageSegments();
    void validation();
    void json();
};

void TestRfmSegmentTable::appendixACoversEveryCodeOnce()
{
    const RfmSegmentTable t = RfmSegmentTable::defaultTable();
    QCOMPARE(t.segments(),
             (QStringList{"Champions", "Loyal", "Potential Loyalist", "New Customers", "Promising",
                          "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them",
                          "Hibernating", "Lost"}));
    QVERIFY(t.validate().ok());
    const RfmSegmentTable::Coverage c = t.coverage();
    QVERIFY(c.isExact());
    QVERIFY(t.describe(c).isEmpty());
    // Independently of coverage(): the code lists hold 125 distinct codes of digits 1..5.
    std::multiset<int> codes;
    for (const Rule &r : t.rules()) {
        QCOMPARE(r.kind, Rule::Kind::Codes);
        codes.insert(r.codes.begin(), r.codes.end());
    }
    QCOMPARE(codes.size(), size_t(125));
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m)
                QCOMPARE(codes.count(r * 100 + f * 10 + m), size_t(1));
    QCOMPARE(t.rules()[0].codes.size(), 7);  // Champions
    QCOMPARE(t.rules()[2].codes.size(), 24); // Potential Loyalist
    QCOMPARE(t.rules()[7].codes.size(), 22); // At Risk
    QCOMPARE(t.rules()[10].codes, (QList<int>{111, 112, 121, 131, 141, 151})); // Lost
    QCOMPARE(t.rules()[t.ruleFor(5, 5, 5)].name, QStringLiteral("Champions"));
    QCOMPARE(t.rules()[t.ruleFor(1, 5, 5)].name, QStringLiteral("Can't Lose Them"));
    QCOMPARE(t.rules()[t.ruleFor(3, 3, 2)].name, QStringLiteral("Hibernating"));
}

void TestRfmSegmentTable::translatedNames()
{
    const RfmSegmentTable t = RfmSegmentTable::defaultTable(
        [](const char *context, const char *source) {
            return QString::fromUtf8(context) + u':' + QString::fromUtf8(source);
        });
    QCOMPARE(t.segments().first(), QStringLiteral("Segmenta::Analysis:Champions"));
}

void TestRfmSegmentTable::editedTableReportsGapsAndOverlaps()
{
    RfmSegmentTable t = RfmSegmentTable::defaultTable();
    t.removeRule(10);                                          // Lost
    t.appendRule(Rule::fromCodes(QStringLiteral("VIP"), {555, 545}));
    t.appendRule(Rule::fromRanges(QStringLiteral("Sleepers"), 1, 1, 1, 1, 1, 2)); // 111, 112
    const RfmSegmentTable::Coverage c = t.coverage();
    QVERIFY(!c.isExact());
    QCOMPARE(c.uncovered, (QList<int>{121, 131, 141, 151}));
    QCOMPARE(c.overlaps.size(), 2);
    QCOMPARE(c.overlaps[0].code, 545);
    QCOMPARE(c.overlaps[0].rules, (QList<int>{0, 10}));
    QCOMPARE(c.overlaps[1].code, 555);
    QCOMPARE(c.overlaps[1].rules, (QList<int>{0, 10}));
    const QList<Message> words = t.describe(c);
    QCOMPARE(words.size(), 3);
    QCOMPARE(words[0].toString(),
             QStringLiteral("4 score combinations are in no segment; their customers stay "
                            "unassigned: 121, 131, 141, 151."));
    QCOMPARE(words[1].toString(),
             QStringLiteral("Code 545 is claimed by 2 rules (1. Champions, 11. VIP); the first "
                            "one wins."));
    // Customers with uncovered codes are unassigned, and counted.
    const RfmScores s = scoresFor({555, 121, 111});
    const RfmSegmentTable::Assignment a = t.assign(s);
    QCOMPARE(a.rule, (std::vector<qint16>{0, -1, 11}));
    QCOMPARE(a.unassigned, 1);
    QCOMPARE(a.counts[size_t(t.segments().indexOf(QStringLiteral("Sleepers")))], 1);
}

void TestRfmSegmentTable::firstMatchWins()
{
    RfmSegmentTable t = RfmSegmentTable::defaultTable();
    t.appendRule(Rule::fromCodes(QStringLiteral("VIP"), {555}));
    const RfmScores s = scoresFor({555, 554, 111});
    QCOMPARE(s.code(0), 555);
    QCOMPARE(s.code(2), 111);
    RfmSegmentTable::Assignment a = t.assign(s);
    QCOMPARE(a.rule, (std::vector<qint16>{0, 0, 10}));
    QCOMPARE(a.segment, (std::vector<qint16>{0, 0, 10}));
    t.moveRule(11, 0); // VIP first: now it wins 555
    a = t.assign(s);
    QCOMPARE(a.rule, (std::vector<qint16>{0, 1, 11}));
    QCOMPARE(t.segments()[a.segment[0]], QStringLiteral("VIP"));
    QCOMPARE(t.segments()[a.segment[1]], QStringLiteral("Champions"));
    QCOMPARE(a.counts[0], 1);
    QCOMPARE(a.unassigned + a.unscored, 0);
}

void TestRfmSegmentTable::rulesSharingASegment()
{
    RfmSegmentTable t;
    t.appendRule(Rule::fromRanges(QStringLiteral("Best"), 5, 5, 4, 5, 4, 5));
    t.appendRule(Rule::fromRanges(QStringLiteral("Rest"), 1, 5, 1, 5, 1, 5));
    t.insertRule(1, Rule::fromCodes(QStringLiteral("Best"), {455}));
    QCOMPARE(t.segments(), (QStringList{"Best", "Rest"}));
    QCOMPARE(t.segmentOfRule(1), 0);
    QCOMPARE(t.segmentOfRule(2), 1);
    const RfmSegmentTable::Assignment a = t.assign(scoresFor({545, 455, 111}));
    QCOMPARE(a.rule, (std::vector<qint16>{0, 1, 2}));     // which rule won
    QCOMPARE(a.segment, (std::vector<qint16>{0, 0, 1}));  // which segment
    QCOMPARE(a.counts, (std::vector<qint64>{2, 1}));
    // 455 and 545 are claimed twice (by a Best rule and by Rest): reported, the order decides.
    QCOMPARE(t.coverage().overlaps.size(), 2 * 2 + 1);
}

void TestRfmSegmentTable::rPackageSegments()
{
    // The R package's tests/testthat/test-rfm-segment.R: range rules, first match wins, the rest
    // "Others"; Champions hold 158 customers, 1234 orders and 120178 of revenue.
    const auto package = loadRfmPackageData();
    if (!package)
        QSKIP("../shared/data/rfm/rfm_data_orders.csv is not beside the checkout");
    const QStringList names{"Champions", "Loyal Customers", "Potential Loyalist",
                            "New Customers", "Promising", "Need Attention", "About To Sleep",
                            "At Risk", "Can't Lose Them", "Lost"};
    const int rLo[] = {4, 2, 3, 4, 3, 2, 2, 1, 1, 1}, rHi[] = {5, 5, 5, 5, 4, 3, 3, 2, 1, 2};
    const int fLo[] = {4, 3, 1, 1, 1, 2, 1, 2, 4, 1}, fHi[] = {5, 5, 3, 1, 1, 3, 2, 5, 5, 2};
    const int mLo[] = {4, 3, 1, 1, 1, 2, 1, 2, 4, 1}, mHi[] = {5, 5, 3, 1, 1, 3, 2, 5, 5, 2};
    RfmSegmentTable t;
    for (int i = 0; i < 10; ++i)
        t.appendRule(Rule::fromRanges(names[i], rLo[i], rHi[i], fLo[i], fHi[i], mLo[i], mHi[i]));
    auto s = RfmScores::compute(package->summary, {});
    QVERIFY(s.ok());
    const RfmSegmentTable::Assignment a = t.assign(*s);
    qint64 customers = 0, orders = 0;
    double revenue = 0;
    for (size_t i = 0; i < a.segment.size(); ++i)
        if (a.segment[i] == 0) {
            ++customers;
            orders += package->summary.orders[i];
            revenue += package->summary.revenue[i];
        }
    QCOMPARE(customers, 158);
    QCOMPARE(orders, 1234);
    QCOMPARE(revenue, 120178.0);
    QCOMPARE(a.counts[0], 158);
    QCOMPARE(a.unassigned, 48); // "Others", as the oracle counts them
    const QStringList first10{"Abbey O'Reilly", "Add Senger", "Aden Lesch", "Admiral Senger",
                              "Agness O'Keefe", "Aileen Barton", "Ailene Hermann",
                              "Aiyanna Bruen", "Ala Schmidt", "Alannah Borer"};
    const QStringList expected{"Loyal Customers", "Potential Loyalist", "Potential Loyalist",
                               "Loyal Customers", "Champions", "Champions", "Loyal Customers",
                               "Potential Loyalist", "About To Sleep", "Lost"};
    for (int i = 0; i < 10; ++i) {
        const size_t row = size_t(package->rowOfCustomer.value(first10[i], -1));
        QCOMPARE(t.segments().value(a.segment[row]), expected[i]);
    }
}

void TestRfmSegmentTable::validation()
{
    RfmSegmentTable t;
    t.appendRule(Rule::fromCodes(QStringLiteral("A"), {505}));
    QCOMPARE(t.validate().error().code(), "rfm-segments");
    QCOMPARE(t.validate().errorString(),
             QStringLiteral("Rule 1 of the RFM segments has the code 505; codes are three scores "
                            "from 1 to 9, such as 545."));
    t.replaceRule(0, Rule::fromRanges(QStringLiteral("A"), 3, 2, 1, 5, 1, 5));
    QVERIFY(!t.validate().ok());
    t.replaceRule(0, Rule::fromRanges(QStringLiteral(" "), 1, 5, 1, 5, 1, 5));
    QVERIFY(!t.validate().ok());
    t.replaceRule(0, Rule::fromRanges(QStringLiteral("A"), 1, 9, 1, 9, 1, 9));
    QVERIFY(t.validate().ok());
    QCOMPARE(t.coverage(9).uncovered.size(), 0);
}

void TestRfmSegmentTable::json()
{
    RfmSegmentTable t = RfmSegmentTable::defaultTable();
    t.insertRule(0, Rule::fromRanges(QStringLiteral("Whales"), 4, 5, 5, 5, 5, 5));
    const QByteArray text = QJsonDocument(t.toJson()).toJson();
    auto back = RfmSegmentTable::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    QVERIFY(*back == t);
    // Ranges left out default to all scores.
    auto partial = RfmSegmentTable::fromJson(
        QJsonDocument::fromJson(R"({"rules": [{"name": "Recent", "recency": [4, 5]}]})").object());
    QVERIFY(partial.ok());
    QCOMPARE(partial->rules()[0], Rule::fromRanges(QStringLiteral("Recent"), 4, 5, 1, 5, 1, 5));
    const char *broken[] = {R"({})", R"({"rules": [{"name": "A", "codes": ["555"]}]})",
                            R"({"rules": [{"name": "A", "codes": [1000]}]})",
                            R"({"rules": [{"name": "A", "recency": [5]}]})",
                            R"({"rules": [{"codes": [555]}]})"};
    for (const char *b : broken) {
        auto r = RfmSegmentTable::fromJson(QJsonDocument::fromJson(b).object());
        QVERIFY2(!r.ok(), b);
        QCOMPARE(r.error().code(), "rfm-segments");
    }
}

QTEST_GUILESS_MAIN(TestRfmSegmentTable)
#include "tst_rfmsegmenttable.moc"
