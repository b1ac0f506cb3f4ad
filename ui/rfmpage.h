// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heatmapdata.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Segmenta {

class BarChart;
class ChartFrame;
class CustomerAnalysis;
class HeatmapJob;
class HeatmapWidget;
class ProjectSession;

// RFM (docs/domain.md, "RFM"): the recency × frequency heatmap coloured by mean monetary value, the
// named RFM segments' sizes, and the cut points the scores came from. Clicking a cell or a bar
// lists its customers.
class RfmPage : public QWidget
{
    Q_OBJECT

public:
    explicit RfmPage(ProjectSession *session, QWidget *parent = nullptr);
    QList<ChartFrame *> charts() const;
    HeatmapWidget *heatmap() const { return m_heatmap; }
    // Aggregates the heatmap off the GUI thread (tests wait for it).
    HeatmapJob *heatmapJob() const { return m_heatmapJob; }
    BarChart *segmentChart() const { return m_segments; }

private:
    void setAnalysis(std::shared_ptr<const CustomerAnalysis> analysis);
    void showHeatmap(HeatmapData data, int rBins);
    void showCell(int row, int column);
    void showSegment(int index);

    ProjectSession *m_session;
    QLabel *m_explanation;
    QLabel *m_thresholds;
    HeatmapWidget *m_heatmap;
    HeatmapJob *m_heatmapJob;
    BarChart *m_segments;
    ChartFrame *m_heatmapFrame;
    ChartFrame *m_segmentsFrame;
};

} // namespace Segmenta
