// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heatmapdata.h"

#include <QFont>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Segmenta {

// A grid of coloured cells (RFM scores, frequency × recency matrices): each cell shows its
// customers and the mean that colours it, on a colour scale that reads in light and dark
// palettes (the text colour follows the cell's lightness). Hovering shows the cell's tooltip;
// clicking a cell with customers emits cellClicked.
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setData(HeatmapData data);
    const HeatmapData &data() const { return m_data; }
    // While the data is aggregated off the GUI thread the empty grid says so; setData ends it.
    void setComputing(bool computing);
    bool isComputing() const { return m_computing; }
    // Where a cell is painted (empty when there is no data).
    QRect cellRect(int row, int column) const;
    // The title under the columns, on as many lines as its room needs (a narrow window or a
    // long unit would otherwise cut it at both ends), and where they are drawn: centred under
    // the grid, as wide as the widget allows on both sides.
    QStringList columnTitleLines() const;
    QRect columnTitleRect() const;
    // One piece of a cell's text as painted: the count (bold) and, when there is room, the mean
    // below it. The font shrinks (to kSmallestCellScale) and then the count is abbreviated
    // ("12.3k", "1.2万") so that rect, the text's bounding box, stays inside the cell.
    struct CellText
    {
        QString text;
        QFont font;
        QRect rect;
    };
    QList<CellText> cellTexts(int row, int column) const;
    // A count shortened for a small cell in the UI language: 12.3k / 1.2M, or 1.2万 / 3.4亿.
    static QString compactCount(qint64 count);
    // The chart title's lines over the grid: as many as its width needs, up to three; a longer
    // title ends with "…" and its hover shows it whole.
    QStringList titleLines() const;
    // (column, row) of the cell under a point, or (-1, -1).
    QPoint cellAt(const QPoint &point) const;
    // The scale from the lowest (0) to the highest (1) mean.
    static QColor colourAt(double position);

    QSize sizeHint() const override { return {460, 360}; }
    QSize minimumSizeHint() const override { return {320, 260}; }

Q_SIGNALS:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The steps of paintEvent.
    void paintTitle(QPainter &p) const;
    void paintCells(QPainter &p) const;
    void paintAxes(QPainter &p) const;
    void paintLegend(QPainter &p) const;

    QRect gridRect() const;
    // The grid's left edge and width, which do not depend on its height.
    std::pair<int, int> gridColumns() const;
    int columnTitleRoom(int gridLeft, int gridWidth) const;
    const QStringList &wrapColumnTitle(int room) const;
    QRect legendRect() const;
    int legendWidth() const;
    int titleHeight() const;
    QFont titleFont() const;
    QRect titleRect() const;
    // The widest of the title lines' rooms, kept clear of ChartFrame's export button.
    int titleRoom() const;
    double position(double mean) const;

    HeatmapData m_data;
    double m_min = 0;
    double m_max = 0;
    bool m_computing = false;
    // The column title's lines for m_titleRoom (wrapping is asked for by every cellRect).
    mutable QStringList m_titleLines;
    mutable int m_titleRoom = -1;
    // The chart title's lines for m_headRoom.
    mutable QStringList m_headLines;
    mutable int m_headRoom = -1;
};

} // namespace Segmenta
