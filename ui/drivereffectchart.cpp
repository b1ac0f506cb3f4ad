#include "drivereffectchart.h"

#include "regressionresult.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Segmenta {

namespace {

QString number(double v, int decimals = 3)
{
    if (!std::isfinite(v))
        return v > 0 ? QStringLiteral("∞") : v < 0 ? QStringLiteral("−∞") : QStringLiteral("–");
    return QLocale().toString(v, 'g', decimals);
}

} // namespace

DriverEffectChart::DriverEffectChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    clear();
}

void DriverEffectChart::clear()
{
    QChart *old = chart();
    auto *empty = new QChart;
    empty->setTitle(tr("What drives value"));
    setChart(empty);
    delete old;
}

void DriverEffectChart::setResult(const RegressionResult &result)
{
    auto *chart = new QChart;
    const bool logistic = result.kind == RegressionKind::Logistic;
    chart->setTitle(logistic ? tr("What makes a top-20 % customer") : tr("What drives value"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Two stacked sets so that each term has exactly one visible bar, in full colour when it
    // is significant and faded when it is not; the legend then explains the fading.
    auto *significant = new QBarSet(tr("Significant (p ≤ 0.05)"));
    auto *weak = new QBarSet(tr("Not significant (p > 0.05)"));
    QColor colour(0x2e, 0x7d, 0x32);
    significant->setColor(colour);
    colour.setAlpha(70);
    weak->setColor(colour);
    weak->setBorderColor(QColor(0x2e, 0x7d, 0x32));

    QStringList categories;
    std::vector<int> termOfBar;
    double extent = 0;
    // Categories run bottom to top: add the smallest effect first so the largest is on top.
    for (auto it = result.effectOrder.rbegin(); it != result.effectOrder.rend(); ++it) {
        const RegressionTerm &t = result.terms[size_t(*it)];
        const double effect = std::isfinite(t.standardizedEffect) ? t.standardizedEffect : 0.0;
        const bool isSignificant = t.pValue <= kSignificance;
        significant->append(isSignificant ? effect : 0.0);
        weak->append(isSignificant ? 0.0 : effect);
        categories << t.name;
        termOfBar.push_back(*it);
        extent = std::max(extent, std::abs(effect));
    }
    auto *series = new QHorizontalStackedBarSeries(chart);
    series->append(significant);
    series->append(weak);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *terms = new QBarCategoryAxis(chart);
    terms->append(categories);
    QFont small = terms->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    terms->setLabelsFont(small);
    terms->setTruncateLabels(false); // the names are the point of the chart
    auto *effects = new QValueAxis(chart);
    effects->setRange(-extent * 1.1 - 1e-9, extent * 1.1 + 1e-9);
    effects->setTitleText(logistic ? tr("Change in log-odds per SD of the attribute")
                                   : tr("SDs of value per SD of the attribute"));
    chart->addAxis(terms, Qt::AlignLeft);
    chart->addAxis(effects, Qt::AlignBottom);
    series->attachAxis(terms);
    series->attachAxis(effects);

    // Exact numbers under the pointer; the standard error is scaled like the effect.
    std::vector<RegressionTerm> shown;
    for (int i : termOfBar)
        shown.push_back(result.terms[size_t(i)]);
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, shown, logistic](bool status, int index, QBarSet *) {
                if (!status || index < 0 || index >= int(shown.size())) {
                    QToolTip::hideText();
                    return;
                }
                const RegressionTerm &t = shown[size_t(index)];
                const double scale = t.coefficient != 0 ? t.standardizedEffect / t.coefficient : 0;
                QToolTip::showText(
                    QCursor::pos(),
                    tr("<b>%1</b><br>standardised effect %2 ± %3<br>estimate %4 (SE %5)<br>"
                       "%6 = %7, p = %8")
                        .arg(t.name.toHtmlEscaped(), number(t.standardizedEffect),
                             number(std::abs(t.standardError * scale)), number(t.coefficient),
                             number(t.standardError),
                             logistic ? QStringLiteral("z") : QStringLiteral("t"),
                             number(t.statistic), number(t.pValue, 2)),
                    this);
            });

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

QStringList DriverEffectChart::shownTerms() const
{
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList top;
            const QStringList bottomUp = categories->categories();
            for (auto it = bottomUp.rbegin(); it != bottomUp.rend(); ++it)
                top << *it;
            return top;
        }
    return {};
}

} // namespace Segmenta
