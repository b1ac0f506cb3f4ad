// SPDX-License-Identifier: GPL-3.0-or-later
#include "rfmpage.h"

#include "barchart.h"
#include "chartframe.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "customerrows.h"
#include "heatmapjob.h"
#include "heatmapwidget.h"
#include "lazyrefresh.h"
#include "messagetext.h"
#include "projectsession.h"
#include "numberformat.h"

#include <QLocale>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

QString cutList(const RfmScores::Dimension &d, int decimals)
{
    // Whole numbers (days, order counts) without decimals.
    const bool whole = std::all_of(d.cuts.begin(), d.cuts.end(),
                                   [](double c) { return c == std::floor(c); });
    QStringList cuts;
    for (double c : d.cuts)
        cuts.append(QLocale().toString(c, 'f', whole ? 0 : decimals));
    return cuts.join(QStringLiteral(" · "));
}

} // namespace

RfmPage::RfmPage(ProjectSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(tr("The analysis runs when a project is open."), this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_thresholds = new QLabel(this);
    m_thresholds->setObjectName(QStringLiteral("rfmThresholds"));
    m_thresholds->setWordWrap(true);
    m_thresholds->setTextFormat(Qt::RichText);
    layout->addWidget(m_thresholds);
    auto *charts = new QHBoxLayout;
    m_heatmap = new HeatmapWidget(this);
    m_heatmapJob = new HeatmapJob(this);
    m_heatmap->setObjectName(QStringLiteral("rfmHeatmap"));
    m_segments = new BarChart(this);
    m_segments->setObjectName(QStringLiteral("rfmSegmentChart"));
    m_heatmapFrame = new ChartFrame(m_heatmap, tr("RFM heatmap"), this);
    m_segmentsFrame = new ChartFrame(m_segments, tr("RFM segments"), this);
    charts->addWidget(m_heatmapFrame, 1);
    charts->addWidget(m_segmentsFrame, 1);
    layout->addLayout(charts, 1);
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, &RfmPage::showCell);
    connect(m_segments, &BarChart::barClicked, this, &RfmPage::showSegment);
    auto *refresh = new LazyRefresh(this, [this] { setAnalysis(m_session->analysis()); });
    connect(session, &ProjectSession::analysisChanged, refresh, &LazyRefresh::request);
}

QList<ChartFrame *> RfmPage::charts() const
{
    return {m_heatmapFrame, m_segmentsFrame};
}

void RfmPage::setAnalysis(std::shared_ptr<const CustomerAnalysis> analysis)
{
    m_heatmapJob->clear(); // a heatmap under way is of the previous analysis
    const CustomerAnalysis *a = analysis.get();
    if (!a) {
        m_explanation->setText(tr("The analysis runs when a project is open."));
        m_thresholds->clear();
        m_heatmap->setData({});
        m_segments->setBars({}, {}, {});
        return;
    }
    const RfmScores &rfm = a->rfm;
    const QLocale locale;
    m_explanation->setText(
        tr("Every customer gets three scores from 1 to 5: recency (R, how recently they bought), "
           "frequency (F, how often) and monetary value (M, how much they spent). 5 is best: "
           "R = 5 are the most recent buyers. Click a cell or a bar to see its customers."));
    QString thresholds =
        tr("<b>Cut points</b> (a value at or above a cut point moves to the next score): "
           "recency (days since the last purchase) %1; frequency %2; monetary %3. "
           "%L4 customers scored, %L5 without purchases not scored.")
            .arg(cutList(rfm.recencyDimension, 0), cutList(rfm.frequencyDimension, 1),
                 cutList(rfm.monetaryDimension, 2))
            .arg(rfm.scoredCount)
            .arg(rfm.unscoredCount);
    for (const Message &w : rfm.warnings)
        thresholds += QStringLiteral("<br>⚠ ") + messageText(w).toHtmlEscaped();
    m_thresholds->setText(thresholds);

    // R from 5 (top) down to 1, F from 1 (left) to 5: the best customers sit top right.
    const int rBins = rfm.recencyDimension.bins;
    const int fBins = rfm.frequencyDimension.bins;
    QStringList rowLabels;
    QStringList columnLabels;
    for (int r = rBins; r >= 1; --r)
        rowLabels.append(tr("R %1").arg(r));
    for (int f = 1; f <= fBins; ++f)
        columnLabels.append(tr("F %1").arg(f));
    // Off the GUI thread: it reads every customer. The worker keeps the analysis alive.
    m_heatmap->setData({});
    m_heatmap->setComputing(true);
    m_heatmapJob->start(
        [analysis, rowLabels, columnLabels, rBins, fBins] {
            const RfmScores &scores = analysis->rfm;
            return std::vector<HeatmapData>{HeatmapData::aggregate(
                rowLabels, columnLabels, scores.size(),
                [&scores, rBins, fBins](qsizetype i) {
                    const size_t k = size_t(i);
                    return scores.r[k] == 0 ? -1 : (rBins - scores.r[k]) * fBins + (scores.f[k] - 1);
                },
                {[&scores](qsizetype i) { return scores.monetary[size_t(i)]; },
                 [&scores](qsizetype i) { return scores.recency[size_t(i)]; }})};
        },
        [this, rBins](std::vector<HeatmapData> maps) { showHeatmap(std::move(maps.front()), rBins); });

    const QStringList names = a->options.rfmSegments.segments();
    QList<BarChart::Bar> bars;
    for (qsizetype s = 0; s < names.size(); ++s) {
        const qint64 n = s < qsizetype(a->rfmSegments.counts.size()) ? a->rfmSegments.counts[size_t(s)] : 0;
        const QString name = QCoreApplication::translate("Segmenta::Analysis", names[s].toUtf8().constData());
        const double share = rfm.scoredCount > 0 ? 100.0 * double(n) / double(rfm.scoredCount) : 0;
        bars.append({name, double(n),
                     tr("%1: %L2 customers (%3 % of those scored). Click to see them.")
                         .arg(name)
                         .arg(n)
                         .arg(locale.toString(share, 'f', 1))});
    }
    if (a->rfmSegments.unassigned > 0)
        bars.append({tr("No RFM segment"), double(a->rfmSegments.unassigned),
                     tr("%L1 scored customers whose R-F-M code no segment rule claims.")
                         .arg(a->rfmSegments.unassigned)});
    m_segments->setBars(tr("RFM segments"), tr("Customers"), bars);
}

