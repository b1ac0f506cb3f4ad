// SPDX-License-Identifier: GPL-3.0-or-later
// Drivers (docs/domain.md, "Drivers"): distributions, design matrix, linear and logistic
// regression. Regression figures are checked against R output published by others:
// they must agree to every digit printed.
#include "data/column.h"
#include "stats/designmatrix.h"
#include "stats/distributions.h"
#include "stats/linearregression.h"
#include "stats/logisticregression.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace Segmenta;

namespace {

// R's datasets::mtcars (Henderson & Velleman 1981, from Motor Trend 1974), 32 cars; checked
// against the copy in github.com/PradeeptaM/PublicDatasets (mtcars.csv).
// mpg, disp, hp, wt, qsec, vs, am
const double kMtcars[32][7] = {
    {21.0, 160.0, 110, 2.620, 16.46, 0, 1}, {21.0, 160.0, 110, 2.875, 17.02, 0, 1},
    {22.8, 108.0, 93, 2.320, 18.61, 1, 1},  {21.4, 258.0, 110, 3.215, 19.44, 1, 0},
    {18.7, 360.0, 175, 3.440, 17.02, 0, 0}, {18.1, 225.0, 105, 3.460, 20.22, 1, 0},
    {14.3, 360.0, 245, 3.570, 15.84, 0, 0}, {24.4, 146.7, 62, 3.190, 20.00, 1, 0},
    {22.8, 140.8, 95, 3.150, 22.90, 1, 0},  {19.2, 167.6, 123, 3.440, 18.30, 1, 0},
    {17.8, 167.6, 123, 3.440, 18.90, 1, 0}, {16.4, 275.8, 180, 4.070, 17.40, 0, 0},
    {17.3, 275.8, 180, 3.730, 17.60, 0, 0}, {15.2, 275.8, 180, 3.780, 18.00, 0, 0},
    {10.4, 472.0, 205, 5.250, 17.98, 0, 0}, {10.4, 460.0, 215, 5.424, 17.82, 0, 0},
    {14.7, 440.0, 230, 5.345, 17.42, 0, 0}, {32.4, 78.7, 66, 2.200, 19.47, 1, 1},
    {30.4, 75.7, 52, 1.615, 18.52, 1, 1},   {33.9, 71.1, 65, 1.835, 19.90, 1, 1},
    {21.5, 120.1, 97, 2.465, 20.01, 1, 0},  {15.5, 318.0, 150, 3.520, 16.87, 0, 0},
    {15.2, 304.0, 150, 3.435, 17.30, 0, 0}, {13.3, 350.0, 245, 3.840, 15.41, 0, 0},
    {19.2, 400.0, 175, 3.845, 17.05, 0, 0}, {27.3, 79.0, 66, 1.935, 18.90, 1, 1},
    {26.0, 120.3, 91, 2.140, 16.70, 0, 1},  {30.4, 95.1, 113, 1.513, 16.90, 1, 1},
    {15.8, 351.0, 264, 3.170, 14.50, 0, 1}, {19.7, 145.0, 175, 2.770, 15.50, 0, 1},
    {15.0, 301.0, 335, 3.570, 14.60, 0, 1}, {21.4, 121.0, 109, 2.780, 18.60, 1, 1},
};
const QStringList kMtcarsColumns = {"mpg", "disp", "hp", "wt", "qsec", "vs", "am"};

std::vector<double> mtcars(const QString &name)
{
    const qsizetype c = kMtcarsColumns.indexOf(name);
    std::vector<double> v;
    for (const auto &row : kMtcars)
        v.push_back(row[c]);
    return v;
}

std::vector<DesignVariable> mtcarsPredictors(const QString &formula)
{
    std::vector<DesignVariable> vars;
    for (const QString &name : formula.split(QLatin1Char('+')))
        vars.push_back(DesignVariable::numeric(name.trimmed(), mtcars(name.trimmed())));
    return vars;
}

// True when actual rounds to a figure as printed: "37.22727" to 5 decimals, "1.12e-06" to 3
// significant digits (with 2 % slack for the printed value's own binary rounding).
bool agrees(double actual, const char *printed)
{
    const QString text = QString::fromLatin1(printed);
    const double value = text.toDouble();
    double unit = 0;
    if (const qsizetype e = text.indexOf(QLatin1Char('e')); e >= 0) {
        const QString mantissa = text.left(e).remove(QLatin1Char('-'));
        const int digits = int(mantissa.size()) - (mantissa.contains(QLatin1Char('.')) ? 1 : 0);
        unit = std::pow(10.0, std::floor(std::log10(std::fabs(value))) - digits + 1);
    } else {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        unit = std::pow(10.0, -(dot < 0 ? 0 : int(text.size() - dot - 1)));
    }
    return std::fabs(actual - value) <= 0.51 * unit;
}

#define CHECK_PRINTED(actual, printed)                                                            \
    QVERIFY2(agrees(actual, printed),                                                              \
             qPrintable(QStringLiteral("%1 = %2, published %3")                                   \
                            .arg(QLatin1String(#actual)).arg(actual, 0, 'g', 10)               \
                            .arg(QLatin1String(printed))))

bool allFinite(const RegressionResult &r)
{
    for (const RegressionTerm &t : r.terms) {
        if (!std::isfinite(t.coefficient) || std::isnan(t.standardError) || std::isnan(t.statistic)
            || !std::isfinite(t.pValue) || !std::isfinite(t.standardizedEffect)
            || !std::isfinite(t.vif))
            return false;
    }
    return true;
}

bool hasWarning(const RegressionResult &r, const QString &part)
{
    for (const Message &m : r.warnings) {
        if (m.toString().contains(part))
            return true;
    }
    return false;
}

// P(X >= k) for X ~ Binomial(n, p), summed term by term: equals I_p(k, n - k + 1).
double binomialUpperTail(int n, double p, int k)
{
    double sum = 0;
    for (int j = k; j <= n; ++j) {
        sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(j + 1.0) - std::lgamma(n - j + 1.0)
                        + j * std::log(p) + (n - j) * std::log1p(-p));
    }
    return sum;
}

} // namespace

class TestDrivers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incompleteBeta_data();
    void incompleteBeta();
    void studentT_data();
    void studentTQuantile_data();
    void studentTQuantile();
    void studentT();
    void normal();
    void designMatrixDummyCoding();
    void designMatrixErrors();
    void designVariableFromColumn();
    void categoricalRegressionIsGroupMeans();
    void linearMtcars_data();
    void linearMtcars();
    void linearMtcarsFit_data();
    void linearMtcarsFit();
    void effectsAndVif();
    void collinearColumnsAreDropped();
    void nearCollinearWarns();
    void tinyInputs();
    void logisticMtcars_data();
    void logisticMtcars();
    void logisticMtcarsFit();
    void logisticSeparation_data();
    void logisticSeparation();
    void logisticNotConverged();
};

