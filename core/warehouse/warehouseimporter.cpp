// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/warehouseimporter.h"

#include "analysis/measures/customerpyramid.h"
#include "analysis/measures/growthtrend.h"
#include "analysis/measures/paretocurve.h"
#include "analysis/measures/summarycolumns.h"
#include "base/taskcontrol.h"
#include "warehouse/warehousequery.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>
#include <cmath>
#include <chrono>
#include <thread>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";
const char kQueryCanceled[] = "57014"; // SQLSTATE of both a cancel and statement_timeout

std::atomic<int> connectionCounter{0};

// The server's own words on one line (libpq's messages span lines), without the driver's
// "QPSQL: Unable to ..." tail when the server said something.
QString serverText(const QSqlError &error)
{
    const QString server = error.databaseText().simplified();
    return server.isEmpty() ? error.text().simplified() : server;
}

// One named QSqlDatabase connection, removed when it goes out of scope.
class Connection
{
public:
    Connection(const WarehouseSource &source, const QString &password)
        : m_name(QStringLiteral("segmenta-warehouse-%1").arg(connectionCounter.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!db.isValid()) {
            m_error = Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                          "Qt's PostgreSQL driver (QPSQL) is not installed; on "
                                                          "Debian and Ubuntu install libqt6sql6-psql."))
                          .withCode("warehouse-driver");
            return;
        }
        db.setHostName(source.host);
        db.setPort(source.port);
        db.setDatabaseName(source.database);
        db.setUserName(source.user);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=15;application_name=segmenta")
                                 .arg(source.sslMode));
        if (!db.open())
            m_error = Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                          "Could not connect to %1: %2"),
                              {source.url(), serverText(db.lastError())})
                          .withCode("warehouse-connect");
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const Message &error() const { return m_error; }

private:
    QString m_name;
    Message m_error;
};

