// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>
#include <QTimer>

class QLineEdit;
class QMainWindow;
class QMenu;
class QWidget;

namespace Segmenta {
class BarChart;
}

namespace Segmenta::Test {

// What GUI tests share to drive the window as a person does: clicks on what is drawn, menus
// opened with the mouse, modal file dialogs typed into, and the figures of a PDF report.

// Where bar index (in the order given to BarChart::setBars) is drawn, in the view's viewport.
QPoint barCentre(BarChart *chart, int index);
// A left click on that bar.
void clickBar(BarChart *chart, int index);

// Opens the menu whose title contains menuText with a click on the menu bar and clicks its
// item whose text contains itemText (both without '&'). False when either is not there.
bool clickMenuItem(QMainWindow *window, const QString &menuText, const QString &itemText);

// Shows a page of the main window with a click on its entry in the navigation list (the
// entry's Qt::UserRole is the page's name: "overview", "segments", "export"). False when the
// page has no entry.
bool clickNavigation(QWidget *window, const QString &page);

// Opens a menu with Alt+menuKey, as a keyboard user does, and presses itemKey in it (the
// item's mnemonic). False when no menu opened.
bool pressMenuItem(QWidget *window, Qt::Key menuKey, Qt::Key itemKey);

// Activates a newly shown window as a window manager would: the offscreen platform has none
// (the closing menu hands activation back to the main window after a dialog opened). False
// when it does not become active.
bool activate(QWidget *window);

// The line edit Alt+mnemonic reaches in window (through its label's buddy), after typing text
// into it (what was there is replaced); null when the key reaches no line edit of window.
// keyClicks types Latin-1 only.
QLineEdit *typeInto(QWidget *window, Qt::Key mnemonic, const QString &text);

// Types path into the file name field of the next modal QFileDialog, then Return; needs
// Qt::AA_DontUseNativeDialogs. Keeps trying every 50 ms until a dialog is up.
class FileDialogTyper : public QObject
{
public:
    explicit FileDialogTyper(const QString &path);
    bool typed() const { return m_typed; }

private:
    QString m_path;
    QTimer m_timer;
    bool m_typed = false;
};

// The figures of a PDF (in document order, extracted with poppler's pdfimages into folder) as
// their share of non-white pixels. Empty when pdfimages failed.
QList<double> figureInk(const QString &pdf, const QString &folder);

} // namespace Segmenta::Test