void TestDrivers::incompleteBeta_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    // Closed forms: I_x(1, b) = 1 - (1 - x)^b, I_x(a, 1) = x^a, I_x(2, 2) = 3x² - 2x³,
    // I_½(a, a) = ½; and I_p(k, n - k + 1) = P(Binomial(n, p) >= k).
    QTest::newRow("a=1") << 1.0 << 3.0 << 0.3 << 1.0 - std::pow(0.7, 3);
    QTest::newRow("b=1") << 2.5 << 1.0 << 0.4 << std::pow(0.4, 2.5);
    QTest::newRow("2,2") << 2.0 << 2.0 << 0.8 << 3 * 0.64 - 2 * 0.512;
    QTest::newRow("symmetric") << 7.3 << 7.3 << 0.5 << 0.5;
    QTest::newRow("binomial 20") << 5.0 << 16.0 << 0.3 << binomialUpperTail(20, 0.3, 5);
    QTest::newRow("binomial tail") << 30.0 << 171.0 << 0.1 << binomialUpperTail(200, 0.1, 30);
    QTest::newRow("binomial 2000") << 1050.0 << 951.0 << 0.5 << binomialUpperTail(2000, 0.5, 1050);
    QTest::newRow("far tail") << 80.0 << 121.0 << 0.1 << binomialUpperTail(200, 0.1, 80);
}

