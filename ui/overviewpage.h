#pragma once

#include <QWidget>

class QLabel;

namespace Segmenta {

class CustomerAnalysis;
class ParetoChart;
class PyramidWidget;

// Key figures, the 80/20 curve and the customer pyramid: who brings the value.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setAnalysis(const CustomerAnalysis *analysis);

private:
    QLabel *m_figures;
    ParetoChart *m_pareto;
    PyramidWidget *m_pyramid;
};

} // namespace Segmenta
