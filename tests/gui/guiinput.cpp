// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiinput.h"

#include "barchart.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTest>

namespace Segmenta::Test {

namespace {

double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            ink += qRed(p) < 240 || qGreen(p) < 240 || qBlue(p) < 240; // JPEG noise stays above
        }
    return image.isNull() ? 0 : double(ink) / double(qint64(image.width()) * image.height());
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

QPoint barCentre(BarChart *chart, int index)
{
    QChart *c = chart->chart();
    const auto series = c->series();
    if (series.isEmpty())
        return {};
    const qsizetype n = chart->bars().size();
    // BarChart draws the first bar at the top, i.e. in Qt's last category; a horizontal
    // series maps (value, category).
    const QPointF inChart =
        c->mapToPosition(QPointF(chart->bars()[index].value / 2, double(n - 1 - index)),
                         series.first());
    return chart->mapFromScene(c->mapToScene(inChart));
}

void clickBar(BarChart *chart, int index)
{
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barCentre(chart, index));
}

bool clickMenuItem(QMainWindow *window, const QString &menuText, const QString &itemText)
{
    QMenuBar *bar = window->menuBar();
    QAction *title = nullptr;
    for (QAction *action : bar->actions())
        if (action->menu() && withoutMnemonic(action->text()).contains(menuText))
            title = action;
    if (!title)
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(title).center());
    QMenu *menu = nullptr;
    if (!QTest::qWaitFor([&] {
            return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr;
        }))
        return false;
    for (QAction *action : menu->actions())
        if (withoutMnemonic(action->text()).contains(itemText)) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    menu->close();
    return false;
}

bool clickNavigation(QWidget *window, const QString &page)
{
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; navigation && row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() == page) {
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(item).center());
            return navigation->currentItem() == item;
        }
    }
    return false;
}

bool pressMenuItem(QWidget *window, Qt::Key menuKey, Qt::Key itemKey)
{
    QTest::keyClick(window, menuKey, Qt::AltModifier);
    QMenu *menu = nullptr;
    if (!QTest::qWaitFor([&] {
            return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr;
        }))
        return false;
    QTest::keyClick(menu, itemKey);
    return true;
}

bool activate(QWidget *window)
{
    return QTest::qWaitFor([window] {
        if (QApplication::activeWindow() == window)
            return true;
        window->activateWindow();
        return false;
    });
}

QLineEdit *typeInto(QWidget *window, Qt::Key mnemonic, const QString &text)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, mnemonic,
                    Qt::AltModifier);
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!edit || edit->window() != window)
        return nullptr;
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    return edit;
}

FileDialogTyper::FileDialogTyper(const QString &path) : m_path(path)
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                            : nullptr;
        if (!name)
            return;
        m_typed = true;
        m_timer.stop();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClicks(name, m_path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    m_timer.start();
}

QList<double> figureInk(const QString &pdf, const QString &folder)
{
    QDir().mkpath(folder);
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-png"), pdf, folder + QStringLiteral("/f")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QList<double> shares;
    const QStringList files = QDir(folder).entryList({QStringLiteral("f-*.png")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        shares << inkShare(QImage(QDir(folder).filePath(file)));
    return shares;
}

} // namespace Segmenta::Test
