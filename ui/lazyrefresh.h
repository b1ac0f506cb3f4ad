// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Segmenta {

// Runs a page's refresh now when the page is on screen, else when it is next shown: when a
// million customers' analysis arrives, only the visible page rebuilds its charts on the GUI
// thread (every page doing so stalled it: docs/performance.md, "GUI stall"). Pages create one per
// refresh function and call request() where they used to refresh directly.
class LazyRefresh : public QObject
{
    Q_OBJECT

public:
    LazyRefresh(QWidget *page, std::function<void()> refresh);

    void request();
    bool isPending() const { return m_pending; }
    // Runs every pending refresh under root now (e.g. before the workshop report draws the
    // charts of pages nobody has looked at).
    static void flushAll(QObject *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace Segmenta
