// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QToolButton;

namespace Segmenta {

// Holds one chart (a QChartView or a widget that paints itself) and gives it what every chart
// in Segmenta has: "Export Chart…" to PNG, SVG or PDF from a button in its corner and from its
// context menu. Pages put each chart in a ChartFrame instead of laying the chart out directly.
class ChartFrame : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of chart. name is the suggested file name (without extension) and the
    // document title of SVG and PDF exports.
    ChartFrame(QWidget *chart, const QString &name, QWidget *parent = nullptr);

    QWidget *chart() const { return m_chart; }
    void setName(const QString &name) { m_name = name; }
    QString name() const { return m_name; }

    // Asks for a file and writes the chart; errors are shown in a message box.
    void exportChart();
    // Writes the chart to path (.png, .svg or .pdf); the error sentence, empty on success.
    QString exportTo(const QString &path) const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QWidget *m_chart;
    QToolButton *m_export;
    QString m_name;
};

} // namespace Segmenta
