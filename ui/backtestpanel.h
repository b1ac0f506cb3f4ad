// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/holdoutbacktest.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;

namespace Segmenta {

class ChartFrame;
class CustomerAnalysis;
class ProjectSession;
class TaskControl;

// The holdout backtest of the purchase model (Fader, Hardie & Lee 2005, Figures 1 and 2): the
// model is fitted on the first half of the data window and its forecast for the second half
// is compared with what the same customers did. Runs in the background whenever the analysis
// changes; an older run still going is cancelled and its result dropped.
class BacktestPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BacktestPanel(ProjectSession *session, QWidget *parent = nullptr);
    ~BacktestPanel() override;
    void setAnalysis(const CustomerAnalysis *analysis);
    QList<ChartFrame *> charts() const;
    // The last finished backtest; null while none is available.
    const BacktestResult *result() const { return m_result ? &*m_result : nullptr; }
    // A run was started and its result is not shown yet (the workshop report waits for it).
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished();

private:
    void show(Result<BacktestResult> result);
    void showFrequencyChart();
    void showTrackingChart();
    void showBin(int bin);

    ProjectSession *m_session;
    QLabel *m_summary;
    QChartView *m_byFrequency;
    QChartView *m_tracking;
    QList<ChartFrame *> m_frames;
    // Not the global pool: Qt's painting waits for pieces of its fills there.
    QThreadPool m_pool;
    QFutureWatcher<Result<BacktestResult>> m_watcher;
    std::shared_ptr<TaskControl> m_control;
    std::optional<BacktestResult> m_result;
    qint32 m_cutDay = 0;
    qint32 m_endDay = 0;
    bool m_busy = false;
};

} // namespace Segmenta
