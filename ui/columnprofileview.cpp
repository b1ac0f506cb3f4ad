// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnprofileview.h"

#include "chartframe.h"
#include "chartstyle.h"
#include "data/column.h"
#include "data/query/columnprofile.h"

#include <QBarCategoryAxis>
#include <QDateTimeAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Segmenta {

namespace {

QString formatValue(double v, ColumnType type)
{
    const QLocale locale;
    if (type == ColumnType::Date)
        return locale.toString(Column::fromDays(qint32(v)), QLocale::ShortFormat);
    if (std::abs(v) >= 10000)
        return locale.toString(v, 'f', 0);
    return locale.toString(v, 'g', 4);
}

} // namespace

ColumnProfileView::ColumnProfileView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    layout->addWidget(m_summary);
    m_chart = new QChartView(ChartStyle::newChart(this), this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(280, 240);
    m_frame = new ChartFrame(m_chart, tr("Column profile"), this);
    layout->addWidget(m_frame, 1);
    clear(tr("Select a column to see its profile."));
}

void ColumnProfileView::clear(const QString &message)
{
    m_summary->setText(message);
    m_values.clear();
    ChartStyle::replaceChart(m_chart, ChartStyle::newChart(this));
}

void ColumnProfileView::showProfile(const QString &name, const ColumnProfile &p)
{
    m_summary->setText(summaryText(name, p));

    auto *chart = ChartStyle::newChart(this);
    chart->legend()->hide();
    auto *set = new QBarSet(name);
    const QStringList categories = p.type == ColumnType::Text ? addTopValues(chart, set, p)
                                                              : addHistogram(chart, set, p);
    for (QAbstractAxis *axis : chart->axes())
        if (auto *values = qobject_cast<QValueAxis *>(axis);
            values && axis->objectName() != u"binRange") // the bins' range is exact
            values->applyNiceNumbers();
    m_values.clear();
    for (int i = 0; i < set->count(); ++i)
        m_values.append(set->at(i));
    m_other = p.type == ColumnType::Text ? p.otherCount : 0;
    connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %L2 rows").arg(categories.value(index)).arg(qint64(set->at(index))),
                           this);
    });
    ChartStyle::replaceChart(m_chart, chart);
    m_frame->setName(tr("Profile of %1").arg(name));
}

QString ColumnProfileView::summaryText(const QString &name, const ColumnProfile &p) const
{
    QString text = tr("<b>%1</b><br>%L2 rows, %L3 blank").arg(name.toHtmlEscaped()).arg(p.rows).arg(p.missing);
    if (p.type == ColumnType::Text)
        text += tr(", %L1 distinct values").arg(p.distinct);
    else if (p.rows > p.missing)
        text += tr("<br>from %1 to %2, mean %3")
                    .arg(formatValue(p.min, p.type), formatValue(p.max, p.type),
                         p.type == ColumnType::Date ? formatValue(std::round(p.mean), p.type)
                                                    : formatValue(p.mean, p.type));
    // The rest is said in words, not drawn: for names or ids one "other" bar would dwarf
    // every value shown.
    if (p.type == ColumnType::Text && p.otherCount > 0)
        text += tr("<br>%Ln most frequent shown; %L1 rows hold other values", nullptr,
                   int(p.top.size()))
                    .arg(p.otherCount);
    return text;
}

QStringList ColumnProfileView::addTopValues(QChart *chart, QBarSet *set, const ColumnProfile &p) const
{
    QStringList categories;
    // Most frequent at the top: horizontal bars read best with long Chinese labels.
    for (auto it = p.top.rbegin(); it != p.top.rend(); ++it) {
        categories.append(it->text.left(kLabelCharacters));
        *set << qreal(it->count);
    }
    chart->setTitle(tr("Most frequent values"));
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    auto *x = new QValueAxis(chart);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTickCount(4);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return categories;
}

QStringList ColumnProfileView::addHistogram(QChart *chart, QBarSet *set, const ColumnProfile &p) const
{
    QStringList categories;
    for (size_t i = 0; i < p.histogram.size(); ++i) {
        const auto &bin = p.histogram[i];
        const bool overflow = p.hasOverflow && i + 1 == p.histogram.size();
        categories.append(overflow ? QStringLiteral("≥ %1").arg(formatValue(bin.from, p.type))
                                   : formatValue(bin.from, p.type));
        *set << qreal(bin.count);
    }
    chart->setTitle(tr("Distribution"));
    auto *series = new QBarSeries(chart);
    series->setBarWidth(0.95); // bins touch, as a histogram's do
    series->append(set);
    chart->addSeries(series);
    // Twenty bins' own labels in a narrow chart were all cut to "…": the category axis only
    // places the bars, and an axis of values over the same range labels them at a few ticks
    // (docs/user/pages.md, "Data"). The bins' names stay in the bars' tooltips.
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setVisible(false);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (QAbstractAxis *range = binRangeAxis(chart, p))
        chart->addAxis(range, Qt::AlignBottom);
    return categories;
}

QAbstractAxis *ColumnProfileView::binRangeAxis(QChart *chart, const ColumnProfile &p)
{
    if (p.histogram.empty())
        return nullptr;
    // The bins are of equal width and the bars share the axis evenly, so the first bin's
    // width times their number spans the bars (an overflow bin takes one bin's room).
    const double from = p.histogram.front().from;
    const double width = p.histogram.front().to - from;
    const double to = from + width * double(p.histogram.size());
    if (!(width > 0))
        return nullptr;
    if (p.type == ColumnType::Date) {
        auto *axis = new QDateTimeAxis(chart);
        axis->setObjectName(QStringLiteral("binRange"));
        // Year and month: the locale's short date is too wide for a narrow chart's ticks.
        axis->setFormat(QStringLiteral("yyyy-MM"));
        axis->setLabelsAngle(-45);
        axis->setRange(Column::fromDays(qint32(from)).startOfDay(),
                       Column::fromDays(qint32(to)).startOfDay());
        axis->setTickCount(3);
        axis->setGridLineVisible(false);
        return axis;
    }
    auto *axis = new QValueAxis(chart);
    axis->setObjectName(QStringLiteral("binRange"));
    axis->setRange(from, to);
    // Round ticks, two to four of them: a narrow chart has room for no more wide labels.
    const double base = std::pow(10.0, std::floor(std::log10((to - from) / 4)));
    double step = base;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = base * factor;
        if ((to - from) / step <= 4)
            break;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(from / step) * step);
    axis->setTickInterval(step);
    axis->setLabelsAngle(-45); // wide numbers side by side would run into each other
    axis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace Segmenta
