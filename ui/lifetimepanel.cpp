// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifetimepanel.h"

#include "chartframe.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "customerrows.h"
#include "heatmapjob.h"
#include "heatmapwidget.h"
#include "messagetext.h"
#include "numberformat.h"
#include "projectsession.h"

#include <QLocale>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

// Lower bounds of the frequency rows: one row per repeat purchase count while they are few,
// then wider bands, so that the heavy buyers do not stretch the matrix.
const qint32 kFrequencyBounds[] = {0, 1, 2, 3, 4, 5, 6, 8, 11, 16, 26, 51, 101};
const int kRecencyColumns = 8;

} // namespace

LifetimePanel::LifetimePanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_parameters = new QLabel(this);
    m_parameters->setObjectName(QStringLiteral("lifetimeParameters"));
    m_parameters->setWordWrap(true);
    m_parameters->setTextFormat(Qt::RichText);
    layout->addWidget(m_parameters);
    auto *charts = new QHBoxLayout;
    m_alive = new HeatmapWidget(this);
    m_alive->setObjectName(QStringLiteral("aliveMatrix"));
    m_purchases = new HeatmapWidget(this);
    m_heatmapJob = new HeatmapJob(this);
    m_purchases->setObjectName(QStringLiteral("purchasesMatrix"));
    m_aliveFrame = new ChartFrame(m_alive, tr("Probability alive matrix"), this);
    m_purchasesFrame = new ChartFrame(m_purchases, tr("Expected purchases matrix"), this);
    charts->addWidget(m_aliveFrame, 1);
    charts->addWidget(m_purchasesFrame, 1);
    layout->addLayout(charts, 1);
    connect(m_alive, &HeatmapWidget::cellClicked, this,
            [this](int row, int column) { showCell(m_alive, row, column); });
    connect(m_purchases, &HeatmapWidget::cellClicked, this,
            [this](int row, int column) { showCell(m_purchases, row, column); });
}

QList<ChartFrame *> LifetimePanel::charts() const
{
    return {m_aliveFrame, m_purchasesFrame};
}

QString LifetimePanel::unitName(TimeUnit unit)
{
    return unit == TimeUnit::Day ? tr("days") : unit == TimeUnit::Week ? tr("weeks") : tr("months");
}

