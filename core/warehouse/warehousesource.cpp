// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/warehousesource.h"

#include "warehouse/warehousequery.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"),
                                   QStringLiteral("prefer"),  QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}
} // namespace

Result<WarehouseSource> WarehouseSource::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres"))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "“%1” is not a postgresql://user@host:port/database address."),
                       {text})
            .withCode("warehouse-url");
    if (!url.password().isEmpty())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "Do not put the password in the address; it is "
                                                   "read from SEGMENTA_PG_PASSWORD or PGPASSWORD, or asked for."))
            .withCode("warehouse-url");
    WarehouseSource s;
    if (!url.host().isEmpty())
        s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        s.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (s.database.isEmpty())
        s.database = s.user;
    return s;
}

QString WarehouseSource::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(host);
    u.setPort(port);
    u.setUserName(user);
    u.setPath(u'/' + database);
    if (sslMode != u"prefer")
        u.setQuery(QStringLiteral("sslmode=") + sslMode);
    return u.toString();
}

Status WarehouseSource::validate() const
{
    auto fail = [](const char *text) { return Message(kContext, text).withCode("warehouse-source"); };
    if (database.isEmpty() || user.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Segmenta::Warehouse", "Name the database and the user to connect as."));
    if (ordersTable.isEmpty() && ordersQuery.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Segmenta::Warehouse", "Give an orders table or an orders query."));
    if (!ordersTable.isEmpty() && !ordersQuery.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Segmenta::Warehouse", "Give either an orders table or an orders query, not both."));
    if (!customersTable.isEmpty() && !customersQuery.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Segmenta::Warehouse", "Give either a customers table or a customers query, not both."));
    if (!sslModes().contains(sslMode))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "Unknown TLS mode “%1”; use one of %2."),
                       {sslMode, sslModes().join(QStringLiteral(", "))})
            .withCode("warehouse-source");
    if (statementTimeoutSeconds < kMinTimeoutSeconds || statementTimeoutSeconds > kMaxTimeoutSeconds)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The time limit must be from %1 to %2 seconds."),
                       {QString::number(kMinTimeoutSeconds), QString::number(kMaxTimeoutSeconds)})
            .withCode("warehouse-source");
    if (port <= 0 || port > 65535 || fetchRows <= 0)
        return fail(QT_TRANSLATE_NOOP("Segmenta::Warehouse", "The port or batch size is out of range."));
    if (maxCustomers < 0)
        return fail(QT_TRANSLATE_NOOP("Segmenta::Warehouse", "The largest number of customers to bring over must be 0 (no limit) or more."));
    // The names and queries must read before anything is sent.
    if (auto orders = WarehouseQuery::relation(ordersTable, ordersQuery); !orders)
        return orders.error();
    if (!customersTable.isEmpty() || !customersQuery.isEmpty())
        if (auto customers = WarehouseQuery::relation(customersTable, customersQuery); !customers)
            return customers.error();
    return {};
}

QJsonObject WarehouseSource::toJson() const
{
    auto list = [](const QList<ColumnMapping> &mappings) {
        QJsonArray maps;
        for (const ColumnMapping &m : mappings)
            maps.append(Roles::name(m.role) + u'=' + m.column);
        return maps;
    };
    QJsonObject o{{QStringLiteral("url"), url()},
                  {QStringLiteral("orders_table"), ordersTable},
                  {QStringLiteral("orders_query"), ordersQuery},
                  {QStringLiteral("customers_table"), customersTable},
                  {QStringLiteral("customers_query"), customersQuery},
                  {QStringLiteral("map"), list(mappings)},
                  {QStringLiteral("statement_timeout"), statementTimeoutSeconds},
                  {QStringLiteral("max_customers"), maxCustomers},
                  {QStringLiteral("sample_seed"), sampleSeed}};
    if (!customersMappings.isEmpty())
        o.insert(QStringLiteral("customers_map"), list(customersMappings));
    if (asOfDay != Column::kMissingDate)
        o.insert(QStringLiteral("as_of"), Column::fromDays(asOfDay).toString(Qt::ISODate));
    return o;
}

Result<WarehouseSource> WarehouseSource::fromJson(const QJsonObject &json)
{
    auto source = fromUrl(json.value(QStringLiteral("url")).toString());
    if (!source)
        return source;
    WarehouseSource &s = *source;
    s.ordersTable = json.value(QStringLiteral("orders_table")).toString();
    s.ordersQuery = json.value(QStringLiteral("orders_query")).toString();
    s.customersTable = json.value(QStringLiteral("customers_table")).toString();
    s.customersQuery = json.value(QStringLiteral("customers_query")).toString();
    s.statementTimeoutSeconds = json.value(QStringLiteral("statement_timeout")).toInt(600);
    // Projects from before a limit was required stored 0 for none: the longest limit now.
    if (s.statementTimeoutSeconds == 0)
        s.statementTimeoutSeconds = kMaxTimeoutSeconds;
    // Sources saved before sampling existed get the default limit.
    s.maxCustomers = json.value(QStringLiteral("max_customers")).toInteger(kDefaultMaxCustomers);
    s.sampleSeed = json.value(QStringLiteral("sample_seed")).toInteger(0);
    for (const QJsonValue &v : json.value(QStringLiteral("map")).toArray())
        if (auto m = ColumnMapping::parse(v.toString()))
            s.mappings.append(*m);
    for (const QJsonValue &v : json.value(QStringLiteral("customers_map")).toArray())
        if (auto m = ColumnMapping::parse(v.toString()))
            s.customersMappings.append(*m);
    if (json.contains(QStringLiteral("as_of"))) {
        const QDate d = QDate::fromString(json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
        if (d.isValid())
            s.asOfDay = Column::toDays(d);
    }
    if (Status st = s.validate(); !st)
        return st.error();
    return source;
}

} // namespace Segmenta
