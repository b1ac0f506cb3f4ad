#pragma once

#include <QChartView>

namespace Segmenta {

class RegressionResult;

// The drivers of value as a horizontal bar chart: one bar per term (dummy levels are terms of
// their own), largest standardised effect on top, bars faded when the term is not significant
// (p > 0.05). The tooltip gives the effect ± its standard error, the raw estimate and p.
class DriverEffectChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr double kSignificance = 0.05;

    explicit DriverEffectChart(QWidget *parent = nullptr);
    void setResult(const RegressionResult &result);
    void clear();

    // The terms as drawn, top (largest effect) first.
    QStringList shownTerms() const;
};

} // namespace Segmenta
