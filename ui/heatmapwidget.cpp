// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapwidget.h"

#include "legendwrap.h"

#include <QLocale>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {
// Viridis: perceptually even and readable for the colour-blind, on light and dark windows.
const QColor kScale[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                         QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                         QColor(0xfd, 0xe7, 0x25)};
const int kScaleStops = 5;
const int kLegendBar = 16;
const double kTitleScale = 1.1;        // the title a little larger than the cells' text
const double kMeanScale = 0.85;        // the mean smaller than the count it explains
const double kLightCell = 0.55;        // above this lightness a cell takes black text
const double kSmallestLabelScale = 0.7; // column labels shrink no further: below it unreadable
}

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
}

QColor HeatmapWidget::colourAt(double position)
{
    const double p = std::clamp(std::isfinite(position) ? position : 0.0, 0.0, 1.0) * (kScaleStops - 1);
    const int i = std::min(int(p), kScaleStops - 2);
    const double t = p - i;
    const QColor &a = kScale[i];
    const QColor &b = kScale[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void HeatmapWidget::setData(HeatmapData data)
{
    m_data = std::move(data);
    m_computing = false;
    m_titleRoom = -1;
    // The scale spans the cells with enough customers to matter: one customer's extreme mean
    // would otherwise darken every other cell. Smaller cells beyond it take the end colour.
    const qint64 enough = std::max<qint64>(1, m_data.totalCount() / 500);
    for (const qint64 minimum : {enough, qint64(1)}) {
        bool first = true;
        for (const HeatmapData::Cell &c : m_data.cells) {
            if (c.count < minimum || c.means.empty() || !std::isfinite(c.means[0]))
                continue;
            m_min = first ? c.means[0] : std::min(m_min, c.means[0]);
            m_max = first ? c.means[0] : std::max(m_max, c.means[0]);
            first = false;
        }
        if (!first)
            break;
        m_min = m_max = 0;
    }
    setCursor(m_data.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void HeatmapWidget::setComputing(bool computing)
{
    m_computing = computing;
    update();
}

double HeatmapWidget::position(double mean) const
{
    return m_max > m_min ? (mean - m_min) / (m_max - m_min) : 0.5;
}

int HeatmapWidget::legendWidth() const
{
    // The colour bar, its end values and its title turned upright beside them.
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const int numbers = std::max(fm.horizontalAdvance(locale.toString(m_max, 'f', m_data.decimals)),
                                 fm.horizontalAdvance(locale.toString(m_min, 'f', m_data.decimals)));
    return kLegendBar + 6 + numbers + 6 + fm.height();
}

QRect HeatmapWidget::legendRect() const
{
    const int width = legendWidth();
    const QRect grid = gridRect();
    return QRect(this->width() - width - 6, grid.top(), width, grid.height());
}

std::pair<int, int> HeatmapWidget::gridColumns() const
{
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (const QString &l : m_data.rowLabels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l));
    const int left = 6 + fm.height() + 6 + labelWidth + 6; // vertical title, labels
    const int right = legendWidth() + 18;
    return {left, std::max(10, width() - left - right)};
}

QRect HeatmapWidget::gridRect() const
{
    const auto [left, gridWidth] = gridColumns();
    const int top = titleHeight() + 6;
    // Column labels and the lines of the column title.
    const QStringList &title = wrapColumnTitle(columnTitleRoom(left, gridWidth));
    const int titleLines = std::max<int>(1, int(title.size()));
    const int bottom = fontMetrics().height() * (1 + titleLines) + 12;
    return QRect(left, top, gridWidth, std::max(10, height() - top - bottom));
}

int HeatmapWidget::columnTitleRoom(int gridLeft, int gridWidth) const
{
    // Below the row labels and the colour bar there is nothing to run into.
    const int centre = gridLeft + gridWidth / 2;
    return std::max(10, 2 * std::min(centre - 6, width() - 6 - centre));
}

const QStringList &HeatmapWidget::wrapColumnTitle(int room) const
{
    if (room != m_titleRoom) {
        m_titleLines = LegendWrap::wrap(m_data.columnTitle, font(), room);
        m_titleRoom = room;
    }
    return m_titleLines;
}

QStringList HeatmapWidget::columnTitleLines() const
{
    const auto [left, gridWidth] = gridColumns();
    return wrapColumnTitle(columnTitleRoom(left, gridWidth));
}

QRect HeatmapWidget::columnTitleRect() const
{
    const QRect grid = gridRect();
    const int room = columnTitleRoom(grid.left(), grid.width());
    const int lines = int(wrapColumnTitle(room).size());
    const int height = fontMetrics().height();
    return QRect(grid.left() + grid.width() / 2 - room / 2, grid.bottom() + 6 + height, room,
                 height * lines + 4);
}

int HeatmapWidget::titleHeight() const
{
    // Up to two lines, kept clear of the export button in the top right corner.
    return fontMetrics().height() * 2 + 8;
}

QRect HeatmapWidget::cellRect(int row, int column) const
{
    if (m_data.isEmpty())
        return {};
    const QRect grid = gridRect();
    const double w = double(grid.width()) / m_data.columns();
    const double h = double(grid.height()) / m_data.rows();
    const int x0 = grid.left() + int(std::lround(column * w));
    const int x1 = grid.left() + int(std::lround((column + 1) * w));
    const int y0 = grid.top() + int(std::lround(row * h));
    const int y1 = grid.top() + int(std::lround((row + 1) * h));
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

QPoint HeatmapWidget::cellAt(const QPoint &point) const
{
    for (int r = 0; r < m_data.rows(); ++r)
        for (int c = 0; c < m_data.columns(); ++c)
            if (cellRect(r, c).contains(point))
                return {c, r};
    return {-1, -1};
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0
        && m_data.cell(cell.y(), cell.x()).count > 0)
        Q_EMIT cellClicked(cell.y(), cell.x());
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        m_titleRoom = -1;
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), m_data.cell(cell.y(), cell.x()).toolTip, this,
                               cellRect(cell.y(), cell.x()));
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintTitle(p);
    p.setFont(font());
    if (m_data.isEmpty()) {
        if (m_computing)
            p.drawText(rect(), Qt::AlignCenter, tr("Working…"));
        return;
    }
    paintCells(p);
    p.setPen(palette().color(QPalette::WindowText));
    paintAxes(p);
    paintLegend(p);
}

void HeatmapWidget::paintTitle(QPainter &p) const
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * kTitleScale);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::WindowText));
    // ChartFrame's button; its English label is the widest of the languages.
    const int margin = fontMetrics().horizontalAdvance(QStringLiteral("Export...")) + 24;
    p.drawText(QRect(margin, 4, std::max(10, width() - 2 * margin), titleHeight()),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_data.title);
}

