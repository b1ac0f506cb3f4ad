// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>

class QChartView;
class QPalette;
class QWidget;

namespace Segmenta {

// Charts follow the window's light or dark palette: Qt Charts draws its own background, axes
// and text from the chart theme, not from the palette, so a light chart would glare inside a
// dark window (and dark text would vanish on a dark one). Every page makes its charts here.
class ChartStyle
{
public:
    static bool isDark(const QPalette &palette);
    // ChartThemeDark when the palette's window is dark, else ChartThemeLight.
    static QChart::ChartTheme themeFor(const QPalette &palette);
    // A new chart in the theme of context's palette (the theme must be set before series
    // are styled: setTheme() resets their colours), its titles and legend wrapped to its
    // width by LegendWrap.
    static QChart *newChart(const QWidget *context);
    // Shows chart in view and deletes the chart it showed: QChartView::setChart leaves the old
    // one to its caller.
    static void replaceChart(QChartView *view, QChart *chart);
};

} // namespace Segmenta
