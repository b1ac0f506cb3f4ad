// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretochart.h"

#include "chartstyle.h"
#include "analysis/measures/paretocurve.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QToolTip>
#include <QCursor>

namespace Segmenta {

ParetoChart::ParetoChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 280);
    setChart(ChartStyle::newChart(this));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ParetoChart::setCurve(const ParetoCurve &curve)
{
    auto *chart = ChartStyle::newChart(this);
    chart->setTitle(tr("Who brings the value (80/20)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *line = new QLineSeries(chart);
    line->setName(tr("Share of value"));
    for (const ParetoCurve::Point &p : curve.curve)
        line->append(p.customerShare * 100, p.valueShare * 100);
    auto *equal = new QLineSeries(chart);
    equal->setName(tr("Everyone equal"));
    equal->append(0, 0);
    equal->append(100, 100);
    QPen dashed = equal->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setColor(Qt::gray);
    equal->setPen(dashed);
    auto *marker = new QScatterSeries(chart);
    marker->setName(tr("80 % of value: the top %1 % of customers")
                        .arg(QLocale().toString(curve.customerShareFor80 * 100, 'f', 1)));
    marker->append(curve.customerShareFor80 * 100, curve.valueShareAt80 * 100);
    marker->setMarkerSize(10);
    // Exact values under the pointer: x % of customers bring y % of the value.
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("The top %1 % of customers bring %2 % of the value")
                               .arg(QLocale().toString(point.x(), 'f', 1),
                                    QLocale().toString(point.y(), 'f', 1)),
                           this);
    });
    chart->addSeries(equal);
    chart->addSeries(line);
    chart->addSeries(marker);
    auto *x = new QValueAxis(chart);
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f%")); // localized numbers (ChartStyle): "%" is literal
    x->setTitleText(tr("Customers, highest value first"));
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%")); // localized numbers (ChartStyle): "%" is literal
    y->setTitleText(tr("Share of value"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    ChartStyle::replaceChart(this, chart);
}

} // namespace Segmenta
