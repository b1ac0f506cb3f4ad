// SPDX-License-Identifier: GPL-3.0-or-later
// Clusters on chosen customer attributes, their profiles and rules (docs/clusters.md).
#include "analysis/clusters/adjustedrandindex.h"
#include "analysis/clusters/attributeclustering.h"
#include "analysis/clusters/attributevaluetable.h"
#include "analysis/clusters/groupprofile.h"
#include "plantedattributes.h"

#include <QTest>

#include <cmath>

using namespace Segmenta;

namespace {

std::vector<ClusterAttribute> attributesOf(const std::vector<DesignVariable> &variables)
{
    std::vector<ClusterAttribute> out;
    for (const DesignVariable &v : variables)
        out.push_back(ClusterAttribute::from(v));
    return out;
}

AttributeClustering cluster(const std::vector<DesignVariable> &variables, int k = 0,
                            quint64 seed = 7, int threads = 0)
{
    AttributeClustering::Options options;
    options.k = k;
    options.kmeans.seed = seed;
    options.kmeans.threads = threads;
    options.kmeans.maxK = 6;
    auto result = AttributeClustering::run(attributesOf(variables), options);
    if (!result)
        qFatal("%s", qPrintable(result.errorString()));
    return result.takeValue();
}

} // namespace

class TestAttributeClustering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adjustedRandIndex_data();
    void adjustedRandIndex();
    void plantedGroupsAreRecovered_data();
    void plantedGroupsAreRecovered();
    void noStructureIsSaid();
    void multiValuedFieldsAreSplit_data();
    void multiValuedFieldsAreSplit();
    void missingValuesAreCounted();
    void sameSeedSameGroups();
    void attributesWeighTheSame();
    void profilesNameAndRuleTheGroups();
    void attributeValueTable();
};

void TestAttributeClustering::adjustedRandIndex_data()
{
    QTest::addColumn<std::vector<qint32>>("a");
    QTest::addColumn<std::vector<qint32>>("b");
    QTest::addColumn<double>("expected");
    // Reference values from scikit-learn's adjusted_rand_score.
    QTest::newRow("identical") << std::vector<qint32>{0, 0, 1, 1} << std::vector<qint32>{0, 0, 1, 1} << 1.0;
    QTest::newRow("renumbered") << std::vector<qint32>{0, 0, 1, 1} << std::vector<qint32>{1, 1, 0, 0} << 1.0;
    QTest::newRow("one split") << std::vector<qint32>{0, 0, 1, 1} << std::vector<qint32>{0, 0, 1, 2} << 0.5714285714285715;
    QTest::newRow("all apart") << std::vector<qint32>{0, 0, 0, 0} << std::vector<qint32>{0, 1, 2, 3} << 0.0;
    QTest::newRow("crossed") << std::vector<qint32>{0, 0, 1, 1} << std::vector<qint32>{0, 1, 0, 1} << -0.5;
    QTest::newRow("unlabelled left out") << std::vector<qint32>{0, 0, 1, 1, -1} << std::vector<qint32>{1, 1, 0, 0, 0} << 1.0;
}

void TestAttributeClustering::adjustedRandIndex()
{
    QFETCH(std::vector<qint32>, a);
    QFETCH(std::vector<qint32>, b);
    QFETCH(double, expected);
    QVERIFY2(std::fabs(AdjustedRandIndex::of(a, b) - expected) < 1e-12,
             qPrintable(QString::number(AdjustedRandIndex::of(a, b), 'g', 17)));
}

void TestAttributeClustering::plantedGroupsAreRecovered_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<double>("noise");
    QTest::addColumn<qsizetype>("customers");
    QTest::newRow("3 groups, clean") << 3 << 0.0 << qsizetype(3000);
    QTest::newRow("4 groups, moderate noise") << 4 << 0.3 << qsizetype(4000);
    QTest::newRow("5 groups, moderate noise") << 5 << 0.3 << qsizetype(5000);
    // More customers than the restarts' sample: k and the restarts are chosen on samples.
    QTest::newRow("4 groups, sampled") << 4 << 0.3 << qsizetype(22000);
}

void TestAttributeClustering::plantedGroupsAreRecovered()
{
    QFETCH(int, groups);
    QFETCH(double, noise);
    QFETCH(qsizetype, customers);
    const Test::PlantedAttributes planted = Test::plantAttributes(customers, groups, noise, 11);
    const AttributeClustering c = cluster(planted.variables);
    QCOMPARE(c.k, groups);
    QCOMPARE(qsizetype(c.labels.size()), customers);
    const double ari = AdjustedRandIndex::of(planted.truth, c.labels);
    QVERIFY2(ari >= 0.9, qPrintable(QString::number(ari)));
    QVERIFY(!c.weakStructure);
}