void TestDrivers::incompleteBeta()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    QFETCH(double, expected);
    const double got = Distributions::incompleteBeta(a, b, x);
    QVERIFY2(Test::fuzzyEqual(got, expected, 1e-10) || std::fabs(got - expected) < 1e-10 * expected,
             qPrintable(QStringLiteral("%1 vs %2").arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    // The complement through the symmetry I_x(a, b) = 1 - I_{1-x}(b, a).
    QVERIFY(std::fabs(Distributions::incompleteBeta(b, a, 1 - x) - (1 - expected)) < 1e-12);
}

void TestDrivers::studentT_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("cdf");
    QTest::addColumn<double>("tolerance");
    // Exact: df = 1 is Cauchy, df = 2 has F(t) = ½ + t / (2 √(2 + t²)).
    for (double t : {-30.0, -2.0, 0.3, 1.0, 12.0})
        QTest::addRow("df1 t=%g", t) << t << 1.0 << 0.5 + std::atan(t) / std::numbers::pi << 1e-13;
    for (double t : {-5.0, 0.7, 2.5})
        QTest::addRow("df2 t=%g", t) << t << 2.0 << 0.5 + t / (2 * std::sqrt(2 + t * t)) << 1e-13;
    // Upper critical values, NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2.
    QTest::newRow("df1 .975") << 12.7062 << 1.0 << 0.975 << 2e-6;
    QTest::newRow("df2 .90") << 1.885618 << 2.0 << 0.90 << 2e-6;
    QTest::newRow("df5 .95") << 2.015048 << 5.0 << 0.95 << 2e-6;
    QTest::newRow("df10 .975") << 2.22814 << 10.0 << 0.975 << 2e-6;
    QTest::newRow("df10 .99") << 2.76377 << 10.0 << 0.99 << 2e-6;
    QTest::newRow("df10 .995") << 3.16927 << 10.0 << 0.995 << 2e-6;
    QTest::newRow("df30 .975") << 2.042 << 30.0 << 0.975 << 2e-4; // printed to 3 decimals
    QTest::newRow("df100 .99") << 2.364 << 100.0 << 0.99 << 2e-4;
    // Very many degrees of freedom: the normal, Φ(1.959964) = 0.975.
    QTest::newRow("df 1e7") << 1.959964 << 1e7 << 0.975 << 2e-6;
}

void TestDrivers::studentT()
{
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, cdf);
    QFETCH(double, tolerance);
    const double got = Distributions::studentTCdf(t, df);
    QVERIFY2(std::fabs(got - cdf) <= tolerance,
             qPrintable(QStringLiteral("%1 vs %2").arg(got, 0, 'g', 15).arg(cdf, 0, 'g', 15)));
    const double twoSided = Distributions::studentTTwoSided(t, df);
    QVERIFY(std::fabs(twoSided - 2 * std::min(cdf, 1 - cdf)) <= 2 * tolerance);
}

void TestDrivers::studentTQuantile_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("t");
    // R: qt(p, df); df = 1 is tan(π(p − ½)), df = 2 is (2p − 1) / √(2p(1 − p)).
    QTest::newRow("df1 .975") << 0.975 << 1.0 << std::tan(std::numbers::pi * 0.475);
    QTest::newRow("df2 .90") << 0.90 << 2.0 << 0.8 / std::sqrt(2 * 0.9 * 0.1);
    QTest::newRow("df5 .975") << 0.975 << 5.0 << 2.57058183563631;
    QTest::newRow("df10 .975") << 0.975 << 10.0 << 2.22813885198627;
    QTest::newRow("df10 .025") << 0.025 << 10.0 << -2.22813885198627;
    QTest::newRow("df10 .995") << 0.995 << 10.0 << 3.16927267261695;
    QTest::newRow("df30 .975") << 0.975 << 30.0 << 2.04227245630124;
    QTest::newRow("median") << 0.5 << 7.0 << 0.0;
    QTest::newRow("p = 0") << 0.0 << 7.0 << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("p = 1") << 1.0 << 7.0 << std::numeric_limits<double>::quiet_NaN();
}

void TestDrivers::studentTQuantile()
{
    QFETCH(double, p);
    QFETCH(double, df);
    QFETCH(double, t);
    const double got = Distributions::studentTQuantile(p, df);
    if (std::isnan(t)) {
        QVERIFY(std::isnan(got));
        return;
    }
    QVERIFY2(std::fabs(got - t) <= 1e-9 * std::max(1.0, std::fabs(t)),
             qPrintable(QStringLiteral("%1 vs %2").arg(got, 0, 'g', 15).arg(t, 0, 'g', 15)));
}

void TestDrivers::normal()
{
    // Standard normal table values.
    QVERIFY(std::fabs(Distributions::normalCdf(1.0) - 0.8413447) < 1e-7);
    QVERIFY(std::fabs(Distributions::normalCdf(1.959964) - 0.975) < 1e-7);
    QVERIFY(std::fabs(Distributions::normalCdf(-2.575829) - 0.005) < 1e-7);
    QVERIFY(std::fabs(Distributions::normalTwoSided(1.644854) - 0.10) < 1e-7);
    QVERIFY(Distributions::normalTwoSided(8) > 0 && Distributions::normalTwoSided(40) >= 0);
    QCOMPARE(Distributions::studentTTwoSided(std::numeric_limits<double>::infinity(), 5), 0.0);
}

