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
#include <cstdlib>

using namespace Qt::StringLiterals;

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
const double kSmallestCellScale = 0.7;  // nor do the cells' numbers: smaller, they are abbreviated
const double kCellScaleStep = 0.05;
const int kMostTitleLines = 3;          // beyond these the grid would be squeezed too much
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
    m_headRoom = -1;
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

QFont HeatmapWidget::titleFont() const
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * kTitleScale);
    return titleFont;
}

int HeatmapWidget::titleRoom() const
{
    // ChartFrame's button; its English label is the widest of the languages.
    const int margin = fontMetrics().horizontalAdvance(QStringLiteral("Export...")) + 24;
    return std::max(10, width() - 2 * margin);
}

QStringList HeatmapWidget::titleLines() const
{
    const int room = titleRoom();
    if (room == m_headRoom)
        return m_headLines;
    const QFont font = titleFont();
    QStringList lines = LegendWrap::wrap(m_data.title, font, room);
    if (lines.size() > kMostTitleLines) {
        const QString rest = lines.mid(kMostTitleLines - 1).join(u' ');
        lines = lines.mid(0, kMostTitleLines - 1);
        lines << QFontMetrics(font).elidedText(rest, Qt::ElideRight, room);
    }
    m_headLines = lines;
    m_headRoom = room;
    return lines;
}

int HeatmapWidget::titleHeight() const
{
    // At least two lines, so that side-by-side matrices with titles of one and two lines keep
    // their grids level; a third when the width needs it (the English P(alive) title at 1024 px).
    const int lines = std::max<int>(2, int(titleLines().size()));
    return QFontMetrics(titleFont()).height() * lines + 8;
}

QRect HeatmapWidget::titleRect() const
{
    const int room = titleRoom();
    return QRect((width() - room) / 2, 4, room, titleHeight());
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
        m_titleRoom = m_headRoom = -1;
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        const bool titleCut = titleLines().join(u' ') != m_data.title.simplified();
        if (cell.x() < 0 && titleCut && titleRect().contains(help->pos()))
            QToolTip::showText(help->globalPos(), m_data.title, this, titleRect());
        else if (cell.x() < 0)
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
    p.setFont(titleFont());
    p.setPen(palette().color(QPalette::WindowText));
    const QRect room = titleRect();
    const int lineHeight = p.fontMetrics().height();
    const QStringList lines = titleLines();
    for (int line = 0; line < lines.size(); ++line)
        p.drawText(QRect(room.left(), room.top() + lineHeight * line, room.width(), lineHeight),
                   Qt::AlignHCenter | Qt::AlignTop, lines.at(line));
}

void HeatmapWidget::paintCells(QPainter &p) const
{
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
            for (const CellText &text : cellTexts(r, c)) {
                p.setFont(text.font);
                p.drawText(text.rect, Qt::AlignCenter, text.text);
            }
        }
    }
    p.setFont(font());
}

QString HeatmapWidget::compactCount(qint64 count)
{
    const QLocale locale;
    // Chinese counts in 万 (10⁴) and 亿 (10⁸), not in thousands.
    const bool chinese = locale.language() == QLocale::Chinese;
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript;
    const std::pair<double, QString> units[] = {
        {chinese ? 1e4 : 1e3, chinese ? (traditional ? u"萬"_s : u"万"_s) : u"k"_s},
        {chinese ? 1e8 : 1e6, chinese ? (traditional ? u"億"_s : u"亿"_s) : u"M"_s},
        {chinese ? 1e12 : 1e9, chinese ? (traditional ? u"萬億"_s : u"万亿"_s) : u"B"_s}};
    int unit = -1;
    for (int u = 0; u < 3; ++u)
        if (double(std::llabs(count)) >= units[u].first * (u == 0 ? 1.0 : 0.9995))
            unit = u;
    if (unit < 0)
        return locale.toString(count);
    const double value = double(count) / units[unit].first;
    // One decimal while it says something (12.3k), none from a hundred on (123k).
    QString number = locale.toString(value, 'f', std::abs(value) < 99.95 ? 1 : 0);
    const QString zero = locale.decimalPoint() + locale.zeroDigit();
    if (number.endsWith(zero))
        number.chop(zero.size());
    return number + units[unit].second;
}

// Tries the count in full and then abbreviated, each from the normal size down to the smallest,
// and keeps the first that fits: the mean goes under it when there is room for it too.
QList<HeatmapWidget::CellText> HeatmapWidget::cellTexts(int row, int column) const
{
    const HeatmapData::Cell &cell = m_data.cell(row, column);
    const QRect room = cellRect(row, column).adjusted(3, 2, -3, -2);
    if (cell.count == 0) {
        const QString dash = QStringLiteral("–");
        return {{dash, font(), fontMetrics().boundingRect(room, Qt::AlignCenter, dash)}};
    }
    const QLocale locale;
    const bool hasMean = !cell.means.empty() && std::isfinite(cell.means[0]);
    const QString mean = hasMean ? locale.toString(cell.means[0], 'f', m_data.decimals) : QString();
    QFont countFont = font();
    countFont.setBold(true);
    QFont meanFont = font();
    for (const QString &count : {locale.toString(cell.count), compactCount(cell.count)}) {
        for (double scale = 1.0; scale >= kSmallestCellScale - 1e-9; scale -= kCellScaleStep) {
            countFont.setPointSizeF(font().pointSizeF() * scale);
            const QFontMetrics cfm(countFont);
            if (cfm.horizontalAdvance(count) > room.width() || cfm.height() > room.height())
                continue;
            meanFont.setPointSizeF(font().pointSizeF() * kMeanScale * scale);
            const QFontMetrics mfm(meanFont);
            const bool twoLines = hasMean && cfm.height() + mfm.height() <= room.height()
                                  && mfm.horizontalAdvance(mean) <= room.width();
            if (!twoLines)
                return {{count, countFont, cfm.boundingRect(room, Qt::AlignCenter, count)}};
            // The two lines as one block, centred in the cell.
            const int top = room.top() + (room.height() - cfm.height() - mfm.height()) / 2;
            const QRect upper(room.left(), top, room.width(), cfm.height());
            const QRect lower(room.left(), top + cfm.height(), room.width(), mfm.height());
            return {{count, countFont, cfm.boundingRect(upper, Qt::AlignCenter, count)},
                    {mean, meanFont, mfm.boundingRect(lower, Qt::AlignCenter, mean)}};
        }
    }
    // Not even the abbreviation fits (a tiny window): cut it rather than spill into neighbours;
    // the cell's tooltip still gives the count.
    const QFontMetrics cfm(countFont);
    const QString cut = cfm.elidedText(compactCount(cell.count), Qt::ElideRight, room.width());
    return {{cut, countFont, cfm.boundingRect(room, Qt::AlignCenter, cut)}};
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
