// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace Segmenta {

class ParetoCurve;

// The 80/20 curve: cumulative share of value against cumulative share of customers, best
// first, with the line of perfect equality and the point where 80 % of value is reached.
class ParetoChart : public QChartView
{
    Q_OBJECT

public:
    explicit ParetoChart(QWidget *parent = nullptr);
    void setCurve(const ParetoCurve &curve);
};

} // namespace Segmenta
