// SPDX-License-Identifier: GPL-3.0-or-later
#include "backtestpanel.h"

#include "chartframe.h"
#include "chartstyle.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "customerrows.h"
#include "messagetext.h"
#include "projectsession.h"
#include "base/taskcontrol.h"
#include "workerpriority.h"

#include <QLocale>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Segmenta {

namespace {

// Below this many days on each side the holdout says nothing about the model.
const qint32 kMinHalfDays = 28;

QChart *newChart(const QWidget *view, const QString &title)
{
    auto *chart = ChartStyle::newChart(view);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

BacktestPanel::BacktestPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("backtestSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    m_byFrequency = new QChartView(this);
    m_tracking = new QChartView(this);
    for (QChartView *view : {m_byFrequency, m_tracking}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 280);
    }
    m_frames = {new ChartFrame(m_byFrequency, tr("Backtest by frequency"), this),
                new ChartFrame(m_tracking, tr("Backtest tracking"), this)};
    charts->addWidget(m_frames[0], 1);
    charts->addWidget(m_frames[1], 1);
    layout->addLayout(charts, 1);
    connect(&m_watcher, &QFutureWatcher<Result<BacktestResult>>::finished, this,
            [this] { show(m_watcher.result()); });
}

BacktestPanel::~BacktestPanel()
{
    if (m_control)
        m_control->requestCancel();
    m_watcher.waitForFinished();
}

QList<ChartFrame *> BacktestPanel::charts() const
{
    return m_frames;
}

void BacktestPanel::setAnalysis(const CustomerAnalysis *a)
{
    // The run going on is for data no longer shown.
    if (m_control)
        m_control->requestCancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    connect(&m_watcher, &QFutureWatcher<Result<BacktestResult>>::finished, this,
            [this] { show(m_watcher.result()); });
    m_result.reset();
    m_busy = false;
    ChartStyle::replaceChart(m_byFrequency, ChartStyle::newChart(this));
    ChartStyle::replaceChart(m_tracking, ChartStyle::newChart(this));
    const auto data = m_session->data();
    if (!a || !data) {
        m_summary->clear();
        return;
    }
    const qint32 first = a->summary.minDay;
    m_endDay = a->summary.asOfDay;
    const qint32 half = (m_endDay - first) / 2;
    if (a->summary.size() == 0 || half < kMinHalfDays) {
        m_summary->setText(tr("The data covers too short a time for a backtest (at least %1 days "
                              "are needed).").arg(2 * kMinHalfDays));
        return;
    }
    m_cutDay = first + half;
    BacktestOptions options;
    options.unit = a->options.unit;
    options.cutDay = m_cutDay;
    options.endDay = m_endDay;
    m_control = std::make_shared<TaskControl>();
    m_summary->setText(tr("Testing the purchase model on the past: fitting it on the orders "
                          "before %1…").arg(QLocale().toString(Column::fromDays(m_cutDay), QLocale::ShortFormat)));
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [data, options, control = m_control] {
        lowerWorkerThreadPriority();
        return HoldoutBacktest::run(*data, options, control.get());
    }));
}

void BacktestPanel::show(Result<BacktestResult> result)
{
    const QLocale locale;
    const QString cut = locale.toString(Column::fromDays(m_cutDay), QLocale::ShortFormat);
    const QString end = locale.toString(Column::fromDays(m_endDay - 1), QLocale::ShortFormat);
    m_busy = false;
    if (!result) {
        if (qstrcmp(result.error().code(), "cancelled") != 0)
            m_summary->setText(tr("<b>No backtest</b>: %1").arg(messageText(result.error()).toHtmlEscaped()));
        return;
    }
    m_result = result.takeValue();
    const BacktestResult &r = *m_result;
    const double error = r.actualHoldout > 0
                             ? 100.0 * (r.predictedHoldout - double(r.actualHoldout)) / double(r.actualHoldout)
                             : 0;
    m_summary->setText(
        tr("<b>Backtest</b>: the purchase model, fitted on the orders before %1, expected the "
           "%L2 customers who had bought by then to make <b>%3</b> repeat purchases from %1 to "
           "%4; they made <b>%L5</b> (forecast error %6 %). %7")
            .arg(cut)
            .arg(r.cohort)
            .arg(locale.toString(r.predictedHoldout, 'f', 0), end)
            .arg(r.actualHoldout)
            .arg((error > 0 ? QStringLiteral("+") : QString()) + locale.toString(error, 'f', 1),
                 r.fit.converged ? tr("The fit converged.")
                                 : tr("The fit did not converge: %1").arg(messageText(r.fit.reason))));
    showFrequencyChart();
    showTrackingChart();
    Q_EMIT finished();
}

