// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clusterprojection.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace Segmenta {

class AttributeGroupsPanel;
class LazyRefresh;

class ChartFrame;
class CustomerListDialog;
class ProjectSession;

// The k-means clusters of the analysis (docs/domain.md, "Clusters"): the elbow and the silhouette
// by k with the chosen k marked, the clustered customers on the first two principal components (one
// colour per cluster), and a profile per cluster; a legend entry or a profile row opens the
// cluster's customers. A segment made from an attribute group is announced by segmentRequested.
class ClustersPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClustersPage(ProjectSession *session, QWidget *parent = nullptr);
    ~ClustersPage() override;

    QList<ChartFrame *> charts() const;
    QChartView *scatter() const { return m_scatter; }
    QTableWidget *profileTable() const { return m_profiles; }
    AttributeGroupsPanel *attributeGroups() const { return m_attributeGroups; }
    const ClusterProjection *projection() const { return m_projection.get(); }
    // Opens the customers of a cluster (0-based); null when it has none.
    CustomerListDialog *showCluster(int cluster);
    static QColor clusterColour(int cluster);
    // The projection is being computed (the workshop report waits for it).
    bool isBusy() const { return m_computing; }

Q_SIGNALS:
    void projectionReady();
    // The manager made the segment at this index and wants to see it.
    void segmentRequested(qsizetype index);

private:
    LazyRefresh *m_draw = nullptr;
    void analysisChanged();
    void showProjection();
    void showByK();
    void showProfiles();

    ProjectSession *m_session;
    QLabel *m_summary;
    QChartView *m_scatter;
    QChartView *m_elbow;
    QChartView *m_silhouette;
    ChartFrame *m_scatterFrame;
    ChartFrame *m_elbowFrame;
    ChartFrame *m_silhouetteFrame;
    QTableWidget *m_profiles;
    AttributeGroupsPanel *m_attributeGroups;
    QThreadPool m_pool;
    QFutureWatcher<ClusterProjection> m_watcher;
    std::shared_ptr<const CustomerAnalysis> m_analysis; // the one being shown
    std::unique_ptr<ClusterProjection> m_projection;
    bool m_computing = false;
};

} // namespace Segmenta
