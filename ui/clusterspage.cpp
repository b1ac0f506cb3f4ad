// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterspage.h"

#include "attributegroupspanel.h"

#include "chartframe.h"
#include "chartstyle.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "lazyrefresh.h"
#include "messagetext.h"
#include "numberformat.h"
#include "projectsession.h"
#include "termnames.h"
#include "workerpriority.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <iterator>

namespace Segmenta {

namespace {

QChartView *newChartView()
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    view->setChart(ChartStyle::newChart(nullptr));
    return view;
}

// A figure by k as a line, the chosen k as a larger dot on it.
QChart *byKChart(const QString &title, const QString &yTitle,
                 const std::vector<KMeansSolution> &solutions, double KMeansSolution::*figure,
                 int chosenK, const QString &chosenName)
{
    auto *chart = ChartStyle::newChart(nullptr);
    chart->setTitle(title);
    // No legend: these two charts share a column beside the projection, and on a small laptop
    // screen a legend left no room for the axis labels. The page's summary says how k was
    // chosen, and the chosen k is the large point.
    chart->legend()->hide();
    auto *line = new QLineSeries(chart);
    line->setName(yTitle);
    auto *chosen = new QScatterSeries(chart);
    chosen->setName(chosenName);
    chosen->setMarkerSize(11);
    for (const KMeansSolution &s : solutions) {
        line->append(s.k, s.*figure);
        if (s.k == chosenK)
            chosen->append(s.k, s.*figure);
    }
    line->setPointsVisible(true);
    chart->addSeries(line);
    chart->addSeries(chosen);
    auto *x = new QValueAxis(chart);
    x->setTitleText(QCoreApplication::translate("Segmenta::ClustersPage", "Number of clusters (k)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    if (!solutions.empty()) {
        x->setRange(solutions.front().k - 0.5, solutions.back().k + 0.5);
        x->setTickCount(int(solutions.size()) + 1);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(solutions.front().k);
        x->setTickInterval(1);
    }
    auto *y = new QValueAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    y->applyNiceNumbers();
    QObject::connect(line, &QLineSeries::hovered, line, [yTitle](const QPointF &p, bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(), QStringLiteral("k = %1: %2 %3")
                                                   .arg(qRound(p.x()))
                                                   .arg(yTitle, QLocale().toString(p.y(), 'g', 4)));
        else
            QToolTip::hideText();
    });
    return chart;
}

} // namespace

ClustersPage::ClustersPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("The clusters are computed with the analysis."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *charts = new QSplitter(Qt::Horizontal, vertical);
    m_scatter = newChartView();
    m_scatter->setObjectName(QStringLiteral("clusterScatter"));
    m_scatterFrame = new ChartFrame(m_scatter, tr("Clusters"), charts);
    auto *byK = new QSplitter(Qt::Vertical, charts);
    m_elbow = newChartView();
    m_silhouette = newChartView();
    m_elbowFrame = new ChartFrame(m_elbow, tr("Elbow"), byK);
    m_silhouetteFrame = new ChartFrame(m_silhouette, tr("Silhouette"), byK);
    byK->addWidget(m_elbowFrame);
    byK->addWidget(m_silhouetteFrame);
    charts->addWidget(m_scatterFrame);
    charts->addWidget(byK);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    m_profiles = new QTableWidget(vertical);
    m_profiles->setObjectName(QStringLiteral("clusterProfiles"));
    m_profiles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profiles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profiles->verticalHeader()->hide();
    m_profiles->setToolTip(tr("Double-click a cluster to see its customers."));
    connect(m_profiles, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showCluster(row); });
    vertical->addWidget(charts);
    vertical->addWidget(m_profiles);
    // The profile table holds a row per cluster (2 to 10): the charts take most of the height.
    vertical->setStretchFactor(0, 5);
    vertical->setStretchFactor(1, 1);
    // Groups on the attributes the manager chooses, beside the value clusters (docs/clusters.md),
    // on a tab of their own: sharing the height left the elbow and silhouette charts too small
    // to label on a laptop screen.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("clusterTabs"));
    tabs->setDocumentMode(true); // no frame: the charts have their own
    tabs->addTab(vertical, tr("Value Clusters"));
    m_attributeGroups = new AttributeGroupsPanel(session, tabs);
    connect(m_attributeGroups, &AttributeGroupsPanel::segmentMade, this, &ClustersPage::segmentRequested);
    tabs->addTab(m_attributeGroups, tr("Groups on Chosen Attributes"));
    layout->addWidget(tabs, 1);

    m_draw = new LazyRefresh(this, [this] {
        showProjection();
        showProfiles();
        Q_EMIT projectionReady();
    });
    auto *refresh = new LazyRefresh(this, [this] { analysisChanged(); });
    connect(m_session, &ProjectSession::analysisChanged, refresh, &LazyRefresh::request);
    connect(&m_watcher, &QFutureWatcher<ClusterProjection>::finished, this, [this] {
        m_computing = false;
        if (m_watcher.future().isValid() && m_watcher.future().resultCount() > 0)
            m_projection = std::make_unique<ClusterProjection>(m_watcher.result());
        // A newer analysis arrived while this one was computed: compute for it.
        if (m_analysis != m_session->analysis()) {
            analysisChanged();
            return;
        }
        // A projection finished after the user left the page is drawn when they come back.
        m_draw->request();
    });
}