void TestDrivers::designMatrixDummyCoding()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // 华北 is the most frequent level, so the reference; row 5 misses the region, row 6 income.
    const QStringList levels = {"华东", "华北", "华南", "西北"}; // 西北 never occurs
    std::vector<DesignVariable> vars = {
        DesignVariable::categorical("region", {0, 1, 1, 2, 1, -1, 0, 1}, levels),
        DesignVariable::numeric("income", {1, 2, 3, 4, 5, 6, nan, 8}),
    };
    Result<DesignMatrix> m = DesignMatrix::build(vars, {10, 20, 30, 40, 50, 60, 70, 80});
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(m->columnNames(),
             QStringList({"(Intercept)", "region=华东", "region=华南", "income"}));
    QCOMPARE(m->references, QStringList({"华北", QString()}));
    QCOMPARE(m->droppedRows, 2);
    QCOMPARE(m->rows, (std::vector<qint64>{0, 1, 2, 3, 4, 7}));
    QCOMPARE(m->rowCount(), 6);
    QCOMPARE(m->x(0, 1), 1.0); // row 0 is 华东
    QCOMPARE(m->x(3, 2), 1.0); // row 3 is 华南
    QCOMPARE(m->x(5, 3), 8.0);
    QCOMPARE(m->y[5], 80.0);
    QCOMPARE(m->warnings.size(), 1);
    QCOMPARE(m->warnings[0].toString(),
             QStringLiteral("2 of 8 rows were left out because a value was missing."));

    // A chosen reference.
    vars[0].reference = QStringLiteral("华南");
    m = DesignMatrix::build(vars);
    QVERIFY(m.ok());
    QCOMPARE(m->columnNames(),
             QStringList({"(Intercept)", "region=华东", "region=华北", "income"}));
}

void TestDrivers::designMatrixErrors()
{
    Result<DesignMatrix> m = DesignMatrix::build({DesignVariable::numeric("a", {1, 2, 3}),
                                                  DesignVariable::numeric("b", {1, 2})});
    QVERIFY(!m.ok());
    QCOMPARE(QString::fromLatin1(m.error().code()), QStringLiteral("length-mismatch"));
    m = DesignMatrix::build(
        {DesignVariable::categorical("tier", {0, 1}, {"gold", "iron"}, "lead")});
    QCOMPARE(QString::fromLatin1(m.error().code()), QStringLiteral("unknown-level"));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    m = DesignMatrix::build({DesignVariable::numeric("a", {nan, nan})});
    QCOMPARE(QString::fromLatin1(m.error().code()), QStringLiteral("no-rows"));
    // A categorical with one level left explains nothing: no column, a warning.
    m = DesignMatrix::build({DesignVariable::categorical("tier", {0, 0, 0}, {"gold", "iron"}),
                             DesignVariable::numeric("x", {1, 2, 3})});
    QVERIFY(m.ok());
    QCOMPARE(m->columnNames(), QStringList({"(Intercept)", "x"}));
    QVERIFY(m->warnings.last().toString().contains(QStringLiteral("only one value (gold)")));
}

void TestDrivers::designVariableFromColumn()
{
    // A text column's pool may hold more strings than the column uses: only its own become
    // levels, in order of appearance.
    Column region(QStringLiteral("region"), ColumnType::Text);
    region.mutablePool().intern("unused");
    for (const char *v : {"华东", "华北", "华东", ""}) {
        region.codes().push_back(*v ? region.mutablePool().intern(v) : Column::kMissingCode);
    }
    DesignVariable v = DesignVariable::fromColumn(region);
    QCOMPARE(v.kind, DesignVariable::Kind::Categorical);
    QCOMPARE(v.levels, QStringList({"华东", "华北"}));
    QCOMPARE(v.codes, (std::vector<qint32>{0, 1, 0, -1}));
    Column signup(QStringLiteral("signup"), ColumnType::Date);
    signup.days() = {19000, Column::kMissingDate};
    v = DesignVariable::fromColumn(signup);
    QCOMPARE(v.kind, DesignVariable::Kind::Numeric);
    QCOMPARE(v.numbers[0], 19000.0);
    QVERIFY(v.isMissing(1));
}

void TestDrivers::categoricalRegressionIsGroupMeans()
{
    // With one categorical, OLS gives the reference group's mean and the differences of means.
    const std::vector<double> y = {1, 2, 3, 10, 12, 20, 21, 22, 23};
    std::vector<DesignVariable> vars = {DesignVariable::categorical(
        "tier", {0, 0, 0, 1, 1, 2, 2, 2, 2}, {"iron", "gold", "platinum"})};
    Result<RegressionResult> r = LinearRegression::fit(vars, y);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->references, QStringList({"platinum"})); // the most frequent
    QVERIFY(Test::fuzzyEqual(r->term("(Intercept)")->coefficient, 21.5, 1e-12));
    QVERIFY(Test::fuzzyEqual(r->term("tier=iron")->coefficient, 2.0 - 21.5, 1e-12));
    QVERIFY(Test::fuzzyEqual(r->term("tier=gold")->coefficient, 11.0 - 21.5, 1e-12));
}