void LifetimePanel::setAnalysis(std::shared_ptr<const CustomerAnalysis> analysis)
{
    m_heatmapJob->clear(); // matrices under way are of the previous analysis
    const CustomerAnalysis *a = analysis.get();
    m_alive->setData({});
    m_purchases->setData({});
    if (!a) {
        m_parameters->clear();
        return;
    }
    if (!a->lifetime) {
        m_parameters->setText(tr("<b>Lifetime value could not be computed.</b> %1")
                                  .arg(messageText(a->lifetimeError).toHtmlEscaped()));
        return;
    }
    const LifetimeResult &life = *a->lifetime;
    const QLocale locale;
    const auto number = [&locale](double x) { return NumberFormat::significant(x, 3, locale); };
    const QString unit = unitName(life.data.unit);
    const BgNbdModel::Fit &purchases = life.purchases;
    const BgNbdModel::Parameters &bg = purchases.parameters;
    // The symbols are the papers' (docs/domain.md); beside them, what they mean for a manager:
    // the mean purchase rate r/α and the mean chance a/(a+b) of dropping out after a purchase.
    QString text = tr("<b>Purchase model (BG/NBD)</b>, time in %1: r = %2 and α = %3 say how often "
                      "active customers buy (on average %4 purchases per %5); a = %6 and b = %7 "
                      "how soon they stop (after each purchase %8 of customers stop buying); ")
                       .arg(unit, number(bg.r), number(bg.alpha),
                            number(bg.alpha > 0 ? bg.r / bg.alpha : 0), life.data.unit == TimeUnit::Day    ? tr("day")
                            : life.data.unit == TimeUnit::Week ? tr("week")
                                                               : tr("month"),
                            number(bg.a), number(bg.b),
                            NumberFormat::percent(bg.a + bg.b > 0 ? bg.a / (bg.a + bg.b) : 0, 1, locale));
    text += purchases.converged
                ? tr("the fit converged on %L1 customers, %L2 of whom bought again.")
                      .arg(purchases.customers)
                      .arg(purchases.repeatBuyers)
                : tr("<b>the fit did not converge</b>: %1")
                      .arg(messageText(purchases.reason).toHtmlEscaped());
    const GammaGammaModel::Fit &spend = life.spend;
    const GammaGammaModel::Parameters &gg = spend.parameters;
    text += QStringLiteral("<br>")
            + tr("<b>Spend model (Gamma-Gamma)</b>: p = %1 says how much one customer's orders "
                 "vary around their own average, q = %2 and γ = %3 how much those averages differ "
                 "between customers (an average order of about %4); ")
                  .arg(number(gg.p), number(gg.q), number(gg.gamma),
                       gg.q > 1 ? NumberFormat::money(gg.p * gg.gamma / (gg.q - 1),
                                                      NumberFormat::currency(m_session->settings(), locale), locale, 2)
                                : QStringLiteral("–"));
    text += spend.converged ? tr("the fit converged on %L1 repeat buyers.").arg(spend.customers)
                            : tr("<b>the fit did not converge</b>: %1")
                                  .arg(messageText(spend.reason).toHtmlEscaped());
    text += QStringLiteral("<br>")
            + tr("Forecasts cover the next %1 %2. P(alive) is the probability that a customer "
                 "still buys from you; customers top right in the matrices bought often and "
                 "recently.")
                  .arg(locale.toString(life.horizon, 'g', 4), unit);
    for (const Message &note : life.notes)
        text += QStringLiteral("<br>⚠ ") + messageText(note).toHtmlEscaped();
    m_parameters->setText(text);
    if (!life.scored)
        return;

    // Off the GUI thread: the bands and the cells read every customer. The worker keeps the
    // analysis alive.
    m_alive->setComputing(true);
    m_purchases->setComputing(true);
    m_heatmapJob->start([analysis, locale] { return matrices(*analysis->lifetime, locale); },
                        [this, analysis](std::vector<HeatmapData> maps) {
                            showMatrices(*analysis->lifetime, std::move(maps));
                        });
}

std::vector<HeatmapData> LifetimePanel::matrices(const LifetimeResult &life, const QLocale &locale)
{
    const RfmtSummary &d = life.data;
    // Rows: repeat purchases x, most at the top; columns: t_x (time of the last purchase since
    // the first) in equal bands up to the longest observed customer age T.
    qint32 maxX = 0;
    double maxT = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        if (!d.hasPurchases(i))
            continue;
        maxX = std::max(maxX, d.frequency[size_t(i)]);
        maxT = std::max(maxT, d.age[size_t(i)]);
    }
    std::vector<qint32> bounds;
    for (qint32 b : kFrequencyBounds)
        if (b <= maxX)
            bounds.push_back(b);
    const int rows = int(bounds.size());
    QStringList rowLabels;
    for (int k = rows - 1; k >= 0; --k) {
        const qint32 low = bounds[size_t(k)];
        const qint32 high = k + 1 < rows ? bounds[size_t(k + 1)] - 1 : maxX;
        rowLabels.append(low == high ? locale.toString(low)
                                     : QStringLiteral("%1–%2").arg(locale.toString(low), locale.toString(high)));
    }
    const double width = maxT > 0 ? maxT / kRecencyColumns : 1;
    QStringList columnLabels;
    for (int c = 0; c < kRecencyColumns; ++c)
        columnLabels.append(QStringLiteral("%1–%2").arg(locale.toString(c * width, 'f', 0),
                                                        locale.toString((c + 1) * width, 'f', 0)));
    HeatmapData alive = HeatmapData::aggregate(
        rowLabels, columnLabels, d.size(),
        [&d, &bounds, rows, width](qsizetype i) {
            if (!d.hasPurchases(i))
                return -1;
            const qint32 x = d.frequency[size_t(i)];
            const int band = int(std::upper_bound(bounds.begin(), bounds.end(), x) - bounds.begin()) - 1;
            const int column = std::clamp(int(d.recency[size_t(i)] / width), 0, kRecencyColumns - 1);
            return (rows - 1 - band) * kRecencyColumns + column;
        },
        {[&life](qsizetype i) { return life.pAlive[size_t(i)]; },
         [&life](qsizetype i) { return life.expectedPurchases[size_t(i)]; }});
    // The same cells, coloured by the second mean.
    HeatmapData expected = alive;
    for (HeatmapData::Cell &cell : expected.cells)
        std::swap(cell.means[0], cell.means[1]);
    std::vector<HeatmapData> maps;
    maps.push_back(std::move(alive));
    maps.push_back(std::move(expected));
    return maps;
}

