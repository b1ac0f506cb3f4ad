// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace Segmenta {

// The first page: what to do when no project is open. Recent projects, the demo, import.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);

Q_SIGNALS:
    void openRequested(const QString &path); // empty: ask for a file
    void importRequested();
    void databaseRequested(); // import from a PostgreSQL-compatible warehouse
    void demoRequested();

private:
    QListWidget *m_recent;
};

} // namespace Segmenta