void TestDrivers::linearMtcars_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QByteArray>("estimate");
    QTest::addColumn<QByteArray>("se");
    QTest::addColumn<QByteArray>("t");
    QTest::addColumn<QByteArray>("p");
    // summary(lm(mpg ~ wt, mtcars)): riptutorial.com/r/example/2738
    QTest::newRow("wt: intercept") << "wt" << "(Intercept)" << QByteArray("37.2851")
                                   << QByteArray("1.8776") << QByteArray("19.858") << QByteArray();
    QTest::newRow("wt: wt") << "wt" << "wt" << QByteArray("-5.3445") << QByteArray("0.5591")
                            << QByteArray("-9.559") << QByteArray("1.29e-10");
    // summary(lm(mpg ~ wt + hp, mtcars)), as printed in many course notes (e.g.
    // michaeldewittjr.com/resources/resources_stats.html for the estimates).
    QTest::newRow("wt+hp: intercept") << "wt + hp" << "(Intercept)" << QByteArray("37.22727")
                                      << QByteArray("1.59879") << QByteArray("23.285")
                                      << QByteArray();
    QTest::newRow("wt+hp: wt") << "wt + hp" << "wt" << QByteArray("-3.87783")
                               << QByteArray("0.63273") << QByteArray("-6.129")
                               << QByteArray("1.12e-06");
    QTest::newRow("wt+hp: hp") << "wt + hp" << "hp" << QByteArray("-0.03177")
                               << QByteArray("0.00903") << QByteArray("-3.519")
                               << QByteArray("0.00145");
    // summary(lm(mpg ~ wt + hp + qsec)): r-statistics.co/Multiple-Regression-in-R.html (whose F
    // p-value, 4.506e-12, lost a digit of its exponent: knitted R output on GitHub reads
    // "F-statistic: 47.15 on 3 and 28 DF,  p-value: 4.506e-11", as computed here).
    QTest::newRow("3: intercept") << "wt + hp + qsec" << "(Intercept)" << QByteArray("27.61053")
                                  << QByteArray("8.41993") << QByteArray("3.279")
                                  << QByteArray("0.00278");
    QTest::newRow("3: wt") << "wt + hp + qsec" << "wt" << QByteArray("-4.35880")
                           << QByteArray("0.75270") << QByteArray("-5.791")
                           << QByteArray("3.22e-06");
    QTest::newRow("3: hp") << "wt + hp + qsec" << "hp" << QByteArray("-0.01782")
                           << QByteArray("0.01498") << QByteArray("-1.190")
                           << QByteArray("0.24418");
    QTest::newRow("3: qsec") << "wt + hp + qsec" << "qsec" << QByteArray("0.51083")
                             << QByteArray("0.43922") << QByteArray("1.163")
                             << QByteArray("0.25463");
}

void TestDrivers::linearMtcars()
{
    QFETCH(QString, formula);
    QFETCH(QString, term);
    QFETCH(QByteArray, estimate);
    QFETCH(QByteArray, se);
    QFETCH(QByteArray, t);
    QFETCH(QByteArray, p);
    Result<RegressionResult> r = LinearRegression::fit(mtcarsPredictors(formula), mtcars("mpg"));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    const RegressionTerm *c = r->term(term);
    QVERIFY(c);
    CHECK_PRINTED(c->coefficient, estimate.constData());
    CHECK_PRINTED(c->standardError, se.constData());
    CHECK_PRINTED(c->statistic, t.constData());
    if (!p.isEmpty())
        CHECK_PRINTED(c->pValue, p.constData());
    QVERIFY(allFinite(*r));
}

void TestDrivers::linearMtcarsFit_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QByteArray>("r2");
    QTest::addColumn<QByteArray>("adjusted");
    QTest::addColumn<QByteArray>("sigma");
    QTest::addColumn<QByteArray>("f");
    QTest::addColumn<QByteArray>("fp");
    QTest::newRow("wt") << "wt" << QByteArray("0.7528") << QByteArray("0.7446")
                        << QByteArray("3.046") << QByteArray("91.38") << QByteArray("1.294e-10");
    QTest::newRow("wt + hp") << "wt + hp" << QByteArray("0.8268") << QByteArray("0.8148")
                             << QByteArray("2.593") << QByteArray("69.21")
                             << QByteArray("9.109e-12");
    QTest::newRow("wt + hp + qsec") << "wt + hp + qsec" << QByteArray("0.8348")
                                    << QByteArray("0.8171") << QByteArray("2.578")
                                    << QByteArray("47.15") << QByteArray("4.506e-11");
}

