// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/driveranalysis.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace Segmenta {

class LazyRefresh;

class BackgroundTask;
class ChartFrame;
class DriverEffectChart;
class ProjectSession;

// What sets valuable customers apart (docs/domain.md, "Drivers"): the manager picks what to explain
// (customer value, or being in the top 20 % by revenue) and the attributes; the regression
// runs in the background and shows as ranked standardised effects, a table of the terms, the
// model's fit and its warnings in plain sentences, and the principal components' explained
// variance.
class DriversPage : public QWidget
{
    Q_OBJECT

public:
    DriversPage(ProjectSession *session, BackgroundTask *tasks, QWidget *parent = nullptr);

    // Fits with the choices on the page (now, or once the running task is done).
    void fit();
    // Fits now unless a fit is done or under way (the workshop report, for a page not seen).
    void fitIfNeeded();
    // A fit is under way or waits for the running task.
    bool isFitting() const { return m_fitting || m_fitWanted; }
    void setTarget(DriverOptions::Target target);
    const DriverAnalysis *result() const { return m_result.get(); }
    DriverEffectChart *effectChart() const { return m_effects; }
    QList<ChartFrame *> charts() const;

Q_SIGNALS:
    void fitted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's steps.
    QWidget *buildControls();
    QSplitter *buildCharts();
    void connectSignals();

    LazyRefresh *m_draw = nullptr;
    void fillAttributes();
    void showResult();
    void showComponents();
    void showTerms();
    QStringList checkedAttributes() const;

    ProjectSession *m_session;
    BackgroundTask *m_tasks;
    QComboBox *m_target;
    QListWidget *m_attributes;
    QPushButton *m_fit;
    QLabel *m_summary;
    DriverEffectChart *m_effects;
    QChartView *m_components;
    ChartFrame *m_effectsFrame;
    ChartFrame *m_componentsFrame;
    QTableWidget *m_terms;
    std::shared_ptr<const DriverAnalysis> m_result;
    bool m_fitWanted = false; // asked for while another task ran
    bool m_fitting = false;
};

} // namespace Segmenta
