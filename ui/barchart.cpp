// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "chartstyle.h"

#include <QLocale>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Segmenta {

BarChart::BarChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    setChart(ChartStyle::newChart(this));
}

void BarChart::setBars(const QString &title, const QString &valueTitle, const QList<Bar> &bars,
                       int decimals)
{
    m_bars = bars;
    auto *chart = ChartStyle::newChart(this);
    chart->setTitle(title);
    chart->legend()->hide();
    auto *set = new QBarSet(valueTitle);
    set->setColor(QColor(0x21, 0x91, 0x8c));
    // Qt draws the first category at the bottom: reversed, the first bar is at the top.
    QStringList categories;
    double low = 0;
    double high = 0;
    const qsizetype n = bars.size();
    for (qsizetype i = n - 1; i >= 0; --i) {
        categories.append(bars[i].label);
        // Rounded, so that the label at the bar's end shows no more decimals than asked.
        const double scale = std::pow(10.0, decimals);
        set->append(std::round(bars[i].value * scale) / scale);
        low = std::min(low, bars[i].value);
        high = std::max(high, bars[i].value);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    // Outside the bar's end: short bars have no room inside for their number.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(15);
    set->setLabelColor(chart->titleBrush().color()); // the theme's text colour
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis(chart);
    names->append(categories);
    auto *values = new QValueAxis(chart);
    values->setTitleText(valueTitle);
    // Room beyond the longest bars for their labels.
    values->setRange(low < 0 ? low * 1.2 : 0, high > low ? high * 1.2 : low + 1);
    values->setLabelFormat(decimals > 0 ? QStringLiteral("%.%1f").arg(decimals) : QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    connect(set, &QBarSet::hovered, this, [this, n](bool state, int index) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), m_bars.value(n - 1 - index).toolTip, this);
    });
    connect(set, &QBarSet::clicked, this, [this, n](int index) { Q_EMIT barClicked(int(n - 1 - index)); });
    ChartStyle::replaceChart(this, chart);
}

} // namespace Segmenta
