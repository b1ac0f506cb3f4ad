// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyrefresh.h"

#include <QEvent>
#include <QWidget>

namespace Segmenta {

LazyRefresh::LazyRefresh(QWidget *page, std::function<void()> refresh)
    : QObject(page), m_page(page), m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

void LazyRefresh::request()
{
    m_pending = true;
    if (m_page->isVisible())
        run();
}

void LazyRefresh::run()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_refresh();
}

bool LazyRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        run();
    return QObject::eventFilter(watched, event);
}

void LazyRefresh::flushAll(QObject *root)
{
    for (LazyRefresh *lazy : root->findChildren<LazyRefresh *>())
        lazy->run();
}

} // namespace Segmenta
