// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/warehousequery.h"

#include "warehouse/sqltext.h"

#include "import/tableimportoptions.h"
#include "data/customersample.h"

#include <cmath>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";

// The per-customer columns of summarySelect() after the id, in SummaryColumns order.
const QStringList &summaryAliases()
{
    static const QStringList aliases{
        QStringLiteral("c_first"),    QStringLiteral("c_last"),     QStringLiteral("c_orders"),
        QStringLiteral("c_days"),     QStringLiteral("c_lines"),    QStringLiteral("c_revenue"),
        QStringLiteral("c_repeat"),   QStringLiteral("c_profit"),   QStringLiteral("c_quantity"),
        QStringLiteral("c_recent"),   QStringLiteral("c_previous"), QStringLiteral("c_trend_lines"),
        QStringLiteral("c_trend_y"),  QStringLiteral("c_trend_xy")};
    return aliases;
}

QString prefixed(const QString &prefix, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out.append(prefix + n);
    return out.join(QStringLiteral(", "));
}

// The fields of the totals row of sampledSummary(), in order; parseTotals() reads them back.
// r: customers ranked by revenue (rn from 1, x = revenue counted for 80/20, cum = Σ x so far);
// t: sums over all customers; b: t with the tier ends e1..e3; z: the sample's largest hash.
const QStringList &totalsFields()
{
    static const QStringList fields = [] {
        QStringList f{QStringLiteral("z.h"), QStringLiteral("z.k"), QStringLiteral("t.n"),
                      QStringLiteral("t.buyers"), QStringLiteral("t.orders"), QStringLiteral("t.lines"),
                      QStringLiteral("t.revenue"), QStringLiteral("t.profit"), QStringLiteral("t.quantity"),
                      QStringLiteral("t.positive"), QStringLiteral("t.negatives"),
                      QStringLiteral("t.negative_sum"), QStringLiteral("e.gini_sum")};
        for (int p : CustomerSample::kTopPercents)
            f.append(QStringLiteral("e.top%1").arg(p));
        f.append(QStringLiteral("e.for80"));
        for (int t = 1; t <= kValueTierCount; ++t)
            for (const char *part : {"n", "v", "o", "min", "max"})
                f.append(QStringLiteral("e.t%1%2").arg(t).arg(QLatin1String(part)));
        return f;
    }();
    return fields;
}
} // namespace

QString WarehouseQuery::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<QString> WarehouseQuery::quoteTable(const QString &name)
{
    const auto parts = SqlText::nameParts(name);
    if (!parts)
        return parts.error();
    QStringList quoted;
    for (const QString &part : *parts)
        quoted.append(quoteIdentifier(part));
    return quoted.join(u'.');
}

Result<QString> WarehouseQuery::relation(const QString &table, const QString &query)
{
    if (!table.trimmed().isEmpty())
        return quoteTable(table);
    // One SELECT only; the read-only transaction stops writes whatever the text says.
    const auto statement = SqlText::singleStatement(query);
    if (!statement)
        return statement.error();
    return QStringLiteral("(\n") + *statement + QStringLiteral("\n)");
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
    const QString day = QStringLiteral("CAST(") + column(Role::Date) + QStringLiteral(" AS date)");
    return QStringLiteral("SELECT max(") + day + QStringLiteral(") - DATE '1970-01-01', ") + margin
           + QStringLiteral(", min(") + day + QStringLiteral(") - DATE '1970-01-01' FROM ") + m_relation
           + QStringLiteral(" AS s WHERE ") + filter();
}

QString WarehouseQuery::summaryCtes(bool sampled) const
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
    const QString sampleParameters =
        sampled ? QStringLiteral(",\n  CAST(? AS bigint) AS max_customers, CAST(? AS text) AS seed, "
                                 "CAST(? AS double precision) AS zero, CAST(? AS numeric) AS cut1, "
                                 "CAST(? AS numeric) AS cut2, CAST(? AS numeric) AS cut3")
                : QString();
    return QStringLiteral(
               "WITH p AS (SELECT CAST(? AS integer) AS as_of, CAST(? AS integer) AS recent_from, "
               "CAST(? AS integer) AS previous_from, CAST(? AS integer) AS months, "
               "CAST(? AS double precision) AS margin_rate, CAST(? AS integer) = 1 AS margin_is_rate%1),\n"
               "w AS (SELECT CAST(%2 AS text) AS customer, CAST(%3 AS date) - DATE '1970-01-01' AS day, "
               "%4 AS amount, %5 AS ord, %6 AS margin, %7 AS qty\n"
               "      FROM %8 AS s WHERE %9 AND CAST(%3 AS date) - DATE '1970-01-01' < (SELECT as_of FROM p)),\n"
               "f AS (SELECT customer, min(day) AS first_day FROM w GROUP BY customer)\n")
        // One multi-argument arg(): a "%1" inside the user's query is never substituted.
        .arg(sampleParameters, column(Role::Customer), column(Role::Date), amountExpression(), order,
             margin, quantity, m_relation, filter());
}

