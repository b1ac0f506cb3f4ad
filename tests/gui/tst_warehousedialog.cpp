// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import from Database, driven as a user would: the dialog's own checks (no server
// needed), then against the private PostgreSQL server of the warehouse tests: test the
// connection, fix a column role the names do not tell, import, check the customers and that
// neither the project file nor QSettings holds the password, then refresh with a snapshot.
// The password box says why it cannot remember the password where there is no keychain (CI).
#include "mainwindow.h"
#include "modalguard.h"
#include "postgresserver.h"
#include "projectsession.h"
#include "project/snapshotstore.h"
#include "testsupport.h"
#include "warehouseactions.h"
#include "warehousedialog.h"
#include "warehousepasswordfield.h"
#include "warehouserefreshdialog.h"
#include "warehouseroletable.h"

#include "passwordkeychain.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Segmenta;

class TestWarehouseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validation_data();
    void validation();
    void roleProblems_data();
    void roleProblems();
    void importAndRefresh();
    void sampleLimit();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    static void fill(WarehouseDialog *dialog, const QString &host, int port, const QString &database,
                     const QString &user, const QString &orders, const QString &customers);
    static void click(WarehouseDialog *dialog, const char *button);
    QString startServer();
    QString loadTables();
    // The first column of every row the server returns; of the first row; as a whole number.
    QVariantList firstColumn(const QString &sql) const;
    QVariant scalar(const QString &sql) const { return firstColumn(sql).value(0); }
    qint64 count(const QString &sql) const;
    void shoot(QWidget *w, const QString &name) const;

    QTemporaryDir m_dir;
    Test::PostgresServer m_server;
    std::optional<QString> m_started; // startServer()'s outcome: empty when the tables are loaded
};

void TestWarehouseDialog::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_warehousedialog");
    QSettings().clear();
}

void TestWarehouseDialog::fill(WarehouseDialog *dialog, const QString &host, int port,
                               const QString &database, const QString &user, const QString &orders,
                               const QString &customers)
{
    dialog->findChild<QLineEdit *>("host")->setText(host);
    dialog->findChild<QSpinBox *>("port")->setValue(port);
    dialog->findChild<QLineEdit *>("database")->setText(database);
    dialog->findChild<QLineEdit *>("user")->setText(user);
    dialog->findChild<QWidget *>("orders")->findChild<QPlainTextEdit *>()->setPlainText(orders);
    dialog->findChild<QWidget *>("customers")->findChild<QPlainTextEdit *>()->setPlainText(customers);
}

void TestWarehouseDialog::click(WarehouseDialog *dialog, const char *button)
{
    auto *b = dialog->findChild<QPushButton *>(button);
    QVERIFY(b && b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

void TestWarehouseDialog::shoot(QWidget *w, const QString &name) const
{
    const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(QDir(dir).filePath(name + ".png"));
    }
}

void TestWarehouseDialog::validation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("orders"); // "SELECT..." is a query, anything else a table
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no host") << "" << "shop" << "ana" << "sales.orders" << "p.segmenta"
                             << "Enter the server's host name or address.";
    QTest::newRow("blank host") << "   " << "shop" << "ana" << "sales.orders" << "p.segmenta"
                                << "Enter the server's host name or address.";
    QTest::newRow("no database") << "db" << "" << "ana" << "sales.orders" << "p.segmenta"
                                 << "Enter the name of the database.";
    QTest::newRow("no user") << "db" << "shop" << "" << "sales.orders" << "p.segmenta"
                             << "Enter the user name to connect as.";
    QTest::newRow("no table") << "db" << "shop" << "ana" << "" << "p.segmenta"
                              << "Enter the orders table, or a SELECT that gives the order lines.";
    QTest::newRow("two statements") << "db" << "shop" << "ana" << "SELECT 1; DELETE FROM orders"
                                    << "p.segmenta" << "The query must be a single SELECT statement; a “;” outside quotes ends it.";
    QTest::newRow("no project") << "db" << "shop" << "ana" << "sales.orders" << ""
                                << "Choose where to save the project.";
}