void TestAttributeClustering::noStructureIsSaid()
{
    const Test::PlantedAttributes random = Test::plantAttributes(3000, 0, 1.0, 5);
    const AttributeClustering c = cluster(random.variables);
    QVERIFY(c.weakStructure);
    for (const KMeansSolution &s : c.kmeans.solutions)
        QVERIFY2(s.silhouette < 0.2, qPrintable(QString::number(s.silhouette)));
    bool said = false;
    for (const Message &m : c.notes)
        said = said || QByteArray(m.code()) == "weak-structure";
    QVERIFY(said);
}

void TestAttributeClustering::multiValuedFieldsAreSplit_data()
{
    QTest::addColumn<QStringList>("levels");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("firstCondition");
    QTest::newRow("Chinese enumeration comma")
        << QStringList{u"阅读、电影"_qs, u"电影"_qs, u"旅行、阅读"_qs}
        << QStringList{u"阅读"_qs, u"电影"_qs, u"旅行"_qs} << u"interests contains \"阅读\""_qs;
    QTest::newRow("commas, semicolons, slashes")
        << QStringList{u"golf, wine"_qs, u"wine;travel"_qs, u"golf/travel"_qs}
        << QStringList{u"golf"_qs, u"wine"_qs, u"travel"_qs} << u"interests contains \"golf\""_qs;
    QTest::newRow("full-width forms")
        << QStringList{u"阅读，电影"_qs, u"电影；旅行"_qs, u"旅行／阅读"_qs}
        << QStringList{u"阅读"_qs, u"电影"_qs, u"旅行"_qs} << u"interests contains \"阅读\""_qs;
    QTest::newRow("single values stay whole")
        << QStringList{u"18–30"_qs, u"31–45"_qs, u"46+"_qs}
        << QStringList{u"18–30"_qs, u"31–45"_qs, u"46+"_qs} << u"interests = \"18–30\""_qs;
}

void TestAttributeClustering::multiValuedFieldsAreSplit()
{
    QFETCH(QStringList, levels);
    QFETCH(QStringList, values);
    QFETCH(QString, firstCondition);
    const std::vector<qint32> codes = {0, 1, 2, 0};
    const ClusterAttribute a =
        ClusterAttribute::from(DesignVariable::categorical(u"interests"_qs, codes, levels));
    QCOMPARE(a.values(), values);
    QCOMPARE(a.condition(0), firstCondition);
    QCOMPARE(a.missingCount(), 0);
    // Every customer has each value their cell names.
    for (qsizetype i = 0; i < 4; ++i) {
        const QString cell = levels[codes[size_t(i)]];
        for (qsizetype v = 0; v < values.size(); ++v)
            QCOMPARE(a.hasValue(i, int(v)), cell.contains(values[v]));
    }
}

void TestAttributeClustering::missingValuesAreCounted()
{
    const qsizetype n = 600;
    std::vector<qint32> codes(static_cast<size_t>(n));
    std::vector<double> income(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        codes[size_t(i)] = i % 10 == 0 ? -1 : qint32(i % 3);
        income[size_t(i)] = i % 7 == 0 ? std::nan("") : double(1000 * (i % 3));
    }
    std::vector<DesignVariable> variables = {
        DesignVariable::categorical(u"lifestyle"_qs, codes, {u"a"_qs, u"b"_qs, u"c"_qs}),
        DesignVariable::numeric(u"income"_qs, income)};
    const AttributeClustering c = cluster(variables, 3);
    QCOMPARE(c.attributes[0].missingCount(), 60);
    QCOMPARE(c.attributes[0].missingValue(), 3);
    QCOMPARE(c.attributes[0].condition(3), u"lifestyle is missing"_qs);
    QCOMPARE(c.attributes[1].missingCount(), 86);
    // Nobody is dropped: every customer is in a group.
    QCOMPARE(c.kmeans.droppedRows, 0);
    for (qint32 label : c.labels)
        QVERIFY(label >= 0 && label < 3);
    int notes = 0;
    for (const Message &m : c.notes)
        notes += m.toString().contains(u"customers have no"_qs) ? 1 : 0;
    QCOMPARE(notes, 2);
}