void HeatmapWidget::paintCells(QPainter &p) const
{
    const QLocale locale;
    const QFontMetrics fm = fontMetrics();
    QFont countFont = font();
    countFont.setBold(true);
    QFont meanFont = font();
    meanFont.setPointSizeF(font().pointSizeF() * kMeanScale);
    for (int r = 0; r < m_data.rows(); ++r) {
        for (int c = 0; c < m_data.columns(); ++c) {
            const HeatmapData::Cell &cell = m_data.cell(r, c);
            const QRect rect = cellRect(r, c).adjusted(1, 1, -1, -1);
            const bool empty = cell.count == 0 || cell.means.empty() || !std::isfinite(cell.means[0]);
            const QColor fill = empty ? palette().color(QPalette::AlternateBase)
                                      : colourAt(position(cell.means[0]));
            p.fillRect(rect, fill);
            // Black or white text, whichever stands out on this cell.
            p.setPen(empty ? palette().color(QPalette::PlaceholderText)
                           : (fill.lightnessF() > kLightCell ? Qt::black : Qt::white));
            if (cell.count == 0) {
                p.drawText(rect, Qt::AlignCenter, QStringLiteral("–"));
                continue;
            }
            const QString count = locale.toString(cell.count);
            const QString mean = empty ? QString() : locale.toString(cell.means[0], 'f', m_data.decimals);
            const bool twoLines = rect.height() >= fm.height() * 2 + 4
                                  && rect.width() > fm.horizontalAdvance(mean) + 4 && !mean.isEmpty();
            p.setFont(countFont);
            if (twoLines) {
                const QRect upper(rect.left(), rect.top(), rect.width(), rect.height() / 2);
                const QRect lower(rect.left(), rect.center().y(), rect.width(), rect.height() / 2);
                p.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, count);
                p.setFont(meanFont);
                p.drawText(lower, Qt::AlignHCenter | Qt::AlignTop, mean);
            } else {
                p.drawText(rect, Qt::AlignCenter, count);
            }
            p.setFont(font());
        }
    }
}

