// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace Segmenta {

// Horizontal bars, one per category, first category at the top (segment sizes, value groups,
// lifecycle stages). Each bar has its own tooltip; clicking a bar emits barClicked with its
// index in the order given.
class BarChart : public QChartView
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString toolTip;
    };

    explicit BarChart(QWidget *parent = nullptr);
    // decimals: of the value labels at the bars' ends.
    void setBars(const QString &title, const QString &valueTitle, const QList<Bar> &bars,
                 int decimals = 0);
    const QList<Bar> &bars() const { return m_bars; }

Q_SIGNALS:
    void barClicked(int index);

private:
    QList<Bar> m_bars;
};

} // namespace Segmenta
