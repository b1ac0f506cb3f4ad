// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>
#include <QRect>

class QWidget;

namespace Segmenta::WindowGeometry {

// Where a top-level window opens: its saved geometry (the client area, not the frame) when
// that, with the frame around it, lies inside the available area of the screen; otherwise the
// preferred size, shrunk to fit with its frame, centred in the available area. A window larger
// than a laptop's screen hides its status bar, and with it progress and Cancel.
QRect fitted(const QRect &saved, const QSize &preferred, const QRect &available, const QMargins &frame);

// The preferred size of a window about to open (a dialog), shrunk to fit the available area of
// its screen with a frame around it.
QSize fittedSize(const QWidget *window, const QSize &preferred);

// Places window (not yet shown) by fitted() from what save() stored under key, on the screen
// the window will open on; maximised again when it was.
void restore(QWidget *window, const QString &key, const QSize &preferred);
// Stores window's normal geometry and whether it is maximised under key.
void save(const QWidget *window, const QString &key);

} // namespace Segmenta::WindowGeometry
