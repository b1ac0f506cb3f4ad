// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace Segmenta {

class BacktestPanel;
class ChartFrame;
class LifetimePanel;
class ProjectSession;
class ValueGroupsPanel;

// Value and lifetime value (docs/domain.md, "Value groups", "Lifetime value"): one tab for the
// purchase and spend models with their matrices, one for the value groups and lifecycle stages, one
// for the model's backtest.
class ValuePage : public QWidget
{
    Q_OBJECT

public:
    explicit ValuePage(ProjectSession *session, QWidget *parent = nullptr);
    QList<ChartFrame *> charts() const;
    QTabWidget *tabs() const { return m_tabs; }
    LifetimePanel *lifetimePanel() const { return m_lifetime; }
    ValueGroupsPanel *valueGroupsPanel() const { return m_groups; }
    BacktestPanel *backtestPanel() const { return m_backtest; }

private:
    ProjectSession *m_session;
    QTabWidget *m_tabs;
    LifetimePanel *m_lifetime;
    ValueGroupsPanel *m_groups;
    BacktestPanel *m_backtest;
};

} // namespace Segmenta
