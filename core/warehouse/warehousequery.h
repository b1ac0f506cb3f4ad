// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "data/role.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Segmenta {

struct ColumnMapping;
struct CustomerSample;

// The SQL that WarehouseImporter sends, built from the source's relation and the real column
// names the server reported. User values (dates, rates) are never written into the text: they
// are bound to the `?` placeholders of the leading `p` row, in the order of summaryParameters.
// Identifiers are quoted here rather than by QSqlDriver::escapeIdentifier, which passes a name
// that already starts and ends with '"' through untouched; column names must also be among
// those the server reported for the relation.
class WarehouseQuery
{
public:
    // PostgreSQL identifier: "name" with embedded quotes doubled.
    static QString quoteIdentifier(const QString &name);
    // A table name, optionally schema.table, each part plain or "quoted" (SqlText::nameParts),
    // each part quoted here; fails for a name that does not read as one.
    static Result<QString> quoteTable(const QString &name);
    // The FROM item for a table or a user SELECT (wrapped as a subquery); fails for an empty
    // query or one with several statements (SqlText::singleStatement).
    static Result<QString> relation(const QString &table, const QString &query);

    // Role → column of the relation: explicit mappings first (they must name a column the
    // relation has), the rest detected from the names as in file import. Fails when customer,
    // date and amount (or quantity and unit_price) cannot be found.
    static Result<QMap<Role, QString>> resolveRoles(const QStringList &columns,
                                                    const QList<ColumnMapping> &mappings,
                                                    TableKind kind);

    // No rows, only the relation's columns.
    static QString probe(const QString &relation);

    explicit WarehouseQuery(QString relation, QMap<Role, QString> roles);

    // max(day since 1970-01-01), max(|margin|), min(day) over the orders that count.
    QString bounds() const;
    // One row per customer: id, then SummaryColumns::names() in order. Parameters: as-of day,
    // recent-window start, previous-window start, slope months, default margin rate, margin is
    // a rate (1 or 0).
    QString summary() const;

    // The customers relation (a FROM item) and its id column: their customers belong to the
    // population of boundsWithCount() and sampledSummary() even without orders.
    void setCustomers(QString relation, QString idColumn);
    // max(day), max(|margin|), the number of customers (of the orders and the customers
    // relation), min(day).
    QString boundsWithCount() const;
    // For more customers than a limit: the summary of a uniform sample, the customers with
    // the smallest md5(seed || key), plus one row whose last column (NULL in the others)
    // holds the exact totals over every customer as text for parseTotals(). Parameters: those
    // of summary(), then the limit, seedText(), the zero tolerance of the 80/20 view and the
    // cumulative percents ending the platinum, gold and iron tiers. A sampled customer
    // without orders comes back with NULL summary columns.
    QString sampledSummary() const;
    // The customers relation restricted to the sample; parameters: seedText(), hash cut-off.
    QString sampledCustomers() const;
    static QString seedText(qint64 seed);
    static Result<CustomerSample> parseTotals(const QString &text);

private:
    QString summaryCtes(bool sampled) const;
    QString summarySelect() const;
    QString customerKeys() const;
    QString column(Role role) const;
    QString amountExpression() const;
    QString filter() const;

    QString m_relation;
    QMap<Role, QString> m_roles;
    QString m_customersRelation;
    QString m_customersId;
};

} // namespace Segmenta
