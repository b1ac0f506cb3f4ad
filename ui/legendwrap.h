// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QChart;
class QFont;

namespace Segmenta {

// Qt Charts lays a bottom legend out in one row and cuts the labels that do not fit ("Not
// significant (p…"): at a narrow width (a 1024-pixel window, the Chinese labels) each label is
// wrapped instead onto the lines its share of the width needs, whenever the chart is resized
// (on screen, or by the workshop report). The series' (or bar set's) name keeps the full text,
// which is also the entry's tooltip when Qt still has to cut it. The chart's title and the titles
// of its axes are wrapped the same way, centred. ChartStyle::newChart installs it on every chart.
class LegendWrap : public QObject
{
    Q_OBJECT

public:
    // Watches chart (and is deleted with it); series, titles and axes added later are fitted on
    // the chart's next layout. Installing again returns the one already installed.
    static LegendWrap *install(QChart *chart);
    // The lines of text that fit in width, broken at spaces (and anywhere Qt allows in a word
    // too long for a line).
    static QStringList wrap(const QString &text, const QFont &font, qreal width);
    // Refits the labels, the chart's title and its axes' titles to the chart's current size.
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit LegendWrap(QChart *chart);
    void applyToTitles();
    // The title owner (chart or axis) shows, wrapped to width; remembers the whole text.
    static QString wrapTitle(QObject *owner, const QString &current, const QFont &font,
                             qreal width);

    QChart *m_chart;
};

} // namespace Segmenta
