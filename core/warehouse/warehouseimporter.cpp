// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/warehouseimporter.h"

#include "analysis/measures/customerpyramid.h"
#include "analysis/measures/growthtrend.h"
#include "analysis/measures/paretocurve.h"
#include "analysis/measures/summarycolumns.h"
#include "base/taskcontrol.h"
#include "warehouse/warehousecancelwatcher.h"
#include "warehouse/warehouseconnection.h"
#include "warehouse/warehousequery.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <cmath>
#include <optional>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";
const char kQueryCanceled[] = "57014"; // SQLSTATE of both a cancel and statement_timeout

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
                   {WarehouseConnection::serverText(e)})
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

// The customers relation: all its rows, or those of the sample when `totals` (the sample's)
// are given.
Result<Table> readCustomerRelation(QSqlDatabase db, const WarehouseSource &source,
                                   const QString &relation, const WarehouseQuery &query,
                                   const CustomerSample *totals, TaskControl *control,
                                   qint64 &duplicates)
{
    if (!totals) {
        const QString all = QStringLiteral("SELECT * FROM ") + relation + QStringLiteral(" AS s");
        return readCustomers(db, source, all, {}, control, duplicates);
    }
    return readCustomers(db, source, query.sampledCustomers(),
                         {WarehouseQuery::seedText(source.sampleSeed), totals->hashCutoff},
                         control, duplicates);
}

// What the bounds query says about the orders: the analysis date, how margins read, and
// whether a sample of the customers is drawn.
struct SummaryPlan
{
    qint32 asOf = Column::kMissingDate;
    bool marginIsRate = true;
    bool sampled = false;
};

// The summary's rows as they come back: one per customer with orders, and the population's
// totals when a sample was drawn.
struct SummaryRows
{
    Table ids{TableKind::Transactions};
    std::vector<std::vector<double>> values; // per summary column, per row
    std::optional<CustomerSample> totals;
};

// Resolves the orders' roles (and the customers' id column, needed to count and sample them
// before their rows are read) from probes of the relations.
Result<WarehouseQuery> resolveQuery(QSqlQuery &q, const WarehouseSource &source,
                                    const QString &relation, const QString *customersRelation,
                                    QMap<Role, QString> &roles, TaskControl *control)
{
    if (!q.exec(WarehouseQuery::probe(relation)))
        return queryError(q, source, control);
    auto resolved = WarehouseQuery::resolveRoles(fieldNames(q.record()), source.mappings,
                                                 TableKind::Transactions);
    if (!resolved)
        return resolved.error();
    roles = *resolved;
    WarehouseQuery query(relation, roles);
    if (customersRelation) {
        if (!q.exec(WarehouseQuery::probe(*customersRelation)))
            return queryError(q, source, control);
        auto customerRoles = WarehouseQuery::resolveRoles(fieldNames(q.record()),
                                                          source.customerMappings(),
                                                          TableKind::Customers);
        if (!customerRoles)
            return customerRoles.error();
        query.setCustomers(*customersRelation, customerRoles->value(Role::Customer));
    }
    return query;
}

Result<SummaryPlan> planSummary(QSqlQuery &q, const WarehouseQuery &query,
                                const WarehouseSource &source, TaskControl *control)
{
    const bool limited = source.maxCustomers > 0;
    if (!q.exec(limited ? query.boundsWithCount() : query.bounds()) || !q.next())
        return queryError(q, source, control);
    if (q.value(0).isNull())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The orders hold no line with a customer, a date and an amount."))
            .withCode("warehouse-empty");
    // An analysis date on or before the first order leaves every customer empty: refused as
    // for a file project (docs/user/cli.md#analyze-and-scores), before the summary runs.
    const qint32 firstDay = qint32(q.value(limited ? 3 : 2).toLongLong());
    if (source.asOfDay != Column::kMissingDate && source.asOfDay <= firstDay)
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "No order lies before the analysis date %1: the first "
                                         "order is on %2. Choose a later date."),
                       {Column::fromDays(source.asOfDay).toString(Qt::ISODate),
                        Column::fromDays(firstDay).toString(Qt::ISODate)})
            .withCode("as-of-before-orders");
    SummaryPlan plan;
    plan.asOf = source.asOfDay != Column::kMissingDate ? source.asOfDay
                                                       : qint32(q.value(0).toLongLong()) + 1;
    plan.marginIsRate = q.value(1).isNull() || q.value(1).toDouble() <= 1.0;
    // Counted over every order line: never fewer than the summary will have, so no sample is
    // drawn needlessly for lack of one.
    plan.sampled = limited && q.value(2).toLongLong() > source.maxCustomers;
    return plan;
}

// Prepares and runs the per-customer summary on the server, with the analyses' default
// settings; false when the server refused it.
bool runSummary(QSqlQuery &s, const WarehouseQuery &query, const SummaryPlan &plan,
                const WarehouseSource &source)
{
    const GrowthOptions growth;
    const SummaryOptions summaryOptions;
    const PyramidOptions pyramid;
    s.setForwardOnly(true);
    s.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (!s.prepare(plan.sampled ? query.sampledSummary() : query.summary()))
        return false;
    s.addBindValue(plan.asOf);
    s.addBindValue(plan.asOf - growth.windowDays);
    s.addBindValue(plan.asOf - 2 * growth.windowDays);
    s.addBindValue(growth.slopeMonths);
    s.addBindValue(summaryOptions.defaultMarginRate);
    s.addBindValue(plan.marginIsRate ? 1 : 0);
    if (plan.sampled) {
        s.addBindValue(source.maxCustomers);
        s.addBindValue(WarehouseQuery::seedText(source.sampleSeed));
        s.addBindValue(ParetoOptions().zeroTolerance);
        double cumulative = 0;
        for (size_t t = 0; t + 1 < pyramid.percents.size(); ++t)
            s.addBindValue(cumulative += pyramid.percents[t]);
    }
    return s.exec();
}

