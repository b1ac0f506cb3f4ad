// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;

namespace Segmenta {

class ChartFrame;
class ColumnProfile;

// The profile of the selected column beside a table: missing values, range or distinct
// values, and a histogram (numbers, dates) or the most frequent values (text) as bars.
class ColumnProfileView : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnProfileView(QWidget *parent = nullptr);

    void showProfile(const QString &columnName, const ColumnProfile &profile);
    void clear(const QString &message);
    ChartFrame *chartFrame() const { return m_frame; }
    // The bars shown: one per histogram bin or top value; for tests.
    QList<qreal> barValues() const { return m_values; }
    // Text: the rows whose values are not among the bars.
    qint64 otherRows() const { return m_other; }

private:
    // Top values are cut to this many characters: ids and long names would squeeze the bars.
    static constexpr int kLabelCharacters = 24;

    // The steps of showProfile; the chart builders return the bars' categories.
    QString summaryText(const QString &name, const ColumnProfile &p) const;
    QStringList addTopValues(QChart *chart, QBarSet *set, const ColumnProfile &p) const;
    QStringList addHistogram(QChart *chart, QBarSet *set, const ColumnProfile &p) const;
    // An axis of values (dates) over the histogram's bins, for their labels; null without bins.
    static QAbstractAxis *binRangeAxis(QChart *chart, const ColumnProfile &p);

    QLabel *m_summary;
    QChartView *m_chart;
    ChartFrame *m_frame;
    QList<qreal> m_values;
    qint64 m_other = 0;
};

} // namespace Segmenta
