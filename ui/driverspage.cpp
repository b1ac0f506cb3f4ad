// SPDX-License-Identifier: GPL-3.0-or-later
#include "driverspage.h"

#include "backgroundtask.h"
#include "chartframe.h"
#include "chartstyle.h"
#include "drivereffectchart.h"
#include "lazyrefresh.h"
#include "messagetext.h"
#include "numberformat.h"
#include "projectsession.h"
#include "termnames.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Segmenta {

namespace {

// The widest the term column of the table gets before its names are cut (tooltip in full).
constexpr int kTermColumnWidth = 110;

// Statistics with a fixed number of significant digits (NumberFormat), the infinite ones as ∞.
QString figure(double v, int precision = 3)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return NumberFormat::significant(v, precision);
}

QString pValueText(double p)
{
    return NumberFormat::pValue(p);
}

} // namespace

DriversPage::DriversPage(ProjectSession *session, BackgroundTask *tasks, QWidget *parent)
    : QWidget(parent), m_session(session), m_tasks(tasks)
{
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildControls());
    auto *results = new QVBoxLayout;
    m_summary = new QLabel(tr("The drivers are fitted when a project is open."), this);
    m_summary->setObjectName(QStringLiteral("driverSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    results->addWidget(m_summary);
    results->addWidget(buildCharts(), 1);
    layout->addLayout(results, 1);
    connectSignals();
}

QWidget *DriversPage::buildControls()
{
    auto *controls = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->addItem(tr("Customer value (linear regression)"), int(DriverOptions::Target::Value));
    m_target->addItem(tr("In the top 20 % by revenue (logistic regression)"),
                      int(DriverOptions::Target::HighValue));
    form->addRow(tr("Explain:"), m_target);
    controls->addLayout(form);
    controls->addWidget(new QLabel(tr("With these customer attributes:"), this));
    m_attributes = new QListWidget(this);
    m_attributes->setObjectName(QStringLiteral("attributes"));
    controls->addWidget(m_attributes, 1);
    m_fit = new QPushButton(tr("Fit"), this);
    m_fit->setObjectName(QStringLiteral("fit"));
    controls->addWidget(m_fit);
    auto *controlBox = new QWidget(this);
    controlBox->setLayout(controls);
    // Narrow, so that at 1024 × 700 the effects chart and the table's t and p columns keep
    // their room (docs/user/pages.md).
    controlBox->setMaximumWidth(210);
    return controlBox;
}

QSplitter *DriversPage::buildCharts()
{
    // The ranked effects get the full height (one bar per term, and terms add up with
    // dummy-coded attributes); the terms and the components share the column beside them.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_effects = new DriverEffectChart;
    m_effectsFrame = new ChartFrame(m_effects, tr("Drivers of value"), splitter);
    auto *side = new QSplitter(Qt::Vertical, splitter);
    m_terms = new QTableWidget(side);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_terms->verticalHeader()->hide();
    m_terms->horizontalHeader()->setStretchLastSection(true);
    m_components = new QChartView;
    m_components->setRenderHint(QPainter::Antialiasing);
    m_components->setMinimumSize(260, 200);
    m_components->setChart(ChartStyle::newChart(this));
    m_componentsFrame = new ChartFrame(m_components, tr("Principal components"), side);
    side->addWidget(m_terms);
    side->addWidget(m_componentsFrame);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    // The effects chart grows with the number of terms; a short window scrolls it.
    auto *effectsScroll = new QScrollArea(splitter);
    effectsScroll->setObjectName(QStringLiteral("effectsScroll"));
    effectsScroll->setWidgetResizable(true);
    effectsScroll->setFrameShape(QFrame::NoFrame);
    // A window narrower than the chart scrolls it rather than cutting it.
    effectsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    effectsScroll->setWidget(m_effectsFrame);
    splitter->addWidget(effectsScroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void DriversPage::connectSignals()
{
    connect(m_fit, &QPushButton::clicked, this, &DriversPage::fit);
    connect(m_session, &ProjectSession::projectChanged, this, &DriversPage::fillAttributes);
    m_draw = new LazyRefresh(this, [this] { showResult(); });
    // Fitted when the page is seen, not for every analysis: on a million customers the fit
    // takes a while and would hold the task runner for pages nobody looks at.
    connect(m_session, &ProjectSession::analysisChanged, this, [this] {
        m_result.reset();
        showResult();
        // Deferred, so that whatever else reacts to the new analysis runs first.
        if (m_session->analysis() && isVisible())
            QTimer::singleShot(0, this, [this] {
                if (!m_result && !m_fitting)
                    fit();
            });
    });
    // A fit asked for while another task ran starts as soon as that task is done.
    connect(m_tasks, &BackgroundTask::finished, this, [this] {
        m_fit->setEnabled(true);
        m_fitting = false;
        if (m_fitWanted)
            QTimer::singleShot(0, this, &DriversPage::fit);
    });
    connect(m_tasks, &BackgroundTask::started, this, [this] { m_fit->setEnabled(false); });
}

QList<ChartFrame *> DriversPage::charts() const
{
    return {m_effectsFrame, m_componentsFrame};
}

void DriversPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitIfNeeded();
}

void DriversPage::fitIfNeeded()
{
    if (m_session->analysis() && !m_result && !m_fitting && !m_fitWanted)
        fit();
}

void DriversPage::setTarget(DriverOptions::Target target)
{
    m_target->setCurrentIndex(m_target->findData(int(target)));
}

void DriversPage::fillAttributes()
{
    m_attributes->clear();
    const auto data = m_session->data();
    if (!data)
        return;
    DriverOptions defaults;
    for (const Column &c : data->customers.columns()) {
        switch (c.role()) {
        case Role::Customer:
        case Role::Name:
        case Role::Phone:
        case Role::Email:
            continue; // identifiers describe no one
        default:
            break;
        }
        auto *item = new QListWidgetItem(c.name(), m_attributes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(DriverAnalysis::usableByDefault(c, defaults.maxLevels) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
}

QStringList DriversPage::checkedAttributes() const
{
    QStringList names;
    for (int i = 0; i < m_attributes->count(); ++i)
        if (m_attributes->item(i)->checkState() == Qt::Checked)
            names << m_attributes->item(i)->text();
    return names;
}

void DriversPage::fit()
{
    const auto data = m_session->data();
    const auto analysis = m_session->analysis();
    m_fitWanted = false;
    if (!data || !analysis)
        return;
    if (m_tasks->isRunning()) {
        m_fitWanted = true;
        return;
    }
    DriverOptions options;
    options.target = DriverOptions::Target(m_target->currentData().toInt());
    options.predictors = checkedAttributes();
    if (options.predictors.isEmpty()) {
        m_summary->setText(tr("Choose at least one attribute."));
        return;
    }
    auto outcome = std::make_shared<std::optional<Result<DriverAnalysis>>>();
    m_summary->setText(tr("Fitting…"));
    m_fitting = true;
    m_tasks->start(
        tr("Fitting the drivers"),
        [data, analysis, options, outcome](TaskControl &control) {
            *outcome = DriverAnalysis::run(*data, analysis->summary, options, &control);
        },
        [this, outcome, analysis] {
            if (m_session->analysis() != analysis || !outcome->has_value())
                return; // the project changed meanwhile
            Result<DriverAnalysis> &r = **outcome;
            if (!r) {
                m_result.reset();
                showResult();
                m_summary->setText(messageText(r.error()).toHtmlEscaped());
                return;
            }
            m_result = std::make_shared<const DriverAnalysis>(r.takeValue());
            // Drawn now if the page is on screen, else when the user comes back to it.
            m_draw->request();
            Q_EMIT fitted();
        });
}

void DriversPage::showResult()
{
    showTerms();
    showComponents();
    if (!m_result) {
        m_effects->clear();
        m_summary->setText(tr("The drivers are fitted when a project is open."));
        return;
    }
    const RegressionResult &r = m_result->regression;
    m_effects->setResult(r);
    const QLocale locale;
    QString text;
    if (r.kind == RegressionKind::Linear)
        text = tr("<b>R² = %1</b> (adjusted %2): the attributes explain %3 % of the differences in "
                  "value between customers. F = %4, p %5.")
                   .arg(figure(r.rSquared, 3), figure(r.adjustedRSquared, 3),
                        locale.toString(r.rSquared * 100, 'f', 1), figure(r.fStatistic),
                        r.fPValue < 0.001 ? pValueText(r.fPValue).toHtmlEscaped()
                                          : QStringLiteral("= ") + pValueText(r.fPValue));
    else
        text = tr("<b>McFadden pseudo-R² = %1</b>; AIC %2; iterations: %3.")
                   .arg(figure(r.mcFaddenRSquared, 3), NumberFormat::fixed(r.aic, 0))
                   .arg(r.iterations);
    text += QStringLiteral(" ")
            + tr("%L1 customers used, %L2 left out for a missing value. Bars are faded where "
                 "p > 0.05 (the effect may be chance).")
                  .arg(r.observations)
                  .arg(r.droppedRows);
    if (!r.warnings.isEmpty()) {
        text += QStringLiteral("<ul style='margin:0'>");
        for (const Message &m : r.warnings)
            text += QStringLiteral("<li>%1</li>").arg(messageText(m).toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    m_summary->setText(text);
}

void DriversPage::showTerms()
{
    m_terms->clear();
    m_terms->setRowCount(0);
    if (!m_result)
        return;
    const RegressionResult &r = m_result->regression;
    const bool logistic = r.kind == RegressionKind::Logistic;
    m_terms->setColumnCount(7);
    // The test statistic and p-value come right after the term: they say whether an effect
    // is to be believed, and must be in view in the narrow pane of a laptop screen
    // (docs/user/pages.md, "Drivers"); the effect itself is also the chart's.
    m_terms->setHorizontalHeaderLabels({tr("Term"),
                                        // Statistical symbols, the same in every language.
                                        logistic ? QStringLiteral("z") : QStringLiteral("t"),
                                        QStringLiteral("p"), tr("Standardised effect"),
                                        tr("Estimate"), tr("Std. error"), tr("VIF")});
    // Intercept first, then the ranking of the chart.
    std::vector<int> order;
    for (size_t i = 0; i < r.terms.size(); ++i)
        if (r.terms[i].isIntercept())
            order.push_back(int(i));
    order.insert(order.end(), r.effectOrder.begin(), r.effectOrder.end());
    m_terms->setRowCount(int(order.size()));
    for (int row = 0; row < int(order.size()); ++row) {
        const RegressionTerm &t = r.terms[size_t(order[size_t(row)])];
        const QStringList cells{TermNames::display(t.name),
                                figure(t.statistic),
                                pValueText(t.pValue),
                                t.isIntercept() ? QString() : figure(t.standardizedEffect),
                                figure(t.coefficient),
                                figure(t.standardError),
                                t.isIntercept() ? QString() : figure(t.vif, 3)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                item->setToolTip(cells[column]); // the column may be too narrow for it
            if (t.pValue > DriverEffectChart::kSignificance)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_terms->setItem(row, column, item);
        }
    }
    m_terms->resizeColumnsToContents();
    // A long term (an attribute's value, "城市=上海") is cut short, not the figures after it.
    m_terms->setColumnWidth(0, std::min(m_terms->columnWidth(0), kTermColumnWidth));
}

void DriversPage::showComponents()
{
    auto *chart = ChartStyle::newChart(this);
    chart->setTitle(tr("Principal components: variance explained"));
    chart->legend()->hide();
    if (m_result && m_result->components) {
        const PrincipalComponents &pca = *m_result->components;
        auto *set = new QBarSet(tr("Variance explained"));
        QStringList names;
        for (int i = 0; i < pca.componentCount(); ++i) {
            set->append(pca.explainedRatio[i] * 100);
            names << QStringLiteral("PC%1").arg(i + 1); // the usual abbreviation, also in Chinese
        }
        auto *series = new QBarSeries(chart);
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis(chart);
        x->append(names);
        auto *y = new QValueAxis(chart);
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%.0f%")); // localized numbers (ChartStyle): "%" is literal
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        const std::shared_ptr<const DriverAnalysis> result = m_result;
        connect(series, &QBarSeries::hovered, m_components, [this, result](bool on, int i, QBarSet *) {
            const PrincipalComponents &p = *result->components;
            if (!on || i < 0 || i >= p.componentCount()) {
                QToolTip::hideText();
                return;
            }
            // The attributes that load most on this component name it.
            QStringList top;
            std::vector<int> order(size_t(p.loadings.rows()));
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&p, i](int a, int b) {
                return std::abs(p.loadings(a, i)) > std::abs(p.loadings(b, i));
            });
            for (size_t k = 0; k < order.size() && k < 3; ++k)
                top << QStringLiteral("%1 (%2)").arg(TermNames::display(p.attributes[order[k]]),
                                                     figure(p.loadings(order[k], i), 2));
            QToolTip::showText(QCursor::pos(),
                               tr("PC%1: %2 % of the variance, %3 % with the ones before<br>"
                                  "mostly %4")
                                   .arg(i + 1)
                                   .arg(QLocale().toString(p.explainedRatio[i] * 100, 'f', 1),
                                        QLocale().toString(p.cumulativeRatio[i] * 100, 'f', 1),
                                        top.join(QStringLiteral(", ")).toHtmlEscaped()),
                               m_components);
        });
    } else if (m_result) {
        chart->setTitle(messageText(m_result->componentsUnavailable));
    }
    ChartStyle::replaceChart(m_components, chart);
}

} // namespace Segmenta
