// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/warehouseimporter.h"
#include "warehouse/warehousesource.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Segmenta {

class WarehousePasswordField;
class WarehouseRelationEditor;
class WarehouseRoleTable;

// File → Import from Database: the connection to a PostgreSQL-compatible warehouse (host, port,
// database, user, password, TLS mode), the orders as a table or a read-only SELECT, optional
// customers, the column roles (read from the server by "Test connection", which runs off the
// GUI thread, and editable), and where to save the project. Accepting checks everything
// (reading the columns first when they were not read for these settings) and shows what is
// wrong as one sentence; the import itself then runs as a background task (WarehouseActions).
class WarehouseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WarehouseDialog(QWidget *parent = nullptr);
    ~WarehouseDialog() override;

    // Fills the fields (the last source used, or a project's); its roles are applied to the
    // columns once the server reports them.
    void setSource(const WarehouseSource &source);
    // The source as entered, with the roles of both tables.
    WarehouseSource source() const;
    QString password() const;
    bool rememberPassword() const;
    QString projectPath() const;
    void setProjectPath(const QString &path);

    // Connects and reads the columns in the background (tested() when done).
    void testConnection();
    bool isTesting() const { return m_watcher.isRunning(); }
    // The sentence under the buttons: a problem with the settings, or the test's outcome.
    QString status() const;
    WarehousePasswordField *passwordField() const { return m_password; }

    void accept() override;

Q_SIGNALS:
    void tested(bool ok);

private:
    QWidget *createConnectionBox();
    QWidget *createDataBox();
    // The customer limit and the sample seed (WarehouseSource::maxCustomers, sampleSeed).
    QLayout *createSampleRow(QWidget *box);
    QWidget *createRolesBox();
    void showStatus(const QString &text, bool problem);
    // Why the connection or the relations cannot be used as entered; empty when they can.
    QString connectionProblem() const;
    bool hasCustomers() const;
    // What the columns were read for: the server and the relations.
    QString signature() const;
    void lookUpPassword();
    void showColumns(const Result<WarehouseImporter::Columns> &columns, const QString &signature);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    WarehousePasswordField *m_password;
    QComboBox *m_sslMode;
    WarehouseRelationEditor *m_orders;
    WarehouseRelationEditor *m_customers;
    QSpinBox *m_timeout;
    QSpinBox *m_maxCustomers;
    QLineEdit *m_sampleSeed;
    WarehouseRoleTable *m_ordersRoles;
    WarehouseRoleTable *m_customersRoles;
    QLineEdit *m_projectPath;
    QPushButton *m_test;
    QPushButton *m_import;
    QLabel *m_status;

    QFutureWatcher<void> m_watcher;
    // Written by the test's thread, read when m_watcher says it finished.
    std::shared_ptr<std::optional<Result<WarehouseImporter::Columns>>> m_columns;
    QString m_testedFor;    // signature() of the last successful test
    QString m_testing;      // signature() of the test running
    bool m_acceptAfterTest = false;
    qint32 m_asOfDay;       // kept from setSource: not edited here
    QList<ColumnMapping> m_earlierOrders;    // roles to apply when the columns arrive
    QList<ColumnMapping> m_earlierCustomers;
};

} // namespace Segmenta