Result<SummaryRows> fetchSummary(QSqlQuery &s, bool sampled, const WarehouseSource &source,
                                 TaskControl *control)
{
    SummaryRows out;
    Column &idColumn = out.ids.addColumn(Column(QStringLiteral("customer"), ColumnType::Text, Role::Customer));
    const int values = int(SummaryColumns::Count);
    out.values.resize(static_cast<size_t>(values));
    qint64 fetched = 0;
    while (s.next()) {
        if (control && (++fetched % source.fetchRows) == 0 && control->isCancelled())
            return cancelledMessage();
        if (sampled && !s.value(values + 1).isNull()) {
            auto parsed = WarehouseQuery::parseTotals(s.value(values + 1).toString());
            if (!parsed)
                return parsed.error();
            out.totals = parsed.takeValue();
            continue;
        }
        if (s.value(1).isNull())
            continue; // a sampled customer without orders: comes with the customers relation
        idColumn.codes().push_back(idColumn.mutablePool().intern(s.value(0).toString().toUtf8().toStdString()));
        for (int k = 0; k < values; ++k)
            out.values[size_t(k)].push_back(s.value(k + 1).toDouble());
    }
    if (s.lastError().isValid())
        return queryError(s, source, control);
    if (sampled && !out.totals)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The warehouse returned totals Segmenta cannot read."))
            .withCode("warehouse-query");
    return out;
}

// The summary rows as the customers' summary columns, in customer order (`rowOf`: the
// customer of each row); customers without orders keep the empty values.
void storeSummaryColumns(Dataset &data, const std::vector<qint32> &rowOf,
                         const std::vector<std::vector<double>> &values)
{
    const size_t n = size_t(data.customerCount());
    for (int k = 0; k < int(SummaryColumns::Count); ++k) {
        const bool isDate = k == SummaryColumns::FirstPurchase || k == SummaryColumns::LastPurchase;
        Column c(SummaryColumns::names()[k], isDate ? ColumnType::Date : ColumnType::Number);
        if (isDate)
            c.days().assign(n, Column::kMissingDate);
        else
            c.numbers().assign(n, 0.0);
        for (size_t r = 0; r < rowOf.size(); ++r) {
            const double v = values[size_t(k)][r];
            if (isDate)
                c.days()[size_t(rowOf[r])] = qint32(v);
            else
                c.numbers()[size_t(rowOf[r])] = v;
        }
        data.customers.addColumn(std::move(c));
    }
}

TableImportReport summaryReport(const WarehouseSource &source, const QMap<Role, QString> &roles,
                                qint64 summaryRows, qint64 duplicates)
{
    TableImportReport report;
    report.path = source.url();
    report.kind = TableKind::Transactions;
    report.delimiter = QStringLiteral("postgresql");
    report.lines = report.loaded = summaryRows;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        report.roleColumns.insert(Roles::name(it.key()), it.value());
    if (duplicates > 0)
        report.warnings.append(Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                                   "%1 customers appeared more than once in the customers; the first row of each was kept."),
                                       {QString::number(duplicates)}));
    return report;
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
    WarehouseConnection connection(source, password);
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

// One function on purpose, a step per call: the connection, the read-only transactions and the
// cancel watcher are guards that must span every step, in this order.
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
    WarehouseConnection connection(source, password);
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
    WarehouseCancelWatcher watcher(source, password, *backendPid, control);

    QMap<Role, QString> roles;
    const auto query = resolveQuery(q, source, *relation,
                                    hasCustomers ? &*customersRelation : nullptr, roles, control);
    if (!query)
        return query.error();
    const auto plan = planSummary(q, *query, source, control);
    if (!plan)
        return plan.error();
    if (control)
        control->reportProgress(0.1);

    // The heavy part runs on the server; one row per customer (of the sample) comes back.
    QSqlQuery s(db);
    RollbackOnExit summaryTransaction(db, transactionEnded);
    if (!runSummary(s, *query, *plan, source))
        return queryError(s, source, control);
    if (control)
        control->reportProgress(0.8);
    auto summary = fetchSummary(s, plan->sampled, source, control);
    if (!summary)
        return summary.error();
    std::optional<CustomerSample> &totals = summary->totals;

    Table customers(TableKind::Customers);
    qint64 duplicates = 0;
    if (hasCustomers) {
        auto read = readCustomerRelation(db, source, *customersRelation, *query,
                                         plan->sampled ? &*totals : nullptr, control, duplicates);
        if (!read)
            return read.error();
        customers = read.takeValue();
    }
    summaryTransaction.commit();

    const qint64 summaryRows = summary->ids.rowCount();
    Dataset data = Dataset::link(std::move(customers), std::move(summary->ids));
    storeSummaryColumns(data, data.transactions.column(0).codes(), summary->values);
    data.transactions = Table(TableKind::Transactions);
    data.summaryAsOfDay = plan->asOf;

    TableImportReport report = summaryReport(source, roles, summaryRows, duplicates);
    // Everyone fitted after all (the count covers lines after an --as-of day): no sample.
    if (totals && totals->population > data.customerCount()) {
        totals->customers = data.customerCount();
        totals->seed = source.sampleSeed;
        totals->tierPercents = PyramidOptions().percents;
        report.warnings.append(totals->note());
        data.sample = std::move(totals);
    }
    data.imports.append(report);
    if (control)
        control->reportProgress(1.0);
    return data;
}

} // namespace Segmenta
