// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include "legendwrap.h"

#include <QChartView>
#include <QLocale>
#include <QPalette>
#include <QWidget>

namespace Segmenta {

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QChart::ChartTheme ChartStyle::themeFor(const QPalette &palette)
{
    return isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

QChart *ChartStyle::newChart(const QWidget *context)
{
    auto *chart = new QChart;
    chart->setTheme(themeFor(context ? context->palette() : QPalette()));
    // Titles and legend entries wrap instead of being cut in a narrow window (or in Chinese):
    // the series, titles and axes added later are refitted on the chart's next layout.
    LegendWrap::install(chart);
    // Axis ticks in the UI language's number format, with thousands separators: Qt Charts
    // formats them with QLocale instead of printf then (docs/user/pages.md, "Numbers and dates").
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

void ChartStyle::replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace Segmenta
