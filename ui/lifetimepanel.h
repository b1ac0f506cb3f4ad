// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/measures/customersummary.h"
#include "heatmapdata.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QLocale;

namespace Segmenta {

class ChartFrame;
class CustomerAnalysis;
class HeatmapJob;
class HeatmapWidget;
struct LifetimeResult;
class ProjectSession;

// The lifetime value models (docs/domain.md, "Lifetime value"): the BG/NBD and Gamma-Gamma
// parameters and whether their fits converged, in plain words, and the two frequency × recency
// matrices of Fader, Hardie & Lee: mean probability alive and mean expected purchases. Clicking a
// cell lists its customers.
class LifetimePanel : public QWidget
{
    Q_OBJECT

public:
    explicit LifetimePanel(ProjectSession *session, QWidget *parent = nullptr);
    void setAnalysis(std::shared_ptr<const CustomerAnalysis> analysis);
    QList<ChartFrame *> charts() const;
    HeatmapWidget *aliveMatrix() const { return m_alive; }
    HeatmapWidget *purchasesMatrix() const { return m_purchases; }
    // Aggregates the matrices off the GUI thread (tests wait for it).
    HeatmapJob *heatmapJob() const { return m_heatmapJob; }

private:
    void showCell(const HeatmapWidget *matrix, int row, int column);
    static QString unitName(TimeUnit unit);
    // Runs on the worker: both matrices (P(alive) first), without titles and tooltips.
    static std::vector<HeatmapData> matrices(const LifetimeResult &life, const QLocale &locale);
    void showMatrices(const LifetimeResult &life, std::vector<HeatmapData> maps);

    ProjectSession *m_session;
    QLabel *m_parameters;
    HeatmapWidget *m_alive;
    HeatmapWidget *m_purchases;
    HeatmapJob *m_heatmapJob;
    ChartFrame *m_aliveFrame;
    ChartFrame *m_purchasesFrame;
};

} // namespace Segmenta