QString WarehouseQuery::summarySelect() const
{
    const QString orders = m_roles.contains(Role::Order) ? QStringLiteral("count(DISTINCT w.ord)")
                                                         : QStringLiteral("count(*)");
    // Named after kSummaryAliases, in the order of SummaryColumns::names(). Conditional sums are
    // sum(CASE WHEN ... THEN x END), not sum(x) FILTER (WHERE ...), which Redshift and older
    // engines lack: a CASE without ELSE is NULL, which sum() and count() skip, so the results are
    // the same (NULL over no rows, then coalesced; count(x) still counts non-null x only).
    return QStringLiteral(
               "SELECT w.customer AS customer, min(w.day) AS c_first, max(w.day) AS c_last, %1 AS c_orders, "
               "count(DISTINCT w.day) AS c_days, count(*) AS c_lines,\n"
               "  sum(coalesce(w.amount, 0)) AS c_revenue,\n"
               "  coalesce(sum(CASE WHEN w.day > f.first_day THEN coalesce(w.amount, 0) END), 0) AS c_repeat,\n"
               "  sum(CASE WHEN w.margin IS NULL THEN p.margin_rate * coalesce(w.amount, 0)\n"
               "           WHEN p.margin_is_rate THEN coalesce(w.amount, 0) * w.margin ELSE w.margin END) AS c_profit,\n"
               "  sum(coalesce(w.qty, 0)) AS c_quantity,\n"
               "  coalesce(sum(CASE WHEN w.day >= p.recent_from THEN w.amount END), 0) AS c_recent,\n"
               "  coalesce(sum(CASE WHEN w.day >= p.previous_from AND w.day < p.recent_from THEN w.amount END), 0) AS c_previous,\n"
               "  count(CASE WHEN w.day >= p.previous_from THEN w.amount END) AS c_trend_lines,\n"
               // Months of 487/16 days back from the day before the as-of day (GrowthTrend).
               "  coalesce(sum(CASE WHEN (p.as_of - 1 - w.day) * 16 / 487 < p.months THEN w.amount END), 0) AS c_trend_y,\n"
               "  coalesce(sum(CASE WHEN (p.as_of - 1 - w.day) * 16 / 487 < p.months\n"
               "                    THEN (p.months - 1 - (p.as_of - 1 - w.day) * 16 / 487) * w.amount END), 0) AS c_trend_xy\n"
               "FROM w JOIN f ON f.customer = w.customer CROSS JOIN p\n"
               "GROUP BY w.customer")
        .arg(orders);
}

QString WarehouseQuery::summary() const
{
    return summaryCtes(false) + summarySelect();
}

void WarehouseQuery::setCustomers(QString relation, QString idColumn)
{
    m_customersRelation = std::move(relation);
    m_customersId = std::move(idColumn);
}

QString WarehouseQuery::customerKeys() const
{
    const QString id = QStringLiteral("x.") + quoteIdentifier(m_customersId);
    return QStringLiteral("SELECT DISTINCT CAST(%1 AS text) AS customer FROM %2 AS x WHERE %1 IS NOT NULL")
        .arg(id, m_customersRelation);
}

