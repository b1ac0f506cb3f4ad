#include "chartstyle.h"

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
    return chart;
}

} // namespace Segmenta