void HeatmapWidget::paintAxes(QPainter &p) const
{
    const QFontMetrics fm = fontMetrics();
    const QRect grid = gridRect();
    for (int r = 0; r < m_data.rows(); ++r) {
        const QRect cell = cellRect(r, 0);
        p.drawText(QRect(0, cell.top(), grid.left() - 6, cell.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_data.rowLabels.at(r));
    }
    // Column labels shrink (down to kSmallestLabelScale) rather than run into each other.
    int widest = 1;
    for (const QString &l : m_data.columnLabels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    const double room = double(grid.width()) / m_data.columns() - 6;
    double scale = 1.0;
    if (widest > room) {
        scale = std::max(kSmallestLabelScale, room / widest);
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * scale);
        p.setFont(small);
    }
    // Still too wide at the smallest size (a laptop screen): every second (third…) label,
    // centred on its column, instead of labels cut into each other.
    const int step = std::max(1, int(std::ceil(widest * scale / std::max(1.0, room + 6))));
    for (int c = 0; c < m_data.columns(); c += step) {
        const QRect cell = cellRect(0, c);
        const int half = cell.width() * step / 2;
        p.drawText(QRect(cell.center().x() - half, grid.bottom() + 4, 2 * half, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, m_data.columnLabels.at(c));
    }
    p.setFont(font());
    const QRect titleRect = columnTitleRect();
    const QStringList titleLines = columnTitleLines();
    for (int line = 0; line < titleLines.size(); ++line)
        p.drawText(QRect(titleRect.left(), titleRect.top() + fm.height() * line, titleRect.width(),
                         fm.height() + 4),
                   Qt::AlignHCenter | Qt::AlignTop, titleLines.at(line));
    p.save();
    p.translate(6, grid.center().y());
    p.rotate(-90);
    p.drawText(QRect(-grid.height() / 2, 0, grid.height(), fm.height() + 2),
               Qt::AlignHCenter | Qt::AlignTop, m_data.rowTitle);
    p.restore();
}

void HeatmapWidget::paintLegend(QPainter &p) const
{
    // The colour bar: highest mean at the top.
    const QLocale locale;
    const QFontMetrics fm = fontMetrics();
    const QRect legend = legendRect();
    const QRect bar(legend.left(), legend.top(), kLegendBar, legend.height());
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i < kScaleStops; ++i)
        gradient.setColorAt(double(i) / (kScaleStops - 1), kScale[i]);
    p.fillRect(bar, gradient);
    p.drawText(QRect(bar.right() + 4, bar.top(), legend.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignTop, locale.toString(m_max, 'f', m_data.decimals));
    p.drawText(QRect(bar.right() + 4, bar.bottom() - fm.height(), legend.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignBottom, locale.toString(m_min, 'f', m_data.decimals));
    p.save();
    p.translate(legend.right() - fm.height(), legend.center().y());
    p.rotate(-90);
    p.drawText(QRect(-legend.height() / 2, 0, legend.height(), fm.height()),
               Qt::AlignCenter, m_data.legendTitle);
    p.restore();
}

} // namespace Segmenta