void TestWarehouseDialog::validation()
{
    QFETCH(QString, host);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, orders);
    QFETCH(QString, project);
    QFETCH(QString, expected);
    WarehouseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, host, 5432, database, user, QString(), QString());
    if (orders.startsWith("SELECT")) {
        auto *kind = dialog.findChild<QWidget *>("orders")->findChild<QComboBox *>();
        kind->setCurrentIndex(1);
    }
    dialog.findChild<QWidget *>("orders")->findChild<QPlainTextEdit *>()->setPlainText(orders);
    dialog.setProjectPath(project);
    click(&dialog, "import");
    // Refused with one sentence, before any connection is tried.
    QCOMPARE(dialog.status(), expected);
    QVERIFY(!dialog.isTesting());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // The same check guards Test Connection.
    if (!project.isEmpty()) {
        dialog.findChild<QLabel *>("status")->clear();
        click(&dialog, "testConnection");
        QCOMPARE(dialog.status(), expected);
        QVERIFY(!dialog.isTesting());
    }
}

void TestWarehouseDialog::roleProblems_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("expected");
    const int orders = int(TableKind::Transactions);
    const int customers = int(TableKind::Customers);
    QTest::newRow("all found") << orders << QStringList{"customer_id", "order_date", "amount"} << "";
    QTest::newRow("quantity and price") << orders << QStringList{"customer_id", "order_date", "quantity", "unit_price"} << "";
    QTest::newRow("no customer") << orders << QStringList{"ref", "order_date", "amount"}
                                 << "Choose the orders column that holds the customer ID.";
    QTest::newRow("no date") << orders << QStringList{"customer_id", "day", "amount"}
                             << "Choose the orders column that holds the order date.";
    QTest::newRow("no amount") << orders << QStringList{"customer_id", "order_date", "quantity"}
                               << "Choose the orders column that holds the amount (or the quantity and the unit price).";
    QTest::newRow("customers without id") << customers << QStringList{"ref", "name"}
                                          << "Choose the customer list's column that holds the customer ID.";
    QTest::newRow("customers") << customers << QStringList{"customer_id", "name"} << "";
}

void TestWarehouseDialog::roleProblems()
{
    QFETCH(int, kind);
    QFETCH(QStringList, columns);
    QFETCH(QString, expected);
    WarehouseRoleTable table{TableKind(kind)};
    table.setColumns(columns);
    QCOMPARE(table.problem(), expected);
    // Giving a second column the customer role is refused too.
    auto *box = qobject_cast<QComboBox *>(table.cellWidget(1, 1));
    box->setCurrentIndex(box->findData(int(Role::Customer)));
    auto *first = qobject_cast<QComboBox *>(table.cellWidget(0, 1));
    if (first->currentData().toInt() == int(Role::Customer))
        QCOMPARE(table.problem(), QString("Two columns have the role “Customer ID”; give it to one of them only."));
}

QString TestWarehouseDialog::loadTables()
{
    const QString folder = m_server.sharedFolder() + "/demo";
    const auto demo = Test::runCli({"demo", "-o", folder, "--customers", "400", "--seed", "5",
                                    "--english-headers"});
    if (demo.exitCode != 0)
        return QString::fromUtf8(demo.err);
    // The customer list's id column is "ref", a name Segmenta does not recognise: the user
    // gives it its role in the dialog.
    for (const QString &sql : {
             QString("CREATE SCHEMA sales"),
             QString("CREATE TABLE sales.\"order lines\" (order_id text, customer_id text, order_date date, "
                     "product text, category text, quantity double precision, unit_price numeric, "
                     "amount numeric(12,2), margin double precision, channel text)"),
             QString("COPY sales.\"order lines\" FROM '%1/orders.csv' WITH (FORMAT csv, HEADER true)").arg(folder),
             QString("CREATE TABLE sales.customers (ref text, name text, phone text, email text, "
                     "region text, city text, customer_type text, gender text, age integer, "
                     "income double precision, assets double precision, cost_to_serve double precision, "
                     "signup_date date, lifestyle text, personality text, \"values\" text, interests text)"),
             QString("COPY sales.customers FROM '%1/customers.csv' WITH (FORMAT csv, HEADER true)").arg(folder)})
        if (QString e = m_server.exec(sql); !e.isEmpty())
            return sql.left(60) + ": " + e;
    return {};
}