// Watches the TaskControl while statements run; on cancel, asks the server to cancel the
// backend's running statement from a connection of its own (the first one is blocked).
class CancelWatcher
{
public:
    CancelWatcher(const WarehouseSource &source, const QString &password, qint64 backendPid,
                  TaskControl *control)
    {
        if (!control)
            return;
        m_thread = std::thread([this, source, password, backendPid, control] {
            while (!m_done.load()) {
                if (control->isCancelled()) {
                    Connection second(source, password);
                    if (second.error().isEmpty()) {
                        QSqlQuery q(second.db());
                        q.prepare(QStringLiteral("SELECT pg_cancel_backend(?)"));
                        q.addBindValue(backendPid);
                        q.exec();
                    }
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    ~CancelWatcher()
    {
        m_done.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

// Ends the transaction when a step fails, before the failed statement is freed (freeing it
// inside an aborted transaction makes the driver warn). Guards placed after each query share
// `ended`, so the transaction is ended once.
class RollbackOnExit
{
public:
    RollbackOnExit(QSqlDatabase db, bool &ended) : m_db(std::move(db)), m_ended(ended) {}
    ~RollbackOnExit()
    {
        if (!m_ended && m_db.isOpen())
            m_db.rollback();
        m_ended = true;
    }
    bool commit()
    {
        m_ended = true;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool &m_ended;
};

Message queryError(const QSqlQuery &q, const WarehouseSource &source, TaskControl *control)
{
    const QSqlError e = q.lastError();
    if (e.nativeErrorCode() == QLatin1String(kQueryCanceled)) {
        if (control && control->isCancelled())
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse", "The import was cancelled."))
                .withCode("cancelled");
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The warehouse did not finish within %1 seconds; the "
                                                   "query was stopped. Raise the time limit or narrow the query."),
                       {QString::number(source.statementTimeoutSeconds)})
            .withCode("warehouse-timeout");
    }
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse", "The warehouse refused the query: %1"),
                   {serverText(e)})
        .withCode("warehouse-query");
}

// Read-only whatever the user's SQL says, and bounded in time: starts the transaction and
// returns the backend's process id (for a cancel).
Result<qint64> beginReadOnly(QSqlDatabase db, QSqlQuery &q, const WarehouseSource &source,
                             TaskControl *control)
{
    if (!db.transaction()
        || !q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return queryError(q, source, control);
    q.prepare(QStringLiteral("SELECT set_config('statement_timeout', ?, true), pg_backend_pid()"));
    q.addBindValue(QString::number(qint64(source.statementTimeoutSeconds) * 1000));
    if (!q.exec() || !q.next())
        return queryError(q, source, control);
    return q.value(1).toLongLong();
}

Message cancelledMessage()
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse", "The import was cancelled."))
        .withCode("cancelled");
}

QStringList fieldNames(const QSqlRecord &record)
{
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

ColumnType typeOf(const QSqlField &field)
{
    switch (field.metaType().id()) {
    case QMetaType::QDate:
    case QMetaType::QDateTime:
        return ColumnType::Date;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::Bool:
        return ColumnType::Number;
    default:
        return ColumnType::Text;
    }
}

// The customers relation as a customers Table: the id column and typed attributes; a repeated
// id keeps its first row. `sql` selects the relation's columns (all rows, or the sample's),
// with `binds` for its placeholders.
Result<Table> readCustomers(QSqlDatabase db, const WarehouseSource &source, const QString &sql,
                            const QVariantList &binds, TaskControl *control, qint64 &duplicates)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    // Without values to bind the text is sent as it is: a '?' in the user's query stays one.
    if (binds.isEmpty() ? !q.exec(sql) : !q.prepare(sql))
        return queryError(q, source, control);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!binds.isEmpty() && !q.exec())
        return queryError(q, source, control);
    const QSqlRecord record = q.record();
    auto roles = WarehouseQuery::resolveRoles(fieldNames(record), source.customerMappings(),
                                              TableKind::Customers);
    if (!roles)
        return roles.error();
    Table table(TableKind::Customers);
    int idField = -1;
    for (int i = 0; i < record.count(); ++i) {
        const Role role = roles->key(record.fieldName(i), Role::None);
        if (role == Role::Customer)
            idField = i;
        table.addColumn(Column(record.fieldName(i), role == Role::Customer ? ColumnType::Text
                                                                             : typeOf(record.field(i)),
                               role));
    }
    StringPool &ids = table.column(idField).mutablePool();
    qint64 row = 0;
    while (q.next()) {
        if (control && (++row & 0xFFFF) == 0 && control->isCancelled())
            return cancelledMessage();
        const QVariant id = q.value(idField);
        if (id.isNull())
            continue;
        const qint32 before = ids.size();
        const qint32 code = ids.intern(id.toString().toUtf8().toStdString());
        if (ids.size() == before) {
            ++duplicates;
            continue;
        }
        for (int i = 0; i < record.count(); ++i) {
            Column &c = table.column(i);
            const QVariant v = q.value(i);
            if (i == idField) {
                c.codes().push_back(code);
                continue;
            }
            switch (c.type()) {
            case ColumnType::Text:
                c.codes().push_back(v.isNull() ? Column::kMissingCode
                                               : c.mutablePool().intern(v.toString().toUtf8().toStdString()));
                break;
            case ColumnType::Number:
                c.numbers().push_back(v.isNull() ? std::nan("") : v.toDouble());
                break;
            case ColumnType::Date:
                c.days().push_back(v.isNull() ? Column::kMissingDate : Column::toDays(v.toDate()));
                break;
            }
        }
    }
    if (q.lastError().isValid())
        return queryError(q, source, control);
    return table;
}

} // namespace

Result<WarehouseImporter::Columns> WarehouseImporter::describe(const WarehouseSource &source,
                                                               const QString &password)
{
    if (Status st = source.validate(); !st)
        return st.error();
    const auto orders = WarehouseQuery::relation(source.ordersTable, source.ordersQuery);
    if (!orders)
        return orders.error();
    const bool hasCustomers = !source.customersTable.isEmpty() || !source.customersQuery.isEmpty();
    const auto customers = hasCustomers
                               ? WarehouseQuery::relation(source.customersTable, source.customersQuery)
                               : Result<QString>(QString());
    if (!customers)
        return customers.error();
    Connection connection(source, password);
    if (!connection.error().isEmpty())
        return connection.error();
    QSqlDatabase db = connection.db();
    bool transactionEnded = false;
    QSqlQuery q(db);
    RollbackOnExit transaction(db, transactionEnded);
    if (const auto pid = beginReadOnly(db, q, source, nullptr); !pid)
        return pid.error();
    Columns columns;
    if (!q.exec(WarehouseQuery::probe(*orders)))
        return queryError(q, source, nullptr);
    columns.orders = fieldNames(q.record());
    if (hasCustomers) {
        if (!q.exec(WarehouseQuery::probe(*customers)))
            return queryError(q, source, nullptr);
        columns.customers = fieldNames(q.record());
    }
    return columns;
}

Result<Dataset> WarehouseImporter::run(const WarehouseSource &source, const QString &password,
                                       TaskControl *control)
{
    if (Status st = source.validate(); !st)
        return st.error();
    auto relation = WarehouseQuery::relation(source.ordersTable, source.ordersQuery);
    if (!relation)
        return relation.error();
    const bool hasCustomers = !source.customersTable.isEmpty() || !source.customersQuery.isEmpty();
    auto customersRelation = WarehouseQuery::relation(source.customersTable, source.customersQuery);
    if (hasCustomers && !customersRelation)
        return customersRelation.error();
    Connection connection(source, password);
    if (!connection.error().isEmpty())
        return connection.error();
    QSqlDatabase db = connection.db();
    if (control)
        control->reportProgress(0.02);

    // Read-only whatever the user's SQL says, and bounded in time. One snapshot for every
    // statement, so that the count, the sample, its totals and the customers agree.
    bool transactionEnded = false;
    QSqlQuery q(db);
    RollbackOnExit queryTransaction(db, transactionEnded);
    const auto backendPid = beginReadOnly(db, q, source, control);
    if (!backendPid)
        return backendPid.error();
    CancelWatcher watcher(source, password, *backendPid, control);

    if (!q.exec(WarehouseQuery::probe(*relation)))
        return queryError(q, source, control);
    auto roles = WarehouseQuery::resolveRoles(fieldNames(q.record()), source.mappings, TableKind::Transactions);
    if (!roles)
        return roles.error();
    WarehouseQuery query(*relation, *roles);
    if (hasCustomers) {
        // The customers' id column is needed before their rows: to count and sample them.
        if (!q.exec(WarehouseQuery::probe(*customersRelation)))
            return queryError(q, source, control);
        auto customerRoles = WarehouseQuery::resolveRoles(fieldNames(q.record()),
                                                          source.customerMappings(),
                                                          TableKind::Customers);
        if (!customerRoles)
            return customerRoles.error();
        query.setCustomers(*customersRelation, customerRoles->value(Role::Customer));
    }

    const bool limited = source.maxCustomers > 0;
    if (!q.exec(limited ? query.boundsWithCount() : query.bounds()) || !q.next())
        return queryError(q, source, control);
    if (q.value(0).isNull())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The orders hold no line with a customer, a date and an amount."))
            .withCode("warehouse-empty");
    const qint32 asOf = source.asOfDay != Column::kMissingDate ? source.asOfDay
                                                                : qint32(q.value(0).toLongLong()) + 1;
    const bool marginIsRate = q.value(1).isNull() || q.value(1).toDouble() <= 1.0;
    // Counted over every order line: never fewer than the summary will have, so no sample is
    // drawn needlessly for lack of one.
    const bool sampled = limited && q.value(2).toLongLong() > source.maxCustomers;
    if (control)
        control->reportProgress(0.1);

    // The heavy part runs on the server; one row per customer (of the sample) comes back.
    const GrowthOptions growth;
    const SummaryOptions summaryOptions;
    const PyramidOptions pyramid;
    QSqlQuery s(db);
    RollbackOnExit summaryTransaction(db, transactionEnded);
    s.setForwardOnly(true);
    s.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (!s.prepare(sampled ? query.sampledSummary() : query.summary()))
        return queryError(s, source, control);
    s.addBindValue(asOf);
    s.addBindValue(asOf - growth.windowDays);
    s.addBindValue(asOf - 2 * growth.windowDays);
    s.addBindValue(growth.slopeMonths);
    s.addBindValue(summaryOptions.defaultMarginRate);
    s.addBindValue(marginIsRate ? 1 : 0);
    if (sampled) {
        s.addBindValue(source.maxCustomers);
        s.addBindValue(WarehouseQuery::seedText(source.sampleSeed));
        s.addBindValue(ParetoOptions().zeroTolerance);
        double cumulative = 0;
        for (size_t t = 0; t + 1 < pyramid.percents.size(); ++t)
            s.addBindValue(cumulative += pyramid.percents[t]);
    }
    if (!s.exec())
        return queryError(s, source, control);
    if (control)
        control->reportProgress(0.8);

    Table ids(TableKind::Transactions);
    Column &idColumn = ids.addColumn(Column(QStringLiteral("customer"), ColumnType::Text, Role::Customer));
    const int values = int(SummaryColumns::Count);
    std::vector<std::vector<double>> rows(static_cast<size_t>(values));
    std::optional<CustomerSample> totals;
    qint64 fetched = 0;
    while (s.next()) {
        if (control && (++fetched % source.fetchRows) == 0 && control->isCancelled())
            return cancelledMessage();
        if (sampled && !s.value(values + 1).isNull()) {
            auto parsed = WarehouseQuery::parseTotals(s.value(values + 1).toString());
            if (!parsed)
                return parsed.error();
            totals = parsed.takeValue();
            continue;
        }
        if (s.value(1).isNull())
            continue; // a sampled customer without orders: comes with the customers relation
        idColumn.codes().push_back(idColumn.mutablePool().intern(s.value(0).toString().toUtf8().toStdString()));
        for (int k = 0; k < values; ++k)
            rows[size_t(k)].push_back(s.value(k + 1).toDouble());
    }
    if (s.lastError().isValid())
        return queryError(s, source, control);
    if (sampled && !totals)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The warehouse returned totals Segmenta cannot read."))
            .withCode("warehouse-query");

    Table customers(TableKind::Customers);
    qint64 duplicates = 0;
    if (hasCustomers) {
        const QString all = QStringLiteral("SELECT * FROM ") + *customersRelation + QStringLiteral(" AS s");
        QVariantList binds;
        if (sampled)
            binds = {WarehouseQuery::seedText(source.sampleSeed), totals->hashCutoff};
        auto read = readCustomers(db, source, sampled ? query.sampledCustomers() : all, binds, control,
                                  duplicates);
        if (!read)
            return read.error();
        customers = read.takeValue();
    }
    summaryTransaction.commit();

    const qint64 summaryRows = ids.rowCount();
    Dataset data = Dataset::link(std::move(customers), std::move(ids));
    // The summary rows in customer order; customers without orders keep the empty values.
    const std::vector<qint32> rowOf = data.transactions.column(0).codes();
    const size_t n = size_t(data.customerCount());
    for (int k = 0; k < values; ++k) {
        const bool isDate = k == SummaryColumns::FirstPurchase || k == SummaryColumns::LastPurchase;
        Column c(SummaryColumns::names()[k], isDate ? ColumnType::Date : ColumnType::Number);
        if (isDate)
            c.days().assign(n, Column::kMissingDate);
        else
            c.numbers().assign(n, 0.0);
        for (size_t r = 0; r < rowOf.size(); ++r) {
            const double v = rows[size_t(k)][r];
            if (isDate)
                c.days()[size_t(rowOf[r])] = qint32(v);
            else
                c.numbers()[size_t(rowOf[r])] = v;
        }
        data.customers.addColumn(std::move(c));
    }
    data.transactions = Table(TableKind::Transactions);
    data.summaryAsOfDay = asOf;

    TableImportReport report;
    report.path = source.url();
    report.kind = TableKind::Transactions;
    report.delimiter = QStringLiteral("postgresql");
    report.lines = report.loaded = summaryRows;
    for (auto it = roles->cbegin(); it != roles->cend(); ++it)
        report.roleColumns.insert(Roles::name(it.key()), it.value());
    if (duplicates > 0)
        report.warnings.append(Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                                   "%1 customers appeared more than once in the customers; the first row of each was kept."),
                                       {QString::number(duplicates)}));
    // Everyone fitted after all (the count covers lines after an --as-of day): no sample.
    if (totals && totals->population > data.customerCount()) {
        totals->customers = data.customerCount();
        totals->seed = source.sampleSeed;
        totals->tierPercents = pyramid.percents;
        report.warnings.append(totals->note());
        data.sample = std::move(totals);
    }
    data.imports.append(report);
    if (control)
        control->reportProgress(1.0);
    return data;
}

} // namespace Segmenta
