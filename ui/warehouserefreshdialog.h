// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/warehousesource.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Segmenta {

class WarehousePasswordField;

// File → Refresh from Database: runs the open project's warehouse source again. Asks for the
// password (filled from the system keychain when it is remembered there) and whether to save
// a snapshot of the segments on the refreshed data, so that the Snapshots page shows how
// customers moved since the last refresh.
class WarehouseRefreshDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WarehouseRefreshDialog(const WarehouseSource &source, QWidget *parent = nullptr);

    QString password() const;
    bool rememberPassword() const;
    // Empty when no snapshot is wanted.
    QString snapshotName() const;
    WarehousePasswordField *passwordField() const { return m_password; }

private:
    WarehousePasswordField *m_password;
    QCheckBox *m_snapshot;
    QLineEdit *m_snapshotName;
};

} // namespace Segmenta