qint64 TestWarehouseDialog::count(const QString &sql) const
{
    const QVariant n = scalar(sql);
    return n.isValid() ? n.toLongLong() : -1;
}

QString TestWarehouseDialog::startServer()
{
    if (!m_started) {
        const QString error = m_server.start();
        m_started = error.isEmpty() ? loadTables() : error;
    }
    return *m_started;
}

QVariantList TestWarehouseDialog::firstColumn(const QString &sql) const
{
    QVariantList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "count");
        db.setHostName(m_server.host());
        db.setPort(m_server.port());
        db.setDatabaseName(m_server.database());
        db.setUserName(m_server.user());
        db.setPassword(m_server.password());
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    values.append(q.value(0));
        }
    }
    QSqlDatabase::removeDatabase("count");
    return values;
}

void TestWarehouseDialog::importAndRefresh()
{
    const QString error = startServer();
    if (error.contains("apt-get install"))
        QSKIP(qPrintable("no PostgreSQL server to test against: " + error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // From the start page, as a user would.
    auto *startButton = window.findChild<QPushButton *>("importFromDatabase");
    QVERIFY(startButton);
    QTest::mouseClick(startButton, Qt::LeftButton);
    WarehouseDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<WarehouseDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fill(dialog, m_server.host(), m_server.port(), m_server.database(), m_server.user(),
         "sales.order lines", "sales.customers");
    const QString project = m_dir.filePath("warehouse.segmenta");
    dialog->setProjectPath(project);

    // The keychain: where there is none (CI, offscreen), the box is off and a sentence says why.
    Q_EMIT dialog->findChild<QLineEdit *>("host")->editingFinished();
    WarehousePasswordField *field = dialog->passwordField();
    QTRY_VERIFY_WITH_TIMEOUT(!field->isLookingUp(), 30000);
    auto *remember = field->findChild<QCheckBox *>("rememberPassword");
    auto *note = field->findChild<QLabel *>("keychainNote");
    const bool keychain = field->keychainProblem().isEmpty();
    qInfo("system keychain: %s", keychain ? "answered" : qPrintable(field->keychainProblem()));
    if (!keychain) {
        QVERIFY(!remember->isEnabled());
        QVERIFY(note->isVisibleTo(dialog));
        QCOMPARE(note->text(), field->keychainProblem());
        QVERIFY2(note->text().contains("ask for it each time"), qPrintable(note->text()));
    } else {
        QVERIFY(!PasswordKeychain::isBuiltIn() || remember->isEnabled());
        remember->setChecked(true);
    }
    field->findChild<QLineEdit *>("password")->setText(m_server.password());

    // A wrong password is one sentence from the server, and nothing is imported.
    field->setPassword("not the password");
    QSignalSpy tested(dialog, &WarehouseDialog::tested);
    click(dialog, "testConnection");
    QVERIFY(Test::waitForSignal(tested, 30000));
    QCOMPARE(tested.last().at(0).toBool(), false);
    QVERIFY2(dialog->status().startsWith("Could not connect to postgresql://"), qPrintable(dialog->status()));
    QVERIFY2(!dialog->status().contains(QLatin1Char(10)), qPrintable(dialog->status()));

    field->setPassword(m_server.password());
    click(dialog, "testConnection");
    QVERIFY(Test::waitForSignal(tested, 30000));
    QVERIFY2(tested.last().at(0).toBool(), qPrintable(dialog->status()));
    QVERIFY2(dialog->status().startsWith("Connected."), qPrintable(dialog->status()));
    // The roles, pre-filled from the column names the server reported.
    const WarehouseSource read = dialog->source();
    auto roleOf = [](const QList<ColumnMapping> &mappings, Role role) {
        for (const ColumnMapping &m : mappings)
            if (m.role == role)
                return m.column;
        return QString();
    };
    QCOMPARE(roleOf(read.mappings, Role::Customer), QString("customer_id"));
    QCOMPARE(roleOf(read.mappings, Role::Date), QString("order_date"));
    QCOMPARE(roleOf(read.mappings, Role::Amount), QString("amount"));
    QCOMPARE(roleOf(read.customersMappings, Role::Customer), QString());
    shoot(dialog, "warehouse-dialog");

    // "ref" was not recognised: Import says so, then the user gives it the role.
    click(dialog, "import");
    QCOMPARE(dialog->status(), QString("Choose the customer list's column that holds the customer ID."));
    QVERIFY(dialog->isVisible());
    auto *customers = dialog->findChild<WarehouseRoleTable *>("customersRoles");
    QCOMPARE(customers->item(0, 0)->text(), QString("ref"));
    auto *box = qobject_cast<QComboBox *>(customers->cellWidget(0, 1));
    box->setCurrentIndex(box->findData(int(Role::Customer)));

    QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
    click(dialog, "import");
    QVERIFY(Test::waitForSignal(changed, 60000));
    QCOMPARE(window.session()->path(), project);
    const auto data = window.session()->data();
    QCOMPARE(data->customerCount(), count("SELECT count(DISTINCT ref) FROM sales.customers"));
    QCOMPARE(data->customerCount(), 400);
    QCOMPARE(data->imports.constFirst().loaded,
             count("SELECT count(DISTINCT customer_id) FROM sales.\"order lines\" "
                   "WHERE order_date IS NOT NULL AND amount IS NOT NULL"));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->analysis() != nullptr, 60000);
    // Opened like a file import: the summary of what came in.
    QWidget *summary = nullptr;
    QTRY_VERIFY((summary = QApplication::activeModalWidget()) != nullptr);
    summary->close();

    // The source is remembered for a refresh, without the password; nor is it in QSettings.
    const QJsonObject stored = window.session()->settings().value("warehouse").toObject();
    QCOMPARE(stored.value("orders_table").toString(), QString("sales.order lines"));
    QCOMPARE(stored.value("customers_map").toArray().first().toString(), QString("customer=ref"));
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("sales.order lines"));
    QVERIFY(!bytes.contains(m_server.password().toUtf8()));
    QSettings().sync();
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsBytes = settingsFile.readAll();
    QVERIFY2(settingsBytes.contains("order lines"), settingsBytes.constData()); // the last source
    QVERIFY(!settingsBytes.contains(m_server.password().toUtf8()));

    // Refresh: a new customer buys on the server; the refresh brings it and saves a snapshot.
    QVERIFY(window.warehouse()->refreshAction()->isEnabled());
    QCOMPARE(m_server.exec("INSERT INTO sales.\"order lines\" (order_id, customer_id, order_date, amount) "
                           "VALUES ('new-1', 'NEWCOMER', DATE '2024-01-02', 99.5)"),
             QString());
    window.warehouse()->refreshAction()->trigger();
    WarehouseRefreshDialog *refresh = nullptr;
    QTRY_VERIFY((refresh = window.findChild<WarehouseRefreshDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(refresh));
    QTRY_VERIFY_WITH_TIMEOUT(!refresh->passwordField()->isLookingUp(), 30000);
    if (keychain) // remembered after the import, so not asked for again
        QCOMPARE(refresh->password(), m_server.password());
    else // asked for again
        refresh->passwordField()->setPassword(m_server.password());
    refresh->findChild<QLineEdit *>("snapshotName")->setText("After the refresh");
    shoot(refresh, "warehouse-refresh");
    refresh->accept();
    QVERIFY(Test::waitForSignal(changed, 60000));
    QCOMPARE(window.session()->data()->customerCount(), 401);
    // The analysis made for the snapshot is the session's: nothing runs twice.
    QVERIFY(window.session()->analysis() != nullptr);
    QCOMPARE(window.session()->analysis()->value.size(), size_t(401));
    const auto snapshots = SnapshotStore::list(project);
    QVERIFY(snapshots);
    QCOMPARE(snapshots->size(), 1);
    QCOMPARE(snapshots->first().name, QString("After the refresh"));
    QFile again(project);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!again.readAll().contains(m_server.password().toUtf8()));

    if (keychain) { // leave no entry behind on a machine that has a keychain
        bool removed = false;
        PasswordKeychain::remove(PasswordKeychain::key(read), &window, [&removed](const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    }
}

// A customer limit below the server's customer count: the import brings a sample of exactly that
// many customers, those with the smallest md5('<seed>:' || id), plus the server's exact totals;
// the limit and the seed are kept with the project's source, shown when the dialog is opened
// again and used by Refresh from Database (the same customers come back).
void TestWarehouseDialog::sampleLimit()
{
    const QString error = startServer();
    if (error.contains("apt-get install"))
        QSKIP(qPrintable("no PostgreSQL server to test against: " + error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSettings().remove("warehouse/lastSource");
    const int limit = 150;
    const QString seed = "7";
    // The lines import keeps, and every customer: those with such lines and the customer list's.
    const QString lines = "FROM sales.\"order lines\" WHERE customer_id IS NOT NULL AND order_date IS NOT NULL "
                          "AND amount IS NOT NULL";
    const QString keys = "(SELECT CAST(customer_id AS text) AS k " + lines
                         + " UNION SELECT ref FROM sales.customers WHERE ref IS NOT NULL) AS keys";
    const qint64 population = count("SELECT count(*) FROM " + keys);
    QVERIFY2(population > limit, qPrintable(QString::number(population)));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.warehouse()->importAction()->trigger();
    WarehouseDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<WarehouseDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *maxCustomers = dialog->findChild<QSpinBox *>("maxCustomers");
    auto *sampleSeed = dialog->findChild<QLineEdit *>("sampleSeed");
    QVERIFY(maxCustomers && sampleSeed);
    // The defaults of segmenta-cli import --source.
    QCOMPARE(maxCustomers->value(), 1000000);
    QCOMPARE(sampleSeed->text(), QString("0"));
    QVERIFY(maxCustomers->toolTip().contains("sample"));
    QVERIFY(sampleSeed->toolTip().contains("same customers"));
    fill(dialog, m_server.host(), m_server.port(), m_server.database(), m_server.user(),
         "sales.order lines", "sales.customers");
    const QString project = m_dir.filePath("sampled.segmenta");
    dialog->setProjectPath(project);
    dialog->passwordField()->setPassword(m_server.password());
    // A seed that is not a whole number is refused before anything runs.
    sampleSeed->setText("-");
    click(dialog, "import");
    QCOMPARE(dialog->status(), QString("Enter a whole number as the sample seed, e.g. 0."));
    maxCustomers->setValue(limit);
    sampleSeed->setText(seed);
    QCOMPARE(dialog->source().maxCustomers, qint64(limit));
    QCOMPARE(dialog->source().sampleSeed, qint64(7));

    QSignalSpy tested(dialog, &WarehouseDialog::tested);
    click(dialog, "testConnection");
    QVERIFY(Test::waitForSignal(tested, 30000));
    QVERIFY2(tested.last().at(0).toBool(), qPrintable(dialog->status()));
    auto *box = qobject_cast<QComboBox *>(dialog->findChild<WarehouseRoleTable *>("customersRoles")->cellWidget(0, 1));
    box->setCurrentIndex(box->findData(int(Role::Customer)));
    QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
    click(dialog, "import");
    QVERIFY(Test::waitForSignal(changed, 60000));
    QWidget *summary = nullptr;
    QTRY_VERIFY((summary = QApplication::activeModalWidget()) != nullptr);
    summary->close();

    // The sample: exactly `limit` customers, those with the smallest hashes for this seed.
    auto sampledIds = [&window] {
        QStringList ids;
        const auto data = window.session()->data();
        for (qsizetype i = 0; i < data->customerCount(); ++i)
            ids.append(data->customerIds()->text(i));
        ids.sort();
        return ids;
    };
    const QStringList ids = sampledIds();
    QCOMPARE(ids.size(), limit);
    QStringList expected;
    for (const QVariant &id : firstColumn(QString("SELECT k FROM %1 ORDER BY md5('%2:' || k), k LIMIT %3")
                                               .arg(keys, seed)
                                               .arg(limit)))
        expected.append(id.toString());
    expected.sort();
    QCOMPARE(ids, expected);
    // The totals are exact, over every customer on the server.
    const auto &sample = window.session()->data()->sample;
    QVERIFY(sample.has_value());
    QCOMPARE(sample->customers, qint64(limit));
    QCOMPARE(sample->population, population);
    QCOMPARE(sample->seed, qint64(7));
    QCOMPARE(sample->customersWithOrders, count("SELECT count(DISTINCT customer_id) " + lines));
    QCOMPARE(sample->lines, count("SELECT count(*) " + lines));
    QCOMPARE(sample->orders, count("SELECT count(*) FROM (SELECT DISTINCT customer_id, order_id " + lines
                                   + " AND order_id IS NOT NULL) AS o"));
    QVERIFY(Test::fuzzyEqual(sample->revenue, scalar("SELECT sum(amount) " + lines).toDouble(), 1e-9));

    // Kept with the project's source, and shown when the dialog opens again for this project
    // (not from the last source in QSettings, which is removed here).
    auto checkStored = [&window, limit] {
        const QJsonObject stored = window.session()->settings().value("warehouse").toObject();
        QCOMPARE(stored.value("max_customers").toInteger(), qint64(limit));
        QCOMPARE(stored.value("sample_seed").toInteger(), qint64(7));
    };
    checkStored();
    QSettings().remove("warehouse/lastSource");
    window.warehouse()->importAction()->trigger();
    auto openDialog = [&window]() -> WarehouseDialog * {
        for (WarehouseDialog *d : window.findChildren<WarehouseDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    };
    WarehouseDialog *again = nullptr;
    QTRY_VERIFY((again = openDialog()) != nullptr);
    QCOMPARE(again->findChild<QSpinBox *>("maxCustomers")->value(), limit);
    QCOMPARE(again->findChild<QLineEdit *>("sampleSeed")->text(), seed);
    again->reject();

    // Opened again from the file, then refreshed: the same limit, seed and customers.
    window.openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->analysis() != nullptr, 60000);
    checkStored();
    QCOMPARE(window.session()->data()->sample->customers, qint64(limit));
    window.warehouse()->refreshAction()->trigger();
    WarehouseRefreshDialog *refresh = nullptr;
    QTRY_VERIFY((refresh = window.findChild<WarehouseRefreshDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!refresh->passwordField()->isLookingUp(), 30000);
    const QString note = refresh->findChild<QLabel *>("sampleNote")->text();
    QVERIFY2(note.contains("150") && note.contains("seed 7"), qPrintable(note));
    refresh->passwordField()->setPassword(m_server.password());
    refresh->findChild<QCheckBox *>("saveSnapshot")->setChecked(false);
    refresh->accept();
    QVERIFY(Test::waitForSignal(changed, 60000));
    QCOMPARE(sampledIds(), expected);
    QCOMPARE(window.session()->data()->sample->population, population);
    checkStored();
}

QTEST_MAIN(TestWarehouseDialog)
#include "tst_warehousedialog.moc"