ClustersPage::~ClustersPage()
{
    m_watcher.waitForFinished();
}

QList<ChartFrame *> ClustersPage::charts() const
{
    return {m_scatterFrame, m_elbowFrame, m_silhouetteFrame};
}

QColor ClustersPage::clusterColour(int cluster)
{
    // Distinct in light and dark palettes and for the common colour blindness (Okabe–Ito).
    static const QRgb colours[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                   0x56B4E9, 0xD55E00, 0xF0E442, 0x000000};
    const QRgb colour = colours[cluster % int(std::size(colours))];
    // Okabe–Ito's black would vanish on a dark chart: its light grey counterpart there.
    if (colour == 0x000000 && ChartStyle::isDark(QPalette()))
        return QColor(0xd0, 0xd0, 0xd0);
    return QColor(colour);
}

void ClustersPage::analysisChanged()
{
    if (m_watcher.isRunning())
        return; // the finished handler comes back here
    m_analysis = m_session->analysis();
    m_projection.reset();
    showByK();
    showProjection();
    showProfiles();
    if (!m_analysis || !m_analysis->clusters)
        return;
    const auto analysis = m_analysis;
    m_computing = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [analysis] {
        lowerWorkerThreadPriority();
        return ClusterProjection::compute(*analysis);
    }));
}

void ClustersPage::showByK()
{
    const auto &a = m_analysis;
    if (!a || !a->clusters) {
        ChartStyle::replaceChart(m_elbow, ChartStyle::newChart(this));
        ChartStyle::replaceChart(m_silhouette, ChartStyle::newChart(this));
        m_summary->setText(a ? messageText(a->clustersUnavailable).toHtmlEscaped()
                             : tr("The clusters are computed with the analysis."));
        return;
    }
    const KMeansClustering &c = *a->clusters;
    const QString chosen = tr("Chosen: k = %1").arg(c.suggestedK);
    ChartStyle::replaceChart(m_elbow, byKChart(tr("Elbow: the spread left within the clusters"),
                                   tr("Within-cluster sum of squares"), c.solutions,
                                   &KMeansSolution::withinSS, c.suggestedK, chosen));
    ChartStyle::replaceChart(m_silhouette, byKChart(tr("Silhouette: how well the clusters separate"),
                                        tr("Mean silhouette"), c.solutions,
                                        &KMeansSolution::silhouette, c.suggestedK, chosen));
    const KMeansSolution *s = c.suggested();
    // k is at least 2, so the English plural is always right.
    QString text = tr("<b>%1 clusters</b> of buyers by log recency, frequency and monetary "
                      "value; k chosen by the largest mean silhouette (%2).")
                       .arg(c.suggestedK)
                       .arg(QLocale().toString(s ? s->silhouette : 0, 'f', 2));
    for (const Message &note : c.notes)
        text += QStringLiteral(" ") + messageText(note).toHtmlEscaped();
    m_summary->setText(text);
}

