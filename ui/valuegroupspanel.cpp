// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuegroupspanel.h"

#include "barchart.h"
#include "chartframe.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "customerrows.h"
#include "messagetext.h"
#include "projectsession.h"
#include "numberformat.h"

#include <QLocale>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Segmenta {

ValueGroupsPanel::ValueGroupsPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    auto *grid = new QGridLayout;
    m_groupCustomers = new BarChart(this);
    m_groupCustomers->setObjectName(QStringLiteral("valueGroupChart"));
    m_groupProfit = new BarChart(this);
    m_stages = new BarChart(this);
    m_stages->setObjectName(QStringLiteral("lifecycleChart"));
    m_frames = {new ChartFrame(m_groupCustomers, tr("Value groups by customers"), this),
                new ChartFrame(m_groupProfit, tr("Value groups by profit"), this),
                new ChartFrame(m_stages, tr("Lifecycle stages"), this)};
    grid->addWidget(m_frames[0], 0, 0);
    grid->addWidget(m_frames[1], 0, 1);
    grid->addWidget(m_frames[2], 1, 0, 1, 2);
    layout->addLayout(grid, 1);
    connect(m_groupCustomers, &BarChart::barClicked, this, &ValueGroupsPanel::showGroup);
    connect(m_groupProfit, &BarChart::barClicked, this, &ValueGroupsPanel::showGroup);
    connect(m_stages, &BarChart::barClicked, this, &ValueGroupsPanel::showStage);
}

QList<ChartFrame *> ValueGroupsPanel::charts() const
{
    return m_frames;
}

QString ValueGroupsPanel::groupTitle(int group)
{
    switch (ValueGroup(group)) {
    case ValueGroup::MostValuable:
        return tr("Most valuable");
    case ValueGroup::MostGrowable:
        return tr("Most growable");
    case ValueGroup::Other:
        return tr("Other profitable");
    case ValueGroup::BelowZero:
        break;
    }
    return tr("Below zero");
}

QString ValueGroupsPanel::stageTitle(int stage)
{
    switch (LifecycleStage(stage)) {
    case LifecycleStage::Loyal:
        return tr("Loyal");
    case LifecycleStage::Potential:
        return tr("Potential");
    case LifecycleStage::Marginal:
        return tr("Marginal");
    case LifecycleStage::Churned:
        break;
    }
    return tr("Churned");
}

void ValueGroupsPanel::setAnalysis(const CustomerAnalysis *a)
{
    if (!a) {
        m_summary->clear();
        for (BarChart *chart : {m_groupCustomers, m_groupProfit, m_stages})
            chart->setBars({}, {}, {});
        return;
    }
    const QLocale locale;
    const QString currency = NumberFormat::currency(m_session->settings(), locale);
    const ValueGroups &groups = a->valueGroups;
    QString summary =
        tr("Profit is gross profit minus cost to serve. <b>Most valuable</b>: the top %1 % of "
           "the profitable customers by profit; <b>most growable</b>: the next %2 % with the "
           "largest growth potential (%3); <b>below zero</b>: customers who cost more than they "
           "bring. Total profit %4.")
            .arg(locale.toString(groups.options.mvcShare * 100, 'f', 0),
                 locale.toString(groups.options.mgcShare * 100, 'f', 0),
                 groups.fromPrediction ? tr("predicted lifetime value above present profit")
                                       : tr("from the spending trend"),
                 NumberFormat::money(groups.totalProfit, currency, locale));
    for (const Message &note : groups.notes)
        summary += QStringLiteral("<br>⚠ ") + messageText(note).toHtmlEscaped();
    m_summary->setText(summary);

    QList<BarChart::Bar> customers;
    QList<BarChart::Bar> profit;
    for (int g = 0; g < kValueGroupCount; ++g) {
        const ValueGroups::Group &info = groups.groups[size_t(g)];
        const QString tip = tr("%1: %L2 customers (%3 %), profit %4 (%5 % of the total). "
                               "Click to see them.")
                                .arg(groupTitle(g))
                                .arg(info.customers)
                                .arg(locale.toString(info.customerShare * 100, 'f', 1),
                                     NumberFormat::money(info.profit, currency, locale),
                                     locale.toString(info.profitShare * 100, 'f', 1));
        customers.append({groupTitle(g), double(info.customers), tip});
        profit.append({groupTitle(g), info.profit, tip});
    }
    m_groupCustomers->setBars(tr("Value groups: customers"), tr("Customers"), customers);
    m_groupProfit->setBars(tr("Value groups: profit"), tr("Profit"), profit);

    const LifecycleStages &stages = a->lifecycle;
    const double all = std::max<double>(1, double(a->summary.size()));
    QList<BarChart::Bar> bars;
    for (int s = 0; s < kLifecycleStageCount; ++s)
        bars.append({stageTitle(s), double(stages.counts[size_t(s)]),
                     tr("%1: %L2 customers (%3 %), revenue %4. Click to see them.")
                         .arg(stageTitle(s))
                         .arg(stages.counts[size_t(s)])
                         .arg(locale.toString(100.0 * double(stages.counts[size_t(s)]) / all, 'f', 1),
                              NumberFormat::money(stages.revenue[size_t(s)], currency, locale))});
    m_stages->setBars(stages.usedPAlive ? tr("Lifecycle stages (with the probability alive)")
                                        : tr("Lifecycle stages"),
                      tr("Customers"), bars);
}

void ValueGroupsPanel::showGroup(int group)
{
    const auto analysis = m_session->analysis();
    if (!analysis || group < 0 || group >= kValueGroupCount)
        return;
    const ValueGroups &groups = analysis->valueGroups;
    std::vector<qint32> rows = customerRows(
        qsizetype(groups.group.size()), [&groups, group](size_t i) { return groups.group[i] == group; },
        [&groups](size_t i) { return groups.profit[i]; });
    CustomerListDialog::show(m_session, std::move(rows), groupTitle(group), this);
}

void ValueGroupsPanel::showStage(int stage)
{
    const auto analysis = m_session->analysis();
    if (!analysis || stage < 0 || stage >= kLifecycleStageCount)
        return;
    const auto &stages = analysis->lifecycle.stage;
    std::vector<qint32> rows = customerRows(
        qsizetype(stages.size()), [&stages, stage](size_t i) { return stages[i] == stage; },
        [&analysis](size_t i) { return analysis->value[i]; });
    CustomerListDialog::show(m_session, std::move(rows), stageTitle(stage), this);
}

} // namespace Segmenta