void TestDrivers::linearMtcarsFit()
{
    QFETCH(QString, formula);
    QFETCH(QByteArray, r2);
    QFETCH(QByteArray, adjusted);
    QFETCH(QByteArray, sigma);
    QFETCH(QByteArray, f);
    QFETCH(QByteArray, fp);
    Result<RegressionResult> r = LinearRegression::fit(mtcarsPredictors(formula), mtcars("mpg"));
    QVERIFY(r.ok());
    CHECK_PRINTED(r->rSquared, r2.constData());
    CHECK_PRINTED(r->adjustedRSquared, adjusted.constData());
    CHECK_PRINTED(r->residualStandardError, sigma.constData());
    CHECK_PRINTED(r->fStatistic, f.constData());
    CHECK_PRINTED(r->fPValue, fp.constData());
    QCOMPARE(r->observations, 32);
    QVERIFY(std::isnan(r->mcFaddenRSquared));
}

void TestDrivers::effectsAndVif()
{
    Result<RegressionResult> r = LinearRegression::fit(mtcarsPredictors("wt + hp"), mtcars("mpg"));
    QVERIFY(r.ok());
    // car::vif(lm(mpg ~ hp + wt, mtcars)): 1.766625 for both (two predictors share one VIF).
    CHECK_PRINTED(r->term("wt")->vif, "1.766625");
    CHECK_PRINTED(r->term("hp")->vif, "1.766625");
    // Standardized effects b · sd(x) / sd(y), ranked by size: weight before horsepower.
    auto sd = [](const std::vector<double> &v) {
        double mean = 0, ss = 0;
        for (double x : v)
            mean += x / double(v.size());
        for (double x : v)
            ss += (x - mean) * (x - mean);
        return std::sqrt(ss / double(v.size() - 1));
    };
    const double sdY = sd(mtcars("mpg"));
    QVERIFY(Test::fuzzyEqual(r->term("wt")->standardizedEffect,
                             r->term("wt")->coefficient * sd(mtcars("wt")) / sdY, 1e-12));
    QVERIFY(Test::fuzzyEqual(r->term("hp")->standardizedEffect,
                             r->term("hp")->coefficient * sd(mtcars("hp")) / sdY, 1e-12));
    QCOMPARE(r->effectOrder.size(), size_t(2));
    QCOMPARE(r->terms[size_t(r->effectOrder[0])].name, QStringLiteral("wt"));
    QCOMPARE(r->term("(Intercept)")->standardizedEffect, 0.0);
    QVERIFY(r->warnings.isEmpty()); // 32 rows for 3 parameters, VIF 1.8
}

void TestDrivers::collinearColumnsAreDropped()
{
    // value2 = 2 · value + 3 and a categorical copy: both later columns go, with their names.
    const std::vector<double> x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    std::vector<double> x2;
    for (double v : x)
        x2.push_back(2 * v + 3);
    const std::vector<qint32> tier = {0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0};
    const std::vector<double> y = {3, 5, 6, 9, 11, 12, 15, 18, 18, 21, 24, 24};
    std::vector<DesignVariable> vars = {
        DesignVariable::numeric("value", x), DesignVariable::numeric("value2", x2),
        DesignVariable::categorical("tier", tier, {"gold", "iron"}),
        DesignVariable::categorical("tier copy", tier, {"gold", "iron"})};
    Result<RegressionResult> r = LinearRegression::fit(vars, y);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->droppedColumns, QStringList({"value2", "tier copy=iron"}));
    QVERIFY(hasWarning(*r, QStringLiteral("“value2” was left out")));
    QVERIFY(hasWarning(*r, QStringLiteral("“tier copy=iron” was left out")));
    QCOMPARE(r->parameters, 3);
    QVERIFY(allFinite(*r));
    // Same coefficients as the model without the copies.
    Result<RegressionResult> plain = LinearRegression::fit({vars[0], vars[2]}, y);
    QVERIFY(plain.ok());
    for (size_t i = 0; i < plain->terms.size(); ++i)
        QVERIFY(Test::fuzzyEqual(r->terms[i].coefficient, plain->terms[i].coefficient, 1e-10));
    // A constant attribute is collinear with the intercept; a logistic fit drops it too.
    const std::vector<double> outcome = {0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1};
    Result<RegressionResult> logit = LogisticRegression::fit(
        {DesignVariable::numeric("value", x),
         DesignVariable::numeric("flat", std::vector<double>(12, 7))},
        outcome);
    QVERIFY2(logit.ok(), qPrintable(logit.errorString()));
    QCOMPARE(logit->droppedColumns, QStringList({"flat"}));
    QVERIFY(allFinite(*logit));
}