void ClustersPage::showProjection()
{
    auto *chart = ChartStyle::newChart(this);
    chart->setTitle(tr("Clusters on the first two principal components"));
    chart->legend()->setAlignment(Qt::AlignRight);
    if (!m_projection) {
        ChartStyle::replaceChart(m_scatter, chart);
        return;
    }
    const ClusterProjection &p = *m_projection;
    if (!p.error.isEmpty()) {
        chart->setTitle(messageText(p.error));
        ChartStyle::replaceChart(m_scatter, chart);
        return;
    }
    if (p.drawn < p.clustered)
        chart->setTitle(tr("Clusters on the first two principal components (a sample of %L1 of "
                           "%L2 customers)")
                            .arg(p.drawn)
                            .arg(p.clustered));
    // What the components stand for goes into the title, which wraps; the axis titles stay
    // short enough to fit beside their ticks (docs/user/pages.md, "Clusters").
    chart->setTitle(tr("%1. PC1 is mostly %2; PC2 mostly %3.")
                        .arg(chart->title(), TermNames::features(p.axisFeatures[0]),
                             TermNames::features(p.axisFeatures[1])));
    for (size_t c = 0; c < p.points.size(); ++c) {
        auto *series = new QScatterSeries(chart);
        series->setName(tr("Cluster %1").arg(c + 1));
        series->setMarkerSize(6);
        series->setColor(clusterColour(int(c)));
        series->setBorderColor(Qt::transparent);
        series->replace(QList<QPointF>(p.points[c].begin(), p.points[c].end()));
        chart->addSeries(series);
        const QString name = series->name();
        connect(series, &QScatterSeries::hovered, m_scatter, [this, name](const QPointF &pt, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1<br>PC1 %2, PC2 %3<br>Click its legend entry to see its customers.")
                                   .arg(name, QLocale().toString(pt.x(), 'f', 2),
                                        QLocale().toString(pt.y(), 'f', 2)),
                               m_scatter);
        });
    }
    // The axes span every cluster's points (a fresh axis would take only the first series').
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    for (const auto &cluster : p.points)
        for (const QPointF &pt : cluster) {
            x0 = std::min(x0, pt.x());
            x1 = std::max(x1, pt.x());
            y0 = std::min(y0, pt.y());
            y1 = std::max(y1, pt.y());
        }
    auto *x = new QValueAxis(chart);
    auto *y = new QValueAxis(chart);
    x->setRange(x0 - 0.03 * (x1 - x0), x1 + 0.03 * (x1 - x0));
    y->setRange(y0 - 0.03 * (y1 - y0), y1 + 0.03 * (y1 - y0));
    x->setLabelFormat(QStringLiteral("%.1f"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    const QLocale locale;
    x->setTitleText(tr("%1: %2 % of the variance")
                        .arg(QStringLiteral("PC1"), locale.toString(p.explained[0] * 100, 'f', 0)));
    y->setTitleText(tr("%1: %2 % of the variance")
                        .arg(QStringLiteral("PC2"), locale.toString(p.explained[1] * 100, 'f', 0)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (int c = 0; c < series.size(); ++c)
        for (QLegendMarker *marker : chart->legend()->markers(series[c]))
            connect(marker, &QLegendMarker::clicked, this, [this, c] { showCluster(c); });
    ChartStyle::replaceChart(m_scatter, chart);
}

void ClustersPage::showProfiles()
{
    m_profiles->clear();
    m_profiles->setRowCount(0);
    m_profiles->setColumnCount(7);
    m_profiles->setHorizontalHeaderLabels(
        {tr("Cluster"), tr("Customers"), tr("Share"), tr("Mean recency (days)"),
         tr("Mean frequency (orders)"), tr("Mean monetary value"), tr("Share of revenue")});
    if (!m_projection)
        return;
    const QLocale locale;
    const auto &profiles = m_projection->profiles;
    m_profiles->setRowCount(int(profiles.size()));
    for (int c = 0; c < int(profiles.size()); ++c) {
        const ClusterProjection::Profile &p = profiles[size_t(c)];
        const QStringList cells{tr("Cluster %1").arg(c + 1),
                                locale.toString(p.customers),
                                NumberFormat::percent(p.share, 1, locale),
                                locale.toString(p.meanRecency, 'f', 0),
                                locale.toString(p.meanFrequency, 'f', 1),
                                NumberFormat::money(p.meanMonetary, NumberFormat::currency(m_session->settings(), locale), locale),
                                NumberFormat::percent(p.revenueShare, 1, locale)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 0)
                item->setIcon([c] {
                    QPixmap swatch(12, 12);
                    swatch.fill(clusterColour(c));
                    return QIcon(swatch);
                }());
            else
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_profiles->setItem(c, column, item);
        }
    }
    m_profiles->resizeColumnsToContents();
    // Every cluster's row visible without scrolling (up to the few clusters a manager reads).
    int height = m_profiles->horizontalHeader()->sizeHint().height() + 2 * m_profiles->frameWidth() + 2;
    for (int row = 0; row < m_profiles->rowCount(); ++row)
        height += m_profiles->rowHeight(row);
    m_profiles->setMinimumHeight(std::min(height, 260));
}

CustomerListDialog *ClustersPage::showCluster(int cluster)
{
    const auto analysis = m_session->analysis();
    if (!analysis || cluster < 0)
        return nullptr;
    std::vector<qint32> rows;
    for (size_t row = 0; row < analysis->clusterLabels.size(); ++row)
        if (analysis->clusterLabels[row] == cluster)
            rows.push_back(qint32(row));
    // Best customers first.
    std::stable_sort(rows.begin(), rows.end(), [&analysis](qint32 a, qint32 b) {
        return analysis->value[size_t(a)] > analysis->value[size_t(b)];
    });
    return CustomerListDialog::show(m_session, std::move(rows),
                                    tr("Cluster %1").arg(cluster + 1), this);
}

} // namespace Segmenta
