// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectwindow.h"

#include "mainwindow.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

namespace Segmenta::Test {

std::unique_ptr<MainWindow> openProjectCopy(const QString &project, const QString &folder)
{
    static int copies = 0;
    const QString copy = QDir(folder).filePath(
        QStringLiteral("p%1-%2.segmenta").arg(QDateTime::currentMSecsSinceEpoch()).arg(++copies));
    if (!QFile::copy(project, copy))
        return nullptr;
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->openProject(copy);
    return window;
}

} // namespace Segmenta::Test
