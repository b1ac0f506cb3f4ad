// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopenhandler.h"

#include "mainwindow.h"

#include <QFileOpenEvent>

namespace Segmenta {

FileOpenHandler::FileOpenHandler(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

bool FileOpenHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty()) {
            m_window->openProject(file);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Segmenta