void TestDrivers::nearCollinearWarns()
{
    // disp and wt plus a near copy of wt: VIFs far above 10 are named, nothing is dropped.
    std::vector<DesignVariable> vars = mtcarsPredictors("wt + hp");
    std::vector<double> nearWt = mtcars("wt");
    for (size_t i = 0; i < nearWt.size(); ++i)
        nearWt[i] += (i % 2 ? 0.01 : -0.01);
    vars.push_back(DesignVariable::numeric("wt2", nearWt));
    Result<RegressionResult> r = LinearRegression::fit(vars, mtcars("mpg"));
    QVERIFY(r.ok());
    QVERIFY(r->droppedColumns.isEmpty());
    QVERIFY(r->term("wt2")->vif > 10);
    QVERIFY(hasWarning(*r, QStringLiteral("“wt2” is strongly collinear")));
    QVERIFY(hasWarning(*r, QStringLiteral("“wt” is strongly collinear")));
    QVERIFY(!hasWarning(*r, QStringLiteral("“hp” is strongly collinear")));
    QVERIFY(allFinite(*r));
}

void TestDrivers::tinyInputs()
{
    // More parameters than rows: an error, not NaNs.
    Result<RegressionResult> r = LinearRegression::fit(
        {DesignVariable::numeric("a", {1, 2}), DesignVariable::numeric("b", {3, 1})}, {1, 2});
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("too-few-rows"));
    // Five rows for two parameters: a fit with a warning.
    r = LinearRegression::fit({DesignVariable::numeric("a", {1, 2, 3, 4, 5})}, {2, 4, 5, 4, 5});
    QVERIFY(r.ok());
    QVERIFY(hasWarning(*r, QStringLiteral("fewer than 10 per parameter")));
    QVERIFY(allFinite(*r));
    // An exact fit: zero standard errors, limits instead of NaNs, and a warning.
    r = LinearRegression::fit({DesignVariable::numeric("a", {1, 2, 3, 4, 5})}, {3, 5, 7, 9, 11});
    QVERIFY(r.ok());
    QCOMPARE(r->term("a")->pValue, 0.0);
    QVERIFY(std::isinf(r->term("a")->statistic));
    QVERIFY(hasWarning(*r, QStringLiteral("exactly")));
    QVERIFY(allFinite(*r));
    // Nothing to explain.
    r = LinearRegression::fit({DesignVariable::numeric("a", {1, 2, 3, 4})}, {7, 7, 7, 7});
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("constant-response"));
    r = LogisticRegression::fit({DesignVariable::numeric("a", {1, 2, 3, 4})}, {1, 1, 1, 1});
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("constant-response"));
    r = LogisticRegression::fit({DesignVariable::numeric("a", {1, 2, 3, 4})}, {0, 1, 2, 1});
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("bad-outcome"));
}

void TestDrivers::logisticMtcars_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QByteArray>("estimate");
    QTest::addColumn<QByteArray>("se");
    QTest::addColumn<QByteArray>("z");
    QTest::addColumn<QByteArray>("p");
    // glm(vs ~ wt + disp, binomial, mtcars): theanalysisfactor.com/r-tutorial-glm1/
    QTest::newRow("vs: intercept") << "wt + disp" << "vs" << "(Intercept)" << QByteArray("1.60859")
                                   << QByteArray("2.43903") << QByteArray("0.660")
                                   << QByteArray("0.510");
    QTest::newRow("vs: wt") << "wt + disp" << "vs" << "wt" << QByteArray("1.62635")
                            << QByteArray("1.49068") << QByteArray("1.091") << QByteArray("0.275");
    QTest::newRow("vs: disp") << "wt + disp" << "vs" << "disp" << QByteArray("-0.03443")
                              << QByteArray("0.01536") << QByteArray("-2.241")
                              << QByteArray("0.025");
    // glm(am ~ disp + hp, binomial, mtcars): statology.org/interpret-glm-output-in-r/
    QTest::newRow("am: intercept") << "disp + hp" << "am" << "(Intercept)" << QByteArray("1.40342")
                                   << QByteArray("1.36757") << QByteArray("1.026")
                                   << QByteArray("0.3048");
    QTest::newRow("am: disp") << "disp + hp" << "am" << "disp" << QByteArray("-0.09518")
                              << QByteArray("0.04800") << QByteArray("-1.983")
                              << QByteArray("0.0474");
    QTest::newRow("am: hp") << "disp + hp" << "am" << "hp" << QByteArray("0.12170")
                            << QByteArray("0.06777") << QByteArray("1.796") << QByteArray("0.0725");
}