void BacktestPanel::showFrequencyChart()
{
    const BacktestResult &r = *m_result;
    auto *chart = newChart(m_byFrequency, tr("Repeat purchases in the holdout, by purchases before it"));
    auto *actual = new QBarSet(tr("Actual"));
    auto *expected = new QBarSet(tr("Expected"));
    QStringList categories;
    for (const BacktestResult::FrequencyBin &bin : r.byFrequency) {
        categories.append(bin.orMore ? tr("%1+").arg(bin.frequency) : QString::number(bin.frequency));
        actual->append(bin.actualMean);
        expected->append(bin.expectedMean);
    }
    auto *series = new QBarSeries(chart);
    series->append(actual);
    series->append(expected);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setTitleText(tr("Repeat purchases before %1").arg(QLocale().toString(Column::fromDays(m_cutDay), QLocale::ShortFormat)));
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("Mean repeat purchases in the holdout"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->setMin(0);
    y->applyNiceNumbers();
    connect(series, &QBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
        if (!state || !m_result || index >= int(m_result->byFrequency.size())) {
            QToolTip::hideText();
            return;
        }
        const BacktestResult::FrequencyBin &bin = m_result->byFrequency[size_t(index)];
        QToolTip::showText(QCursor::pos(),
                           tr("%L1 customers: %2 repeat purchases each on average, %3 expected. "
                              "Click to see them.")
                               .arg(bin.customers)
                               .arg(QLocale().toString(bin.actualMean, 'f', 2),
                                    QLocale().toString(bin.expectedMean, 'f', 2)),
                           m_byFrequency);
    });
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) { showBin(index); });
    ChartStyle::replaceChart(m_byFrequency, chart);
}

void BacktestPanel::showTrackingChart()
{
    const BacktestResult &r = *m_result;
    auto *chart = newChart(m_tracking, tr("Cumulative repeat purchases"));
    auto *actual = new QLineSeries(chart);
    actual->setName(tr("Actual"));
    auto *expected = new QLineSeries(chart);
    expected->setName(tr("Expected"));
    const double unit = daysPerUnit(r.calibration.unit);
    double top = 0;
    for (size_t k = 0; k < r.periodEnd.size(); ++k) {
        const double t = (r.periodEnd[k] - r.origin) / unit;
        actual->append(t, r.actualCumulative[k]);
        expected->append(t, r.expectedCumulative[k]);
        top = std::max({top, r.actualCumulative[k], r.expectedCumulative[k]});
    }
    auto *cut = new QLineSeries(chart);
    cut->setName(tr("Start of the holdout"));
    cut->append((m_cutDay - r.origin) / unit, 0);
    cut->append((m_cutDay - r.origin) / unit, top);
    QPen dashed = cut->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setColor(Qt::gray);
    cut->setPen(dashed);
    for (QLineSeries *s : {actual, expected, cut})
        chart->addSeries(s);
    auto *x = new QValueAxis(chart);
    const QString units = r.calibration.unit == TimeUnit::Day    ? tr("Days")
                          : r.calibration.unit == TimeUnit::Week ? tr("Weeks")
                                                                 : tr("Months");
    x->setTitleText(tr("%1 since %2").arg(units, QLocale().toString(Column::fromDays(r.origin), QLocale::ShortFormat)));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("Repeat purchases"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    x->applyNiceNumbers();
    y->setMin(0);
    y->applyNiceNumbers();
    for (QLineSeries *s : {actual, expected})
        connect(s, &QLineSeries::hovered, this, [this, s, units](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1 %2: %3 repeat purchases")
                                   .arg(s->name(), QLocale().toString(point.x(), 'f', 0),
                                        QLocale().toString(point.y(), 'f', 0)),
                               m_tracking);
        });
    ChartStyle::replaceChart(m_tracking, chart);
}

void BacktestPanel::showBin(int index)
{
    if (!m_result || index < 0 || index >= int(m_result->byFrequency.size()))
        return;
    const BacktestResult &r = *m_result;
    const BacktestResult::FrequencyBin &bin = r.byFrequency[size_t(index)];
    const RfmtSummary &c = r.calibration;
    std::vector<qint32> rows = customerRows(
        c.size(),
        [&c, &bin](size_t i) {
            return c.observed[i] && (bin.orMore ? c.frequency[i] >= bin.frequency : c.frequency[i] == bin.frequency);
        },
        [&r](size_t i) { return double(r.holdoutPurchases[i]); });
    CustomerListDialog::show(m_session, std::move(rows),
                             tr("%1 repeat purchases before %2")
                                 .arg(bin.orMore ? tr("%1+").arg(bin.frequency) : QString::number(bin.frequency),
                                      QLocale().toString(Column::fromDays(m_cutDay), QLocale::ShortFormat)),
                             this);
}

} // namespace Segmenta