void RfmPage::showHeatmap(HeatmapData data, int rBins)
{
    const QLocale locale;
    data.title = tr("Recency × frequency, coloured by mean monetary value");
    data.rowTitle = tr("Recency score (R)");
    data.columnTitle = tr("Frequency score (F)");
    data.legendTitle = tr("Mean monetary value");
    for (int row = 0; row < data.rows(); ++row) {
        for (int column = 0; column < data.columns(); ++column) {
            HeatmapData::Cell &cell = data.cell(row, column);
            cell.toolTip = cell.count == 0
                               ? tr("R = %1, F = %2: no customers").arg(rBins - row).arg(column + 1)
                               : tr("R = %1, F = %2: %L3 customers\nMean monetary value: %4\n"
                                    "Mean recency: %5 days\nClick to see them.")
                                     .arg(rBins - row)
                                     .arg(column + 1)
                                     .arg(cell.count)
                                     .arg(NumberFormat::money(cell.means[0], NumberFormat::currency(m_session->settings(), locale), locale, 2),
                                          locale.toString(cell.means[1], 'f', 1));
        }
    }
    m_heatmap->setData(std::move(data));
}

void RfmPage::showCell(int row, int column)
{
    const HeatmapData &data = m_heatmap->data();
    const auto analysis = m_session->analysis();
    if (!analysis || data.isEmpty())
        return;
    std::vector<qint32> rows = data.customersIn(row, column);
    // Best spenders first.
    sortByKeyDescending(rows, [&analysis](size_t i) { return analysis->rfm.monetary[i]; });
    CustomerListDialog::show(m_session, std::move(rows),
                             tr("R = %1, F = %2").arg(data.rows() - row).arg(column + 1), this);
}

void RfmPage::showSegment(int index)
{
    const auto analysis = m_session->analysis();
    if (!analysis || index < 0 || index >= m_segments->bars().size())
        return;
    // The extra last bar holds the scored customers no rule claims (segment -1).
    const QStringList names = analysis->options.rfmSegments.segments();
    const int segment = index < names.size() ? index : -1;
    const auto &assigned = analysis->rfmSegments.segment;
    const RfmScores &rfm = analysis->rfm;
    std::vector<qint32> rows = customerRows(
        qsizetype(assigned.size()),
        [&assigned, &rfm, segment](size_t i) { return assigned[i] == segment && rfm.r[i] != 0; },
        [&rfm](size_t i) { return rfm.monetary[i]; });
    CustomerListDialog::show(m_session, std::move(rows),
                             m_segments->bars().at(index).label, this);
}

} // namespace Segmenta
