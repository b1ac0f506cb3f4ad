// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Segmenta {

class ChartFrame;
class CustomerAnalysis;
class ParetoChart;
class ProjectSession;
class PyramidWidget;
struct CustomerSample;

// Key figures, the 80/20 curve and the customer pyramid: who brings the value.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(ProjectSession *session, QWidget *parent = nullptr);
    void setAnalysis(const CustomerAnalysis *analysis);
    QList<ChartFrame *> charts() const;
    QString figuresHtml() const;
    // The paragraph shown under the key figures when the project holds a warehouse sample.
    static QString exactTotalsHtml(const CustomerSample &sample, const QString &currency);

private:
    void showTier(int layer);

    ProjectSession *m_session;
    ChartFrame *m_paretoFrame;
    ChartFrame *m_pyramidFrame;
    QLabel *m_figures;
    ParetoChart *m_pareto;
    PyramidWidget *m_pyramid;
};

} // namespace Segmenta
