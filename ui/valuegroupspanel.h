// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Segmenta {

class BarChart;
class ChartFrame;
class CustomerAnalysis;
class ProjectSession;

// Value groups (docs/domain.md, "Value groups": most valuable, most growable, other profitable,
// below zero) by customers and by profit, and the lifecycle stages ("Lifecycle"). Clicking a bar
// lists its customers.
class ValueGroupsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValueGroupsPanel(ProjectSession *session, QWidget *parent = nullptr);
    void setAnalysis(const CustomerAnalysis *analysis);
    QList<ChartFrame *> charts() const;
    BarChart *groupChart() const { return m_groupCustomers; }
    BarChart *stageChart() const { return m_stages; }

    static QString groupTitle(int group);
    static QString stageTitle(int stage);

private:
    void showGroup(int group);
    void showStage(int stage);

    ProjectSession *m_session;
    QLabel *m_summary;
    BarChart *m_groupCustomers;
    BarChart *m_groupProfit;
    BarChart *m_stages;
    QList<ChartFrame *> m_frames;
};

} // namespace Segmenta