void TestDrivers::logisticMtcars()
{
    QFETCH(QString, formula);
    QFETCH(QString, outcome);
    QFETCH(QString, term);
    QFETCH(QByteArray, estimate);
    QFETCH(QByteArray, se);
    QFETCH(QByteArray, z);
    QFETCH(QByteArray, p);
    Result<RegressionResult> r =
        LogisticRegression::fit(mtcarsPredictors(formula), mtcars(outcome));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QVERIFY(r->converged);
    QVERIFY(!r->separation);
    const RegressionTerm *c = r->term(term);
    QVERIFY(c);
    CHECK_PRINTED(c->coefficient, estimate.constData());
    CHECK_PRINTED(c->standardError, se.constData());
    CHECK_PRINTED(c->statistic, z.constData());
    CHECK_PRINTED(c->pValue, p.constData());
    QVERIFY(allFinite(*r));
}

void TestDrivers::logisticMtcarsFit()
{
    // glm(vs ~ mpg, binomial, mtcars),
    // www.cookbook-r.com/Statistical_analysis/Logistic_regression/:
    // coefficients -8.8331 and 0.4304, null deviance 43.860, residual deviance 25.533,
    // AIC 29.533 (so McFadden's R² = 1 - 25.533 / 43.860 = 0.4178).
    Result<RegressionResult> r = LogisticRegression::fit(mtcarsPredictors("mpg"), mtcars("vs"));
    QVERIFY(r.ok());
    CHECK_PRINTED(r->term("(Intercept)")->coefficient, "-8.8331");
    CHECK_PRINTED(r->term("mpg")->coefficient, "0.4304");
    CHECK_PRINTED(r->nullDeviance, "43.860");
    CHECK_PRINTED(r->deviance, "25.533");
    CHECK_PRINTED(r->aic, "29.533");
    CHECK_PRINTED(r->mcFaddenRSquared, "0.4178");
    QVERIFY(Test::fuzzyEqual(r->logLikelihood, -r->deviance / 2, 1e-12));
    QVERIFY(std::isnan(r->rSquared));
    // glm(vs ~ wt + disp): null deviance 43.86, residual deviance 21.40, AIC 27.4.
    r = LogisticRegression::fit(mtcarsPredictors("wt + disp"), mtcars("vs"));
    QVERIFY(r.ok());
    CHECK_PRINTED(r->nullDeviance, "43.86");
    CHECK_PRINTED(r->deviance, "21.40");
    CHECK_PRINTED(r->aic, "27.4");
    // glm(am ~ disp + hp): null deviance 43.230.
    r = LogisticRegression::fit(mtcarsPredictors("disp + hp"), mtcars("am"));
    QVERIFY(r.ok());
    CHECK_PRINTED(r->nullDeviance, "43.230");
    // Effects are coefficient × sd(x), ranked by size.
    QCOMPARE(r->terms[size_t(r->effectOrder[0])].name, QStringLiteral("disp"));
}

void TestDrivers::logisticSeparation_data()
{
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<bool>("complete");
    // Complete separation: x > 5 exactly when y = 1.
    QTest::newRow("complete") << std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
                              << std::vector<double>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1} << true;
    // Quasi-complete: every row with x = 1 has y = 1; rows with x = 0 are mixed.
    QTest::newRow("quasi") << std::vector<double>{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0}
                           << std::vector<double>{0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0} << false;
}

void TestDrivers::logisticSeparation()
{
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(bool, complete);
    Result<RegressionResult> r = LogisticRegression::fit({DesignVariable::numeric("gift", x)}, y);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QVERIFY(r->separation);
    QVERIFY(hasWarning(*r, QStringLiteral("The outcome is separated by “gift”")));
    QCOMPARE(complete, r->deviance < 1e-5);
    QVERIFY(allFinite(*r));
    QVERIFY(std::isfinite(r->mcFaddenRSquared));
}

void TestDrivers::logisticNotConverged()
{
    LogisticRegression::Options options;
    options.maxIterations = 1;
    Result<RegressionResult> r =
        LogisticRegression::fit(mtcarsPredictors("wt + disp"), mtcars("vs"), options);
    QVERIFY(r.ok());
    QVERIFY(!r->converged);
    QVERIFY(hasWarning(*r, QStringLiteral("did not converge within 1 iterations")));
    QVERIFY(allFinite(*r));
}


QTEST_GUILESS_MAIN(TestDrivers)
#include "tst_drivers.moc"
