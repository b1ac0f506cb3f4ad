// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "chartframe.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "lazyrefresh.h"
#include "messagetext.h"
#include "projectsession.h"
#include "paretochart.h"
#include "pyramidwidget.h"
#include "numberformat.h"

#include <QHBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace Segmenta {

OverviewPage::OverviewPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_figures = new QLabel(tr("The analysis runs when a project is open."), this);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    auto *charts = new QHBoxLayout;
    m_pareto = new ParetoChart(this);
    m_pyramid = new PyramidWidget(this);
    m_paretoFrame = new ChartFrame(m_pareto, tr("80-20 curve"), this);
    m_pyramidFrame = new ChartFrame(m_pyramid, tr("Customer pyramid"), this);
    charts->addWidget(m_paretoFrame, 1);
    charts->addWidget(m_pyramidFrame, 1);
    connect(m_pyramid, &PyramidWidget::layerClicked, this, &OverviewPage::showTier);
    layout->addLayout(charts, 1);
    auto *refresh = new LazyRefresh(this, [this] { setAnalysis(m_session->analysis().get()); });
    connect(session, &ProjectSession::analysisChanged, refresh, &LazyRefresh::request);
}

QList<ChartFrame *> OverviewPage::charts() const
{
    return {m_paretoFrame, m_pyramidFrame};
}

QString OverviewPage::figuresHtml() const
{
    return m_figures->text();
}

void OverviewPage::showTier(int layer)
{
    const auto analysis = m_session->analysis();
    if (!analysis)
        return;
    const auto tier = ValueTier(layer);
    std::vector<qint32> rows;
    for (qsizetype row = 0; row < analysis->summary.size(); ++row)
        if (analysis->pyramid.tierOf(row) == tier)
            rows.push_back(qint32(row));
    // Best customers first.
    std::stable_sort(rows.begin(), rows.end(), [&analysis](qint32 a, qint32 b) {
        return analysis->value[size_t(a)] > analysis->value[size_t(b)];
    });
    CustomerListDialog::show(m_session, std::move(rows),
                             QCoreApplication::translate("Segmenta::Analysis", valueTierTitle(tier)),
                             this);
}

QString OverviewPage::exactTotalsHtml(const CustomerSample &sample, const QString &currency)
{
    const QLocale locale;
    const int top20 = 3; // index of 20 % in CustomerSample::kTopPercents
    return QStringLiteral("<p><i>%1</i></p>").arg(messageText(sample.note()).toHtmlEscaped())
           + tr("<p>Exact over all <b>%L1</b> customers on the server: <b>%L2</b> orders, "
                "revenue <b>%3</b>, Gini <b>%4</b>; the top 20 % bring <b>%5 %</b> of the value; "
                "<b>%L6</b> customers make up 80 % of it.</p>")
                 .arg(sample.population)
                 .arg(sample.orders)
                 .arg(NumberFormat::money(sample.revenue, currency, locale))
                 .arg(locale.toString(sample.gini, 'f', 2))
                 .arg(locale.toString(sample.topShares[top20] * 100, 'f', 1))
                 .arg(sample.customersFor80);
}

void OverviewPage::setAnalysis(const CustomerAnalysis *a)
{
    if (!a) {
        m_figures->setText(tr("The analysis runs when a project is open."));
        return;
    }
    const QLocale locale;
    const int top20 = 3; // index of 20 % in ParetoCurve::kTopPercents
    QString html =
        tr("<p style='font-size:large'><b>%L1</b> customers &nbsp; <b>%L2</b> transactions &nbsp; "
           "revenue <b>%3</b> &nbsp; Gini <b>%4</b></p>"
           "<p>The top 20 % of customers bring <b>%5 %</b> of the value; <b>%L6</b> customers "
           "(%7 %) make up 80 % of it.</p>")
            .arg(a->summary.size())
            .arg(qint64(a->summary.transactionsUsed))
            .arg(NumberFormat::money(a->revenue, NumberFormat::currency(m_session->settings()), locale))
            .arg(locale.toString(a->pareto.gini, 'f', 2))
            .arg(locale.toString(a->pareto.topShares[top20] * 100, 'f', 1))
            .arg(a->pareto.customersFor80)
            .arg(locale.toString(a->pareto.customerShareFor80 * 100, 'f', 1));
    // A warehouse beyond its customer limit sent a sample: the figures above describe the
    // sample, the server's exact totals follow.
    if (const auto data = m_session->data(); data && data->sample)
        html += exactTotalsHtml(*data->sample, NumberFormat::currency(m_session->settings()));
    m_figures->setText(html);
    m_pareto->setCurve(a->pareto);
    m_pyramid->setPyramid(a->pyramid);
}

} // namespace Segmenta
