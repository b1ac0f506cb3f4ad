// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyramidwidget.h"

#include "analysis/measures/customerpyramid.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace Segmenta {

namespace {
// Metal colours, readable on light and dark palettes.
const QColor kColours[] = {QColor(0x8e, 0x9a, 0xaf), QColor(0xd4, 0xa0, 0x17),
                           QColor(0x6d, 0x76, 0x82), QColor(0x4a, 0x50, 0x5c)};
}

PyramidWidget::PyramidWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(320, 260);
    setCursor(Qt::PointingHandCursor);
}

QRectF PyramidWidget::layerRect(int layer) const
{
    // The band of a layer across the whole width (shape and label), as painted below.
    const int titleBottom = 4 + fontMetrics().height() + 4;
    const double top = titleBottom + 8;
    const double layerHeight = (height() - titleBottom - 20) / 4.0;
    return QRectF(0, top + layer * layerHeight, width(), layerHeight);
}

int PyramidWidget::layerAt(const QPoint &point) const
{
    if (!m_hasData)
        return -1;
    for (int i = 0; i < 4; ++i)
        if (layerRect(i).contains(point))
            return i;
    return -1;
}

void PyramidWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int layer = layerAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && layer >= 0)
        Q_EMIT layerClicked(layer);
}

bool PyramidWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int layer = layerAt(help->pos());
        if (layer < 0) {
            QToolTip::hideText();
            return true;
        }
        const Layer &l = m_layers[size_t(layer)];
        QToolTip::showText(help->globalPos(),
                           tr("%1: %L2 customers, %3 % of value. Click to see them.")
                               .arg(l.title)
                               .arg(l.customers)
                               .arg(QLocale().toString(l.valueShare * 100, 'f', 2)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void PyramidWidget::setPyramid(const CustomerPyramid &pyramid)
{
    for (int i = 0; i < 4; ++i) {
        const CustomerPyramid::Tier &t = pyramid.tiers[size_t(i)];
        m_layers[size_t(i)] = Layer{QCoreApplication::translate("Segmenta::Analysis", valueTierTitle(t.tier)),
                                    t.customers, t.valueShare, pyramid.options.percents[size_t(i)]};
    }
    m_hasData = true;
    update();
}

void PyramidWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    p.setFont(titleFont);
    const QRect titleRect(0, 4, width(), p.fontMetrics().height() + 4);
    p.drawText(titleRect, Qt::AlignCenter, tr("Customer pyramid"));
    if (!m_hasData)
        return;
    // Equal-height layers (the customer shares 1/4/15/80 % would make the top invisible);
    // the labels carry the numbers.
    const QRectF area(12, titleRect.bottom() + 8, width() * 0.55, height() - titleRect.bottom() - 20);
    const double layerHeight = area.height() / 4;
    const double centre = area.center().x();
    for (int i = 0; i < 4; ++i) {
        const double top = area.top() + i * layerHeight;
        const double halfTop = area.width() / 2 * (double(i) / 4);
        const double halfBottom = area.width() / 2 * (double(i + 1) / 4);
        QPainterPath path;
        path.moveTo(centre - halfTop, top);
        path.lineTo(centre + halfTop, top);
        path.lineTo(centre + halfBottom, top + layerHeight - 2);
        path.lineTo(centre - halfBottom, top + layerHeight - 2);
        path.closeSubpath();
        p.fillPath(path, kColours[i]);
        const Layer &l = m_layers[size_t(i)];
        p.setPen(palette().color(QPalette::WindowText));
        p.setFont(font());
        const QString share = QLocale().toString(l.customerPercent, 'g', 3);
        const QString position = i == 0   ? tr("top %1 %").arg(share)
                                 : i == 3 ? tr("remaining %1 %").arg(share)
                                          : tr("next %1 %").arg(share);
        const QString label = tr("%1 (%2): %L3 customers, %4 % of value")
                                  .arg(l.title, position)
                                  .arg(l.customers)
                                  .arg(QLocale().toString(l.valueShare * 100, 'f', 1));
        p.drawText(QRectF(area.right() + 12, top, width() - area.right() - 16, layerHeight - 2),
                   Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, label);
    }
}

} // namespace Segmenta
