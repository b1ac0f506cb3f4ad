// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Segmenta {

// Writes what a chart widget shows to a file, by the file's extension: .png (at twice the
// screen resolution, for slides), .svg (vector) or .pdf (vector, one page). Works for Qt
// Charts views and for widgets that paint themselves. Returns an error sentence, empty on
// success. The file is written beside the target and renamed over it, so an existing picture
// is never left half-written.
namespace ChartExport {

QString save(QWidget *chart, const QString &path, const QString &title = {});
// "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)", translated.
QString fileFilter();

} // namespace ChartExport

} // namespace Segmenta
