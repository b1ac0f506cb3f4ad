// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Segmenta {

class MainWindow;

// macOS opens a document (Finder double-click, "Open With", a drop on the Dock icon) by sending
// the application a QFileOpenEvent instead of passing it on the command line; this forwards
// those to the window. app/gui/main.cpp installs it on the QApplication.
class FileOpenHandler : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenHandler(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
};

} // namespace Segmenta
