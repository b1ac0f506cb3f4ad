// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalStackedBarSeries;
QT_END_NAMESPACE

namespace Segmenta {

class RegressionResult;
struct RegressionTerm;

// The drivers of value as a horizontal bar chart: one bar per term (dummy levels are terms of
// their own), largest standardised effect on top, bars faded when the term is not significant
// (p > 0.05), and the 95 % confidence interval of each effect as an error bar (a line series
// per term, drawn on the category axis: Qt Charts has no error bars, and a box plot would
// claim quartiles). The tooltip gives the effect ± its standard error, the raw estimate and p.
class DriverEffectChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr double kSignificance = 0.05;
    static constexpr int kMinimumHeight = 260;

    explicit DriverEffectChart(QWidget *parent = nullptr);
    void setResult(const RegressionResult &result);
    void clear();

    // The terms as drawn, top (largest effect) first.
    QStringList shownTerms() const;

    struct Interval
    {
        QString term;
        double low = 0, high = 0; // as drawn (clamped to the axis when unbounded)
    };
    // The error bars as drawn, top first; terms without a finite interval have none.
    QList<Interval> shownIntervals() const;
    // The 95 % interval of a term's standardised effect: t quantile of the residual degrees of
    // freedom (linear) or the normal's 1.96 (logistic) times the standardised standard error.
    static Interval confidenceInterval(const RegressionResult &result, const RegressionTerm &term);

private:
    // The steps of setResult. The bars bottom up (smallest effect first), with their terms'
    // indices, intervals and the largest absolute end of any bar or interval.
    struct Bars
    {
        QBarSet *significant = nullptr;
        QBarSet *weak = nullptr;
        QStringList categories;
        std::vector<int> termOfBar;
        QList<Interval> intervals;
        double extent = 0;
    };
    Bars collectBars(const RegressionResult &result) const;
    QBarCategoryAxis *addTermAxis(QChart *chart, const QStringList &categories);
    void addErrorBars(QChart *chart, const QList<Interval> &intervals, double edge,
                      QAbstractAxis *terms, QAbstractAxis *effects);
    void showTermOnHover(QHorizontalStackedBarSeries *series, std::vector<RegressionTerm> shown,
                         bool logistic);
};

} // namespace Segmenta
