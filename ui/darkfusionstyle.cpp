// SPDX-License-Identifier: GPL-3.0-or-later
#include "darkfusionstyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Segmenta {

DarkFusionStyle::DarkFusionStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

void DarkFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!box && element != PE_IndicatorRadioButton)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, !box);
    QColor outline = option->palette.color(QPalette::PlaceholderText);
    if (!(option->state & State_Enabled))
        outline = option->palette.color(QPalette::Disabled, QPalette::WindowText).darker(130);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    // Fusion's own indicator rectangles (qfusionstyle.cpp), so the outline sits on its edge.
    if (box)
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    else
        painter->drawEllipse(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace Segmenta