void TestAttributeClustering::sameSeedSameGroups()
{
    const Test::PlantedAttributes planted = Test::plantAttributes(21000, 4, 0.4, 3);
    const AttributeClustering first = cluster(planted.variables, 0, 99, 1);
    const AttributeClustering again = cluster(planted.variables, 0, 99, 2);
    QCOMPARE(first.k, again.k);
    QVERIFY(first.labels == again.labels);
    QCOMPARE(first.kmeans.suggested()->silhouette, again.kmeans.suggested()->silhouette);
}

void TestAttributeClustering::attributesWeighTheSame()
{
    // An attribute with many values and one with two add the same total variance, as does a
    // standardised number.
    const Test::PlantedAttributes planted = Test::plantAttributes(2000, 3, 0.2, 4);
    QStringList columns;
    const std::vector<double> x = AttributeClustering::encode(attributesOf(planted.variables), columns);
    const size_t d = size_t(columns.size());
    const size_t n = x.size() / d;
    QHash<QString, double> variance;
    for (size_t f = 0; f < d; ++f) {
        double mean = 0;
        for (size_t i = 0; i < n; ++i)
            mean += x[i * d + f];
        mean /= double(n);
        double ss = 0;
        for (size_t i = 0; i < n; ++i)
            ss += (x[i * d + f] - mean) * (x[i * d + f] - mean);
        variance[columns[qsizetype(f)].section(u'=', 0, 0)] += ss / double(n);
    }
    QCOMPARE(variance.size(), 6);
    for (auto it = variance.cbegin(); it != variance.cend(); ++it)
        QVERIFY2(std::fabs(it.value() - 1.0) < 1e-9, qPrintable(it.key()));
}

void TestAttributeClustering::profilesNameAndRuleTheGroups()
{
    const Test::PlantedAttributes planted = Test::plantAttributes(3000, 3, 0.0, 8);
    const AttributeClustering c = cluster(planted.variables, 3);
    CustomerValues values;
    values.revenue.assign(3000, 1.0);
    std::vector<std::vector<double>> overall;
    const std::vector<GroupProfile> groups =
        GroupProfile::profile(c.attributes, c.labels, c.k, values, &overall);
    QCOMPARE(groups.size(), size_t(3));
    double revenueShare = 0;
    for (const GroupProfile &g : groups) {
        revenueShare += g.value.revenueShare;
        // Clean planted groups: every member shares the group's lifestyle, whose lift is 1/share.
        QVERIFY(!g.distinguishing.empty());
        QCOMPARE(g.distinguishing.front().shareInGroup, 1.0);
        QCOMPARE(g.suggestedName.count(u" · "_qs), 2);
        QVERIFY2(g.rule.describesGroup, qPrintable(g.rule.text));
        QCOMPARE(g.rule.kept, g.size);
        QCOMPARE(g.rule.takenIn, 0);
        QVERIFY(g.rule.text.startsWith(u"lifestyle = \""_qs) || g.rule.text.contains(u" = \""_qs));
    }
    QVERIFY(std::fabs(revenueShare - 1.0) < 1e-12);
    // With pure noise no short rule describes a group well.
    const Test::PlantedAttributes random = Test::plantAttributes(3000, 0, 1.0, 9);
    const AttributeClustering r = cluster(random.variables, 4);
    const std::vector<GroupProfile> vague =
        GroupProfile::profile(r.attributes, r.labels, r.k, values);
    int described = 0;
    for (const GroupProfile &g : vague)
        described += g.rule.describesGroup ? 1 : 0;
    QVERIFY(described < 4);
}

void TestAttributeClustering::attributeValueTable()
{
    const std::vector<qint32> codes = {0, 0, 1, -1};
    const ClusterAttribute a = ClusterAttribute::from(
        DesignVariable::categorical(u"region"_qs, codes, {u"华东"_qs, u"华北"_qs}));
    CustomerValues values;
    values.revenue = {10, 30, 60, 0};
    values.clv = {1, 3, 5, std::nan("")};
    values.tier = {0, 1, 1, -1};
    const AttributeValueTable t = AttributeValueTable::compute(a, values);
    QCOMPARE(t.values, (QStringList{u"华东"_qs, u"华北"_qs, QString()}));
    QCOMPARE(t.missingValue, 2);
    QCOMPARE(t.rows[0].customers, 2);
    QCOMPARE(t.rows[0].meanClv, 2.0);
    QCOMPARE(t.rows[0].revenueShare, 0.4);
    QCOMPARE(t.rows[1].tiers[1], 1);
    QVERIFY(std::isnan(t.rows[2].meanClv));
}

QTEST_GUILESS_MAIN(TestAttributeClustering)
#include "tst_attributeclustering.moc"
