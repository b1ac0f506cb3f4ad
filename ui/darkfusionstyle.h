// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Segmenta {

// Fusion for the forced dark palette (ColorScheme): Fusion outlines check boxes and radio
// buttons with a darker shade of the window colour, which on a dark palette is as dark as the
// item views behind them, so an unticked box was invisible (the Drivers page's attributes, the
// Export page's columns). This draws a visible outline around them.
class DarkFusionStyle : public QProxyStyle
{
    Q_OBJECT

public:
    DarkFusionStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Segmenta
