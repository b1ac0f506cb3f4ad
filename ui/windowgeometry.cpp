// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowgeometry.h"

#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace Segmenta::WindowGeometry {

namespace {

// The window manager's frame is known only after the window is shown: a title bar and thin
// borders are assumed until then.
const QMargins kAssumedFrame(4, 32, 4, 4);

} // namespace

QRect fitted(const QRect &saved, const QSize &preferred, const QRect &available, const QMargins &frame)
{
    if (saved.isValid() && available.contains(saved.marginsAdded(frame)))
        return saved;
    const QSize room = available.marginsRemoved(frame).size();
    const QSize size = preferred.boundedTo(room).expandedTo(QSize(1, 1));
    QRect placed(QPoint(0, 0), size);
    placed.moveCenter(available.marginsRemoved(frame).center());
    return placed;
}

QSize fittedSize(const QWidget *window, const QSize &preferred)
{
    return fitted(QRect(), preferred, window->screen()->availableGeometry(), kAssumedFrame).size();
}

void restore(QWidget *window, const QString &key, const QSize &preferred)
{
    const QSettings settings;
    const QRect saved = settings.value(key + QStringLiteral("/normal")).toRect();
    window->setGeometry(fitted(saved, preferred, window->screen()->availableGeometry(), kAssumedFrame));
    if (settings.value(key + QStringLiteral("/maximized")).toBool())
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

void save(const QWidget *window, const QString &key)
{
    QSettings settings;
    settings.setValue(key + QStringLiteral("/normal"), window->normalGeometry());
    settings.setValue(key + QStringLiteral("/maximized"), window->isMaximized());
}

} // namespace Segmenta::WindowGeometry