void LifetimePanel::showMatrices(const LifetimeResult &life, std::vector<HeatmapData> maps)
{
    const QLocale locale;
    const QString unit = unitName(life.data.unit);
    HeatmapData &alive = maps[0];
    HeatmapData &expected = maps[1];
    for (HeatmapData *map : {&alive, &expected}) {
        // Not "recency": on the RFM page that is the days since the last purchase; the model's
        // t_x counts from the first purchase to the last (docs/user/pages.md, "Value & CLV").
        map->rowTitle = tr("Repeat purchases (x)");
        map->columnTitle = tr("Time between first and last purchase, in %1 (t_x)").arg(unit);
    }
    for (int row = 0; row < alive.rows(); ++row) {
        for (int column = 0; column < alive.columns(); ++column) {
            const HeatmapData::Cell &cell = alive.cell(row, column);
            const QString toolTip =
                cell.count == 0
                    ? tr("%1 repeat purchases, %2 %3 between first and last purchase: no customers")
                          .arg(alive.rowLabels[row], alive.columnLabels[column], unit)
                    : tr("%1 repeat purchases, %2 %3 between first and last purchase: %L4 customers\n"
                         "Mean probability alive: %5\n"
                         "Mean expected purchases in the next %6 %3: %7\nClick to see them.")
                          .arg(alive.rowLabels[row], alive.columnLabels[column], unit)
                          .arg(cell.count)
                          .arg(locale.toString(cell.means[0], 'f', 3), locale.toString(life.horizon, 'g', 4),
                               locale.toString(cell.means[1], 'f', 2));
            alive.cell(row, column).toolTip = toolTip;
            expected.cell(row, column).toolTip = toolTip;
        }
    }
    alive.title = tr("Probability alive by repeat purchases and time between first and last purchase");
    alive.legendTitle = tr("Mean P(alive)");
    alive.decimals = 2;
    expected.title = tr("Expected purchases in the next %1 %2").arg(locale.toString(life.horizon, 'g', 4), unit);
    expected.legendTitle = tr("Mean expected purchases");
    expected.decimals = 2;
    m_alive->setData(std::move(alive));
    m_purchases->setData(std::move(expected));
}

void LifetimePanel::showCell(const HeatmapWidget *matrix, int row, int column)
{
    const auto analysis = m_session->analysis();
    if (!analysis || !analysis->lifetime)
        return;
    const HeatmapData &data = matrix->data();
    std::vector<qint32> rows = data.customersIn(row, column);
    // The likeliest buyers first.
    const std::vector<double> &score = analysis->lifetime->purchaseProbability;
    sortByKeyDescending(rows, [&score](size_t i) { return score[i]; });
    CustomerListDialog::show(m_session, std::move(rows),
                             tr("Frequency %1, recency %2").arg(data.rowLabels[row], data.columnLabels[column]),
                             this);
}

} // namespace Segmenta
