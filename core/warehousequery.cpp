#include "warehousequery.h"

#include "tableimportoptions.h"

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";
}

QString WarehouseQuery::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString WarehouseQuery::quoteTable(const QString &name)
{
    QStringList parts;
    for (const QString &part : name.split(u'.'))
        parts.append(quoteIdentifier(part.trimmed()));
    return parts.join(u'.');
}

Result<QString> WarehouseQuery::relation(const QString &table, const QString &query)
{
    if (!table.trimmed().isEmpty())
        return quoteTable(table.trimmed());
    QString q = query.trimmed();
    while (q.endsWith(u';'))
        q = q.chopped(1).trimmed();
    if (q.isEmpty())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse", "The query is empty."))
            .withCode("warehouse-query");
    // One SELECT only; the read-only transaction stops writes whatever the text says.
    if (q.contains(u';'))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The query must be a single SELECT statement."))
            .withCode("warehouse-query");
    return QStringLiteral("(\n") + q + QStringLiteral("\n)");
}

Result<QMap<Role, QString>> WarehouseQuery::resolveRoles(const QStringList &columns,
                                                         const QList<ColumnMapping> &mappings,
                                                         TableKind kind)
{
    QMap<Role, QString> roles;
    for (const ColumnMapping &m : mappings) {
        if (!Roles::belongsTo(m.role, kind))
            continue;
        QString found;
        for (const QString &c : columns)
            if (c == m.column || (found.isEmpty() && c.compare(m.column, Qt::CaseInsensitive) == 0))
                found = c;
        if (found.isEmpty())
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                       "There is no column “%1” for “%2”. The columns are: %3."),
                           {m.column, Roles::name(m.role), columns.join(QStringLiteral(", "))})
                .withCode("missing-role");
        roles.insert(m.role, found);
    }
    for (const QString &c : columns) {
        const Role r = Roles::detect(c, kind);
        if (r != Role::None && !roles.contains(r) && !roles.values().contains(c))
            roles.insert(r, c);
    }
    QList<Role> required{Role::Customer};
    if (kind == TableKind::Transactions) {
        required.append(Role::Date);
        if (!(roles.contains(Role::Quantity) && roles.contains(Role::UnitPrice)))
            required.append(Role::Amount);
    }
    for (Role r : required)
        if (!roles.contains(r))
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                       "No column was recognised as “%1”. The columns are: "
                                                       "%2. Name it with --map %1=COLUMN."),
                           {Roles::name(r), columns.join(QStringLiteral(", "))})
                .withCode("missing-role");
    return roles;
}

WarehouseQuery::WarehouseQuery(QString relation, QMap<Role, QString> roles)
    : m_relation(std::move(relation)), m_roles(std::move(roles))
{
}

QString WarehouseQuery::column(Role role) const
{
    return QStringLiteral("s.") + quoteIdentifier(m_roles.value(role));
}

QString WarehouseQuery::amountExpression() const
{
    // As file import: amount, else quantity × unit_price.
    if (m_roles.contains(Role::Amount))
        return QStringLiteral("CAST(") + column(Role::Amount) + QStringLiteral(" AS double precision)");
    return QStringLiteral("CAST(") + column(Role::Quantity) + QStringLiteral(" AS double precision) * CAST(")
           + column(Role::UnitPrice) + QStringLiteral(" AS double precision)");
}

QString WarehouseQuery::filter() const
{
    // The lines file import would keep: a customer, a date, and an amount when it is a column.
    QString f = column(Role::Customer) + QStringLiteral(" IS NOT NULL AND ") + column(Role::Date) + QStringLiteral(" IS NOT NULL");
    if (m_roles.contains(Role::Amount))
        f += QStringLiteral(" AND ") + column(Role::Amount) + QStringLiteral(" IS NOT NULL");
    return f;
}

QString WarehouseQuery::probe(const QString &relation)
{
    return QStringLiteral("SELECT * FROM ") + relation + QStringLiteral(" AS s LIMIT 0");
}

