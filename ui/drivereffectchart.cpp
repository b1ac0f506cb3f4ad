// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivereffectchart.h"

#include "chartstyle.h"
#include "stats/distributions.h"
#include "stats/regressionresult.h"
#include "numberformat.h"
#include "termnames.h"

#include <QBarCategoryAxis>
#include <QFontMetrics>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

const double kCap = 0.18; // half the height of an error bar's end caps, in category units
const double kBarWidth = 0.7; // of a category: room between the bars for the error bars' caps
const double kAxisRoom = 1.1; // the effect axis reaches 10 % past the longest bar or interval
const double kLabelScale = 0.85; // term names a little smaller: long names fit beside the bars
const int kLabelMargin = 10;    // pixels around a category label item
const int kChartChrome = 260;   // pixels of title, legend and axis title above the bars

QString number(double v, int decimals = 3)
{
    if (!std::isfinite(v))
        return v > 0 ? QStringLiteral("∞") : v < 0 ? QStringLiteral("−∞") : QStringLiteral("–");
    return NumberFormat::significant(v, decimals);
}

} // namespace

DriverEffectChart::DriverEffectChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, kMinimumHeight);
    clear();
}

void DriverEffectChart::clear()
{
    setMinimumHeight(kMinimumHeight);
    auto *empty = ChartStyle::newChart(this);
    empty->setTitle(tr("What drives value"));
    ChartStyle::replaceChart(this, empty);
}

void DriverEffectChart::setResult(const RegressionResult &result)
{
    auto *chart = ChartStyle::newChart(this);
    const bool logistic = result.kind == RegressionKind::Logistic;
    chart->setTitle(logistic ? tr("What makes a top-20 % customer") : tr("What drives value"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    const Bars bars = collectBars(result);
    auto *series = new QHorizontalStackedBarSeries(chart);
    series->append(bars.significant);
    series->append(bars.weak);
    series->setBarWidth(kBarWidth);
    chart->addSeries(series);

    auto *terms = addTermAxis(chart, bars.categories);
    auto *effects = new QValueAxis(chart);
    effects->setRange(-bars.extent * kAxisRoom - 1e-9, bars.extent * kAxisRoom + 1e-9);
    effects->setTitleText(logistic ? tr("Change in log-odds per SD of the attribute")
                                   : tr("SDs of value per SD of the attribute"));
    chart->addAxis(terms, Qt::AlignLeft);
    chart->addAxis(effects, Qt::AlignBottom);
    series->attachAxis(terms);
    series->attachAxis(effects);
    addErrorBars(chart, bars.intervals, bars.extent * kAxisRoom, terms, effects);
    // Its three long entries are wrapped when the chart is narrow (LegendWrap, installed by
    // ChartStyle::newChart).

    std::vector<RegressionTerm> shown;
    for (int i : bars.termOfBar)
        shown.push_back(result.terms[size_t(i)]);
    showTermOnHover(series, std::move(shown), logistic);

    ChartStyle::replaceChart(this, chart);
}

DriverEffectChart::Bars DriverEffectChart::collectBars(const RegressionResult &result) const
{
    Bars bars;
    // Two stacked sets so that each term has exactly one visible bar, in full colour when it
    // is significant and faded when it is not; the legend then explains the fading.
    bars.significant = new QBarSet(tr("Significant (p ≤ 0.05)"));
    bars.weak = new QBarSet(tr("Not significant (p > 0.05)"));
    // A lighter green on a dark chart: the faded bars must still show.
    const bool dark = ChartStyle::isDark(palette());
    const QColor green = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    QColor faded = green;
    faded.setAlpha(dark ? 90 : 70);
    bars.significant->setColor(green);
    bars.weak->setColor(faded);
    bars.weak->setBorderColor(green);

    // Categories run bottom to top: add the smallest effect first so the largest is on top.
    for (auto it = result.effectOrder.rbegin(); it != result.effectOrder.rend(); ++it) {
        const RegressionTerm &t = result.terms[size_t(*it)];
        const double effect = std::isfinite(t.standardizedEffect) ? t.standardizedEffect : 0.0;
        const bool isSignificant = t.pValue <= kSignificance;
        bars.significant->append(isSignificant ? effect : 0.0);
        bars.weak->append(isSignificant ? 0.0 : effect);
        bars.categories << TermNames::display(t.name);
        bars.termOfBar.push_back(*it);
        bars.extent = std::max(bars.extent, std::abs(effect));
        bars.intervals.append(confidenceInterval(result, t));
        for (double end : {bars.intervals.last().low, bars.intervals.last().high})
            if (std::isfinite(end))
                bars.extent = std::max(bars.extent, std::abs(end));
    }
    return bars;
}

QBarCategoryAxis *DriverEffectChart::addTermAxis(QChart *chart, const QStringList &categories)
{
    auto *terms = new QBarCategoryAxis(chart);
    terms->append(categories);
    QFont small = terms->labelsFont();
    small.setPointSizeF(small.pointSizeF() * kLabelScale);
    terms->setLabelsFont(small);
    terms->setTruncateLabels(false); // the names are the point of the chart
    // Qt Charts hides labels that would overlap: the chart asks for a line per term (the page
    // scrolls it in a short window) so that every attribute is named.
    const int perTerm = QFontMetrics(small).height() + kLabelMargin;
    setMinimumHeight(std::max(kMinimumHeight, int(categories.size()) * perTerm + kChartChrome));
    return terms;
}

void DriverEffectChart::addErrorBars(QChart *chart, const QList<Interval> &intervals,
                                     double edge, QAbstractAxis *terms, QAbstractAxis *effects)
{
    // One polyline per term, |—| from the low to the high end; an unbounded end (separation)
    // runs to the edge of the axis.
    QPen pen(chart->titleBrush().color(), 1.5); // the theme's text colour: readable light or dark
    bool first = true;
    for (qsizetype bar = 0; bar < intervals.size(); ++bar) {
        const Interval &ci = intervals[bar];
        if (std::isnan(ci.low) || std::isnan(ci.high))
            continue;
        const double low = std::clamp(ci.low, -edge, edge);
        const double high = std::clamp(ci.high, -edge, edge);
        const double y = double(bar);
        auto *whisker = new QLineSeries(chart);
        whisker->setName(tr("95 % confidence interval"));
        whisker->setPen(pen);
        *whisker << QPointF(low, y - kCap) << QPointF(low, y + kCap) << QPointF(low, y)
                 << QPointF(high, y) << QPointF(high, y + kCap) << QPointF(high, y - kCap);
        chart->addSeries(whisker);
        whisker->attachAxis(effects);
        whisker->attachAxis(terms);
        // One legend entry for all of them.
        if (!first)
            for (QLegendMarker *marker : chart->legend()->markers(whisker))
                marker->setVisible(false);
        first = false;
    }
}

void DriverEffectChart::showTermOnHover(QHorizontalStackedBarSeries *series,
                                        std::vector<RegressionTerm> shown, bool logistic)
{
    // Exact numbers under the pointer; the standard error is scaled like the effect.
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, shown = std::move(shown), logistic](bool status, int index, QBarSet *) {
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
                        .arg(TermNames::display(t.name).toHtmlEscaped(), number(t.standardizedEffect),
                             number(std::abs(t.standardError * scale)), number(t.coefficient),
                             number(t.standardError),
                             logistic ? QStringLiteral("z") : QStringLiteral("t"),
                             number(t.statistic), NumberFormat::pValue(t.pValue)),
                    this);
            });
}

