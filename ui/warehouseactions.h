// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Segmenta {

class BackgroundTask;
class ProjectSession;
struct WarehouseSource;

// File → Import from Database and File → Refresh from Database: opens the dialogs, runs the
// import or refresh as the window's background task (progress and Cancel in the status bar),
// and afterwards keeps the password in the system keychain, or forgets it, as the dialog's box
// says: only a password the server accepted is stored, and never anywhere else. The last source
// used (without password) is kept in QSettings to fill the dialog next time.
class WarehouseActions : public QObject
{
    Q_OBJECT

public:
    WarehouseActions(ProjectSession *session, BackgroundTask *tasks, QWidget *window);

    QAction *importAction() const { return m_import; }
    // Enabled while the open project remembers a warehouse source.
    QAction *refreshAction() const { return m_refresh; }

    void importFromDatabase();
    void refresh();

Q_SIGNALS:
    // An import was started; the window shows the import summary when the project opens.
    void importStarted();
    void statusMessage(const QString &text);
    void failed(const QString &title, const QString &message);

private:
    bool taskRunning(const QString &title);
    // Asks before a stored query this user has not typed or confirmed (docs/warehouse.md).
    void confirmQuery(const WarehouseSource &source);
    void openRefreshDialog(const WarehouseSource &source);
    void storePassword(const WarehouseSource &source, const QString &password, bool remember,
                       bool keychainUsable);

    ProjectSession *m_session;
    BackgroundTask *m_tasks;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_refresh;
};

} // namespace Segmenta