QString WarehouseQuery::bounds() const
{
    const QString margin = m_roles.contains(Role::Margin)
                               ? QStringLiteral("max(abs(CAST(") + column(Role::Margin) + QStringLiteral(" AS double precision)))")
                               : QStringLiteral("CAST(NULL AS double precision)");
    return QStringLiteral("SELECT max(CAST(") + column(Role::Date) + QStringLiteral(" AS date)) - DATE '1970-01-01', ") + margin
           + QStringLiteral(" FROM ") + m_relation + QStringLiteral(" AS s WHERE ") + filter();
}

QString WarehouseQuery::summary() const
{
    const QString order = m_roles.contains(Role::Order)
                              ? QStringLiteral("CAST(") + column(Role::Order) + QStringLiteral(" AS text)")
                              : QStringLiteral("CAST(NULL AS text)");
    const QString margin = m_roles.contains(Role::Margin)
                               ? QStringLiteral("CAST(") + column(Role::Margin) + QStringLiteral(" AS double precision)")
                               : QStringLiteral("CAST(NULL AS double precision)");
    const QString quantity = m_roles.contains(Role::Quantity)
                                 ? QStringLiteral("CAST(") + column(Role::Quantity) + QStringLiteral(" AS double precision)")
                                 : QStringLiteral("CAST(NULL AS double precision)");
    const QString orders = m_roles.contains(Role::Order) ? QStringLiteral("count(DISTINCT w.ord)")
                                                         : QStringLiteral("count(*)");
    return QStringLiteral(
               "WITH p AS (SELECT CAST(? AS integer) AS as_of, CAST(? AS integer) AS recent_from, "
               "CAST(? AS integer) AS previous_from, CAST(? AS integer) AS months, "
               "CAST(? AS double precision) AS margin_rate, CAST(? AS integer) = 1 AS margin_is_rate),\n"
               "w AS (SELECT CAST(%1 AS text) AS customer, CAST(%2 AS date) - DATE '1970-01-01' AS day, "
               "%3 AS amount, %4 AS ord, %5 AS margin, %6 AS qty\n"
               "      FROM %7 AS s WHERE %8 AND CAST(%2 AS date) - DATE '1970-01-01' < (SELECT as_of FROM p)),\n"
               "f AS (SELECT customer, min(day) AS first_day FROM w GROUP BY customer)\n"
               "SELECT w.customer, min(w.day), max(w.day), %9, count(DISTINCT w.day), count(*),\n"
               "  sum(coalesce(w.amount, 0)),\n"
               "  coalesce(sum(coalesce(w.amount, 0)) FILTER (WHERE w.day > f.first_day), 0),\n"
               "  sum(CASE WHEN w.margin IS NULL THEN p.margin_rate * coalesce(w.amount, 0)\n"
               "           WHEN p.margin_is_rate THEN coalesce(w.amount, 0) * w.margin ELSE w.margin END),\n"
               "  sum(coalesce(w.qty, 0)),\n"
               "  coalesce(sum(w.amount) FILTER (WHERE w.day >= p.recent_from), 0),\n"
               "  coalesce(sum(w.amount) FILTER (WHERE w.day >= p.previous_from AND w.day < p.recent_from), 0),\n"
               "  count(w.amount) FILTER (WHERE w.day >= p.previous_from),\n"
               // Months of 487/16 days back from the day before the as-of day (GrowthTrend).
               "  coalesce(sum(w.amount) FILTER (WHERE (p.as_of - 1 - w.day) * 16 / 487 < p.months), 0),\n"
               "  coalesce(sum((p.months - 1 - (p.as_of - 1 - w.day) * 16 / 487) * w.amount) FILTER (WHERE (p.as_of - 1 - w.day) * 16 / 487 < p.months), 0)\n"
               "FROM w JOIN f ON f.customer = w.customer CROSS JOIN p\n"
               "GROUP BY w.customer")
        // One multi-argument arg(): a "%1" inside the user's query is never substituted.
        .arg(column(Role::Customer), column(Role::Date), amountExpression(), order, margin, quantity,
             m_relation, filter(), orders);
}

} // namespace Segmenta