DriverEffectChart::Interval DriverEffectChart::confidenceInterval(const RegressionResult &result,
                                                                 const RegressionTerm &term)
{
    Interval ci{TermNames::display(term.name), std::numeric_limits<double>::quiet_NaN(),
                std::numeric_limits<double>::quiet_NaN()};
    // The standardised effect is the coefficient times a scale (sd(x) / sd(y) or sd(x)); the
    // standard error scales alike. A zero coefficient leaves the scale unknown: no bar.
    if (term.coefficient == 0 || !std::isfinite(term.standardizedEffect))
        return ci;
    const double critical = result.kind == RegressionKind::Logistic
                                ? 1.959963984540054 // the normal's 97.5 % quantile
                                : Distributions::studentTQuantile(0.975, result.residualDf);
    const double halfWidth =
        critical * std::abs(term.standardError * term.standardizedEffect / term.coefficient);
    if (std::isnan(halfWidth))
        return ci;
    ci.low = term.standardizedEffect - halfWidth;
    ci.high = term.standardizedEffect + halfWidth;
    return ci;
}

QList<DriverEffectChart::Interval> DriverEffectChart::shownIntervals() const
{
    QList<Interval> out;
    const QStringList top = shownTerms();
    for (QAbstractSeries *s : chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || line->count() != 6)
            continue;
        // Categories run bottom up; the term of the bar is at the whisker's y.
        const qsizetype bar = qRound(line->at(2).y());
        out.append({top.value(top.size() - 1 - bar), line->at(2).x(), line->at(3).x()});
    }
    std::reverse(out.begin(), out.end());
    return out;
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
