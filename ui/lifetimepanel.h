#pragma once

#include <QWidget>

class QLabel;

namespace Segmenta {

class ChartFrame;
class CustomerAnalysis;
class HeatmapWidget;
class ProjectSession;

// The lifetime value models (domain §3.8): the BG/NBD and Gamma-Gamma parameters and whether
// their fits converged, in plain words, and the two frequency × recency matrices of Fader,
// Hardie & Lee: mean probability alive and mean expected purchases. Clicking a cell lists its
// customers.
class LifetimePanel : public QWidget
{
    Q_OBJECT

public:
    explicit LifetimePanel(ProjectSession *session, QWidget *parent = nullptr);
    void setAnalysis(const CustomerAnalysis *analysis);
    QList<ChartFrame *> charts() const;
    HeatmapWidget *aliveMatrix() const { return m_alive; }
    HeatmapWidget *purchasesMatrix() const { return m_purchases; }

private:
    void showCell(const HeatmapWidget *matrix, int row, int column);

    ProjectSession *m_session;
    QLabel *m_parameters;
    HeatmapWidget *m_alive;
    HeatmapWidget *m_purchases;
    ChartFrame *m_aliveFrame;
    ChartFrame *m_purchasesFrame;
};

} // namespace Segmenta