QString WarehouseQuery::boundsWithCount() const
{
    // One pass, grouped by customer: the bounds and the number of customers together.
    const QString margin = m_roles.contains(Role::Margin)
                               ? QStringLiteral("abs(CAST(") + column(Role::Margin) + QStringLiteral(" AS double precision))")
                               : QStringLiteral("CAST(NULL AS double precision)");
    QString lines = QStringLiteral("SELECT CAST(%1 AS text) AS customer, CAST(%2 AS date) - DATE '1970-01-01' AS d, "
                                   "%3 AS m FROM %4 AS s WHERE %5")
                        .arg(column(Role::Customer), column(Role::Date), margin, m_relation, filter());
    if (!m_customersRelation.isEmpty())
        lines += QStringLiteral("\n  UNION ALL SELECT k.customer, NULL, NULL FROM (") + customerKeys()
                 + QStringLiteral(") AS k");
    return QStringLiteral("SELECT max(g.d), max(g.m), count(*), min(g.f) FROM (SELECT a.customer, "
                          "max(a.d) AS d, max(a.m) AS m, min(a.d) AS f FROM (\n  ")
           + lines + QStringLiteral("\n) AS a GROUP BY a.customer) AS g");
}

QString WarehouseQuery::sampledSummary() const
{
    const QStringList &aliases = summaryAliases();
    QString sql = summaryCtes(true) + QStringLiteral(",\nc AS (") + summarySelect() + QStringLiteral("),\n");
    // Customers of the customers relation without orders belong to the population too.
    if (m_customersRelation.isEmpty())
        sql += QStringLiteral("u AS (SELECT c.*, coalesce(c.c_revenue, 0) AS v FROM c),\n");
    else
        sql += QStringLiteral("u AS (SELECT coalesce(c.customer, k.customer) AS customer, %1, "
                              "coalesce(c.c_revenue, 0) AS v\n"
                              "      FROM c FULL JOIN (%2) AS k ON k.customer = c.customer),\n")
                   .arg(prefixed(QStringLiteral("c."), aliases), customerKeys());
    // Ranked by revenue, best first (equal revenue by key, so a refresh ranks alike).
    sql += QStringLiteral(
        "r AS (SELECT u.v, u.c_orders, CASE WHEN u.v > p.zero THEN u.v ELSE 0 END AS x,\n"
        "        row_number() OVER (ORDER BY u.v DESC, u.customer) AS rn,\n"
        "        sum(CASE WHEN u.v > p.zero THEN u.v ELSE 0 END) OVER (ORDER BY u.v DESC, u.customer "
        "ROWS UNBOUNDED PRECEDING) AS cum\n"
        "      FROM u CROSS JOIN p),\n"
        "t AS (SELECT count(*) AS n, count(u.c_first) AS buyers, coalesce(sum(u.c_orders), 0) AS orders,\n"
        "        coalesce(sum(u.c_lines), 0) AS lines, coalesce(sum(u.v), 0) AS revenue,\n"
        "        coalesce(sum(u.c_profit), 0) AS profit, coalesce(sum(u.c_quantity), 0) AS quantity,\n"
        "        coalesce(sum(CASE WHEN u.v > p.zero THEN u.v ELSE 0 END), 0) AS positive,\n"
        "        count(CASE WHEN u.v < -p.zero THEN 1 END) AS negatives,\n"
        "        coalesce(sum(CASE WHEN u.v < -p.zero THEN u.v END), 0) AS negative_sum\n"
        "      FROM u CROSS JOIN p),\n"
        // CustomerPyramid: tier t ends at round(n × cumulative % / 100), half away from zero.
        "b AS (SELECT t.n, t.positive, least(t.n, round(t.n * p.cut1 / 100)) AS e1,\n"
        "        least(t.n, round(t.n * p.cut2 / 100)) AS e2, least(t.n, round(t.n * p.cut3 / 100)) AS e3\n"
        "      FROM t CROSS JOIN p),\n"
        "e AS (SELECT coalesce(sum((b.n + 1 - 2 * r.rn) * r.x), 0) AS gini_sum,\n");
    for (int p : CustomerSample::kTopPercents)
        sql += QStringLiteral("        coalesce(sum(CASE WHEN r.rn <= (%1 * b.n + 99) / 100 THEN r.x END), 0) AS top%1,\n").arg(p);
    sql += QStringLiteral("        min(CASE WHEN b.positive > 0 AND r.cum * 5 >= b.positive * 4 THEN r.rn END) AS for80");
    const QStringList ranges{QStringLiteral("r.rn <= b.e1"), QStringLiteral("r.rn > b.e1 AND r.rn <= b.e2"),
                             QStringLiteral("r.rn > b.e2 AND r.rn <= b.e3"), QStringLiteral("r.rn > b.e3")};
    for (int t = 0; t < kValueTierCount; ++t)
        sql += QStringLiteral(",\n        count(CASE WHEN %2 THEN 1 END) AS t%1n, coalesce(sum(CASE WHEN %2 THEN r.v END), 0) AS t%1v, "
                              "coalesce(sum(CASE WHEN %2 THEN r.c_orders END), 0) AS t%1o, "
                              "min(CASE WHEN %2 THEN r.v END) AS t%1min, max(CASE WHEN %2 THEN r.v END) AS t%1max")
                   .arg(t + 1)
                   .arg(ranges[t]);
    sql += QStringLiteral(
               "\n      FROM r CROSS JOIN b),\n"
               // The sample: the customers with the smallest md5 of seed and key.
               "s AS (SELECT u.*, md5(p.seed || u.customer) AS h FROM u CROSS JOIN p\n"
               "      ORDER BY h, u.customer LIMIT (SELECT max_customers FROM p))\n"
               "SELECT s.customer, %1, CAST(NULL AS text) AS totals FROM s\n"
               "UNION ALL\n"
               "SELECT NULL")
               .arg(prefixed(QStringLiteral("s."), aliases));
    for (qsizetype i = 0; i < aliases.size(); ++i)
        sql += QStringLiteral(", NULL");
    // The totals as one text field: the sample's rows then carry a single NULL for them.
    QStringList parts;
    for (const QString &field : totalsFields())
        parts.append(QStringLiteral("coalesce(CAST(%1 AS text), '')").arg(field));
    sql += QStringLiteral(",\n  ") + parts.join(QStringLiteral(" || ',' || "))
           + QStringLiteral("\nFROM t CROSS JOIN e CROSS JOIN (SELECT max(s.h) AS h, count(*) AS k FROM s) AS z");
    return sql;
}

QString WarehouseQuery::sampledCustomers() const
{
    const QString id = QStringLiteral("s.") + quoteIdentifier(m_customersId);
    return QStringLiteral("WITH p AS (SELECT CAST(? AS text) AS seed, CAST(? AS text) AS cutoff)\n"
                          "SELECT s.* FROM %1 AS s CROSS JOIN p\n"
                          "WHERE %2 IS NOT NULL AND md5(p.seed || CAST(%2 AS text)) <= p.cutoff")
        .arg(m_customersRelation, id);
}

QString WarehouseQuery::seedText(qint64 seed)
{
    return QString::number(seed) + u':';
}

Result<CustomerSample> WarehouseQuery::parseTotals(const QString &text)
{
    const QStringList f = text.split(u',');
    auto damaged = [] {
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The warehouse returned totals Segmenta cannot read."))
            .withCode("warehouse-query");
    };
    if (f.size() != totalsFields().size() || f[0].isEmpty())
        return damaged();
    bool ok = true;
    auto number = [&f, &ok](qsizetype i) {
        if (f[i].isEmpty())
            return 0.0; // NULL: an empty tier's cut-off, or no 80 % point
        bool good = false;
        const double v = f[i].toDouble(&good);
        ok = ok && good;
        return v;
    };
    auto count = [&](qsizetype i) { return qint64(std::llround(number(i))); };
    CustomerSample s;
    s.hashCutoff = f[0];
    s.customers = count(1);
    s.population = count(2);
    s.customersWithOrders = count(3);
    s.orders = count(4);
    s.lines = count(5);
    s.revenue = number(6);
    s.grossProfit = number(7);
    s.quantity = number(8);
    s.positiveRevenue = number(9);
    s.negativeCustomers = count(10);
    s.negativeRevenue = number(11);
    const double giniSum = number(12);
    s.gini = s.population > 0 && s.positiveRevenue > 0
                 ? std::max(0.0, giniSum / (double(s.population) * s.positiveRevenue))
                 : 0.0;
    qsizetype i = 13;
    for (size_t p = 0; p < CustomerSample::kTopPercents.size(); ++p, ++i) {
        s.topCounts[p] = (qint64(CustomerSample::kTopPercents[p]) * s.population + 99) / 100;
        s.topShares[p] = s.positiveRevenue > 0 ? number(i) / s.positiveRevenue : 0.0;
    }
    s.customersFor80 = count(i++);
    for (CustomerSample::Tier &t : s.tiers) {
        t.customers = count(i++);
        t.value = number(i++);
        t.orders = number(i++);
        t.minValue = number(i++);
        t.maxValue = number(i++);
    }
    if (!ok)
        return damaged();
    return s;
}

} // namespace Segmenta
