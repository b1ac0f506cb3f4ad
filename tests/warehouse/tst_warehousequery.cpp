// SPDX-License-Identifier: GPL-3.0-or-later
// The warehouse source and SQL without a server: addresses, quoting, roles, and the summary
// window a warehouse project can be analysed for.
#include "testsupport.h"

#include "analysis/customeranalysis.h"
#include "analysis/measures/summarycolumns.h"
#include "warehouse/warehousequery.h"
#include "data/customersample.h"
#include "warehouse/warehousesource.h"

#include <QtTest>

using namespace Segmenta;

class TestWarehouseQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void url_data();
    void url();
    void quoting_data();
    void quoting();
    void relation();
    void singleStatement_data();
    void singleStatement();
    void sourceLimits_data();
    void sourceLimits();
    void oldNoLimitReadsAsLongest();
    void roles();
    void summaryIsParameterised();
    void sourceRoundTrip();
    void sampledSummaryIsParameterised();
    void portableAggregates();
    void parseTotals_data();
    void parseTotals();
    void sampleRoundTrip();
    void summaryColumnsFeedTheAnalysis();
};

void TestWarehouseQuery::url_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("full") << "postgresql://ana@db.example:6543/shop?sslmode=require" << true
                          << "db.example" << 6543 << "ana" << "shop" << "require";
    QTest::newRow("default port") << "postgres://ana@localhost/shop" << true << "localhost" << 5432
                                  << "ana" << "shop" << "prefer";
    QTest::newRow("password refused") << "postgresql://ana:secret@localhost/shop" << false << "" << 0
                                      << "" << "" << "";
    QTest::newRow("other scheme") << "mysql://ana@localhost/shop" << false << "" << 0 << "" << "" << "";
}

void TestWarehouseQuery::url()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto s = WarehouseSource::fromUrl(text);
    QCOMPARE(bool(s), ok);
    if (!ok)
        return;
    QTEST(s->host, "host");
    QTEST(s->port, "port");
    QTEST(s->user, "user");
    QTEST(s->database, "database");
    QTEST(s->sslMode, "sslMode");
    QVERIFY(!s->url().contains(QStringLiteral("secret")));
}

void TestWarehouseQuery::quoting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("plain") << "orders" << "\"orders\"" << "\"orders\"";
    QTest::newRow("schema") << "sales.orders" << "\"sales\".\"orders\"" << "\"sales.orders\"";
    QTest::newRow("text after a quoted part is refused") << "\"x\"; DROP TABLE t; --\""
                                                         << "" << "\"\"\"x\"\"; DROP TABLE t; --\"\"\"";
    QTest::newRow("quoted schema and table") << "\"Sales\".\"Orders 2024\"" << "\"Sales\".\"Orders 2024\""
                                             << "\"\"\"Sales\"\".\"\"Orders 2024\"\"\"";
    QTest::newRow("quoted with a dot and a quote inside") << "sales.\"a.b\"\"c\"" << "\"sales\".\"a.b\"\"c\""
                                                          << "\"sales.\"\"a.b\"\"\"\"c\"\"\"";
    QTest::newRow("blanks around the dot") << " sales . \"Orders\" " << "\"sales\".\"Orders\""
                                           << "\" sales . \"\"Orders\"\" \"";
    QTest::newRow("empty part") << "sales..orders" << "" << "\"sales..orders\"";
    QTest::newRow("open quote") << "\"sales.orders" << "" << "\"\"\"sales.orders\"";
    QTest::newRow("quote inside a plain part") << "sa\"les" << "" << "\"sa\"\"les\"";
    QTest::newRow("four parts") << "a.b.c.d" << "" << "\"a.b.c.d\"";
    QTest::newRow("chinese") << "订单" << "\"订单\"" << "\"订单\"";
}

void TestWarehouseQuery::quoting()
{
    QFETCH(QString, name);
    QFETCH(QString, table);
    const auto quoted = WarehouseQuery::quoteTable(name);
    QCOMPARE(bool(quoted), !table.isEmpty());
    if (quoted)
        QCOMPARE(*quoted, table);
    else
        QCOMPARE(QByteArray(quoted.error().code()), QByteArray("warehouse-table"));
    QTEST(WarehouseQuery::quoteIdentifier(name), "identifier");
}

void TestWarehouseQuery::relation()
{
    QCOMPARE(*WarehouseQuery::relation(QStringLiteral("sales.orders"), {}), QStringLiteral("\"sales\".\"orders\""));
    auto q = WarehouseQuery::relation({}, QStringLiteral("  SELECT * FROM t WHERE x > 1 ;; "));
    QVERIFY(q);
    QCOMPARE(*q, QStringLiteral("(\nSELECT * FROM t WHERE x > 1\n)"));
    QVERIFY(!WarehouseQuery::relation({}, QStringLiteral("SELECT 1; DELETE FROM t")));
    QVERIFY(!WarehouseQuery::relation({}, QStringLiteral(" ; ")));
}

void TestWarehouseQuery::singleStatement_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("statement"); // empty: refused
    QTest::addColumn<QString>("reason");    // a word of the message
    QTest::newRow("plain") << "SELECT 1" << "SELECT 1" << "";
    QTest::newRow("trailing semicolons and blanks") << " SELECT 1 ;; \n" << "SELECT 1" << "";
    QTest::newRow("; in a literal") << "SELECT * FROM t WHERE x = 'a;b'" << "SELECT * FROM t WHERE x = 'a;b'" << "";
    QTest::newRow("doubled quote inside a literal") << "SELECT 'it''s; fine'" << "SELECT 'it''s; fine'" << "";
    QTest::newRow("; in a quoted name") << "SELECT \"a;b\" FROM t" << "SELECT \"a;b\" FROM t" << "";
    QTest::newRow("; in a line comment") << "SELECT 1 -- one; two\nFROM t" << "SELECT 1 -- one; two\nFROM t" << "";
    QTest::newRow("; in a block comment") << "SELECT /* a; /* nested; */ b; */ 1" << "SELECT /* a; /* nested; */ b; */ 1" << "";
    QTest::newRow("; in $$") << "SELECT $$a;b$$" << "SELECT $$a;b$$" << "";
    QTest::newRow("; in $tag$") << "SELECT $x$a;$$;b$x$" << "SELECT $x$a;$$;b$x$" << "";
    QTest::newRow("E string with backslash quote") << "SELECT E'a\\';b'" << "SELECT E'a\\';b'" << "";
    QTest::newRow("comment after the end") << "SELECT 1; -- done" << "SELECT 1" << "";
    QTest::newRow("positional $1 is not a dollar quote") << "SELECT $1; SELECT 2" << "" << "single";
    QTest::newRow("second statement") << "SELECT 1; DELETE FROM t" << "" << "single";
    QTest::newRow("second after a literal") << "SELECT ';'; DROP TABLE t" << "" << "single";
    QTest::newRow("second after $$") << "SELECT $$;$$; DROP TABLE t" << "" << "single";
    QTest::newRow("doubled quote does not close") << "SELECT 'a''; DROP TABLE t" << "" << "open";
    QTest::newRow("open literal") << "SELECT 'a; DROP TABLE t" << "" << "open";
    QTest::newRow("open $$") << "SELECT $$a; DROP TABLE t" << "" << "open";
    QTest::newRow("open comment") << "SELECT 1 /* ; DROP TABLE t" << "" << "open";
    QTest::newRow("empty") << "" << "" << "empty";
    QTest::newRow("only semicolons") << " ;; " << "" << "empty";
    QTest::newRow("only a comment") << "-- nothing\n" << "" << "empty";
}

void TestWarehouseQuery::singleStatement()
{
    QFETCH(QString, sql);
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    const auto r = WarehouseQuery::relation({}, sql);
    QCOMPARE(bool(r), !statement.isEmpty());
    if (r) {
        QCOMPARE(*r, QStringLiteral("(\n") + statement + QStringLiteral("\n)"));
        return;
    }
    QVERIFY2(r.errorString().contains(reason), qPrintable(r.errorString()));
    QCOMPARE(QByteArray(r.error().code()), QByteArray("warehouse-query"));
}

void TestWarehouseQuery::sourceLimits_data()
{
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("valid") << 600 << "t" << "" << "";
    QTest::newRow("shortest limit") << 1 << "t" << "" << "";
    QTest::newRow("longest limit") << 86400 << "t" << "" << "";
    QTest::newRow("no limit") << 0 << "t" << "" << "time limit must be from 1 to 86400";
    QTest::newRow("negative limit") << -1 << "t" << "" << "time limit must be from 1 to 86400";
    QTest::newRow("beyond a day") << 86401 << "t" << "" << "time limit must be from 1 to 86400";
    QTest::newRow("neither table nor query") << 600 << "" << "" << "Give an orders table or an orders query.";
    QTest::newRow("both") << 600 << "t" << "SELECT 1" << "not both";
    QTest::newRow("query of blanks") << 600 << "" << " ; " << "The query is empty.";
    QTest::newRow("two statements") << 600 << "" << "SELECT 1; SELECT 2" << "single SELECT";
    QTest::newRow("bad table name") << 600 << "a..b" << "" << "is not a table name";
}

void TestWarehouseQuery::sourceLimits()
{
    QFETCH(int, timeout);
    QFETCH(QString, message);
    auto s = WarehouseSource::fromUrl(QStringLiteral("postgresql://u@h/db"));
    QVERIFY(s);
    s->statementTimeoutSeconds = timeout;
    QFETCH(QString, table);
    QFETCH(QString, query);
    s->ordersTable = table;
    s->ordersQuery = query;
    const Status st = s->validate();
    QCOMPARE(bool(st), message.isEmpty());
    if (!st)
        QVERIFY2(st.errorString().contains(message), qPrintable(st.errorString()));
}

void TestWarehouseQuery::oldNoLimitReadsAsLongest()
{
    auto s = WarehouseSource::fromUrl(QStringLiteral("postgresql://u@h/db"));
    QVERIFY(s);
    s->ordersTable = QStringLiteral("t");
    QJsonObject json = s->toJson();
    json.insert(QStringLiteral("statement_timeout"), 0);
    auto read = WarehouseSource::fromJson(json);
    QVERIFY2(read, qPrintable(read.errorString()));
    QCOMPARE(read->statementTimeoutSeconds, WarehouseSource::kMaxTimeoutSeconds);
}

void TestWarehouseQuery::roles()
{
    const QStringList columns{"InvoiceNo", "InvoiceDate", "Quantity", "UnitPrice", "CustomerID", "Country"};
    auto r = WarehouseQuery::resolveRoles(columns, {}, TableKind::Transactions);
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r->value(Role::Customer), QStringLiteral("CustomerID"));
    QCOMPARE(r->value(Role::Order), QStringLiteral("InvoiceNo"));
    QCOMPARE(r->value(Role::Date), QStringLiteral("InvoiceDate"));
    QVERIFY(!r->contains(Role::Amount)); // quantity × unit_price instead

    // Explicit mappings win, case-insensitively, and must name a real column.
    auto m = ColumnMapping::parse(QStringLiteral("customer=country"));
    r = WarehouseQuery::resolveRoles(columns, {*m}, TableKind::Transactions);
    QVERIFY(r);
    QCOMPARE(r->value(Role::Customer), QStringLiteral("Country"));
    m = ColumnMapping::parse(QStringLiteral("amount=total\"; --"));
    r = WarehouseQuery::resolveRoles(columns, {*m}, TableKind::Transactions);
    QVERIFY(!r);
    QCOMPARE(QByteArray(r.error().code()), QByteArray("missing-role"));

    r = WarehouseQuery::resolveRoles({"who", "when"}, {}, TableKind::Transactions);
    QVERIFY(!r);
    QVERIFY(r.errorString().contains(QStringLiteral("--map customer=COLUMN")));
}

void TestWarehouseQuery::summaryIsParameterised()
{
    QMap<Role, QString> roles{{Role::Customer, "cust"}, {Role::Date, "day"}, {Role::Amount, "amt"},
                              {Role::Order, "ord"}};
    const WarehouseQuery q(QStringLiteral("(\nSELECT * FROM t WHERE note LIKE '%1%'\n)"), roles);
    const QString sql = q.summary();
    QCOMPARE(sql.count(u'?'), 6); // as-of, two window starts, months, margin rate, margin is rate
    QVERIFY(sql.contains(QStringLiteral("LIKE '%1%'"))); // user text untouched by arg()
    QVERIFY(sql.contains(QStringLiteral("count(DISTINCT w.ord)")));
    QVERIFY(sql.contains(QStringLiteral("s.\"amt\" IS NOT NULL")));
    QVERIFY(q.bounds().startsWith(QStringLiteral("SELECT max(CAST(s.\"day\" AS date))")));
}

void TestWarehouseQuery::sourceRoundTrip()
{
    auto s = WarehouseSource::fromUrl(QStringLiteral("postgresql://ana@h:1234/shop?sslmode=verify-full"));
    QVERIFY(s);
    s->ordersQuery = QStringLiteral("SELECT 1");
    s->customersTable = QStringLiteral("crm.customers");
    s->mappings.append(*ColumnMapping::parse(QStringLiteral("amount=net")));
    // The customer list's own roles (its id column named otherwise than the orders').
    s->customersMappings.append(*ColumnMapping::parse(QStringLiteral("customer=ref")));
    s->asOfDay = Column::toDays(QDate(2024, 1, 1));
    auto back = WarehouseSource::fromJson(s->toJson());
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->toJson(), s->toJson());
    QCOMPARE(back->asOfDay, s->asOfDay);
    QCOMPARE(back->customersMappings.size(), 1);
    QCOMPARE(back->customersMappings.first().column, QStringLiteral("ref"));
    QCOMPARE(back->mappings.size(), 1);
    // Without them, the key is left out (projects written before stay as they were).
    s->customersMappings.clear();
    QVERIFY(!s->toJson().contains(QStringLiteral("customers_map")));
    s->maxCustomers = 500;
    s->sampleSeed = 7;
    back = WarehouseSource::fromJson(s->toJson());
    QVERIFY(back);
    QCOMPARE(back->maxCustomers, qint64(500));
    QCOMPARE(back->sampleSeed, qint64(7));
    // A source stored before sampling existed gets the default limit.
    QJsonObject old = s->toJson();
    old.remove(QStringLiteral("max_customers"));
    old.remove(QStringLiteral("sample_seed"));
    back = WarehouseSource::fromJson(old);
    QVERIFY(back);
    QCOMPARE(back->maxCustomers, WarehouseSource::kDefaultMaxCustomers);
    QCOMPARE(back->sampleSeed, qint64(0));
    s->maxCustomers = -1;
    QVERIFY(!s->validate());
    s->maxCustomers = 0; // no limit
    QVERIFY(s->validate());
    s->ordersTable = QStringLiteral("both");
    QVERIFY(!s->validate());
}

void TestWarehouseQuery::sampledSummaryIsParameterised()
{
    QMap<Role, QString> roles{{Role::Customer, "cust"}, {Role::Date, "day"}, {Role::Amount, "amt"}};
    WarehouseQuery q(QStringLiteral("\"orders\""), roles);
    QString sql = q.sampledSummary();
    // The six of the summary, then limit, seed, zero tolerance and three tier ends.
    QCOMPARE(sql.count(u'?'), 12);
    QVERIFY(sql.contains(QStringLiteral("md5(p.seed || u.customer)")));
    QVERIFY(!sql.contains(QStringLiteral("FULL JOIN")));
    QCOMPARE(q.boundsWithCount().count(u'?'), 0);
    QVERIFY(!q.boundsWithCount().contains(QStringLiteral("UNION ALL")));

    // With a customers relation, its customers join the population and the sample.
    q.setCustomers(QStringLiteral("(\nSELECT * FROM crm WHERE note = '%1?'\n)"), QStringLiteral("id\"x"));
    sql = q.sampledSummary();
    QVERIFY(sql.contains(QStringLiteral("FULL JOIN (SELECT DISTINCT CAST(x.\"id\"\"x\" AS text)")));
    QVERIFY(sql.contains(QStringLiteral("note = '%1?'"))); // user text untouched by arg()
    QVERIFY(q.boundsWithCount().contains(QStringLiteral("UNION ALL SELECT k.customer")));
    const QString customers = q.sampledCustomers();
    QCOMPARE(customers.count(u'?'), 3); // seed, cut-off, and the user's own '?'
    QVERIFY(customers.contains(QStringLiteral("md5(p.seed || CAST(s.\"id\"\"x\" AS text)) <= p.cutoff")));
    QCOMPARE(WarehouseQuery::seedText(42), QStringLiteral("42:"));
}

// Amazon Redshift (and older engines) have no aggregate FILTER (WHERE ...): every conditional
// aggregate is written sum/count/min/max(CASE WHEN ... END). tst_warehouse and
// tst_warehousesample check on a real server that the figures are those of file import.
void TestWarehouseQuery::portableAggregates()
{
    QMap<Role, QString> roles{{Role::Customer, "cust"}, {Role::Date, "day"}, {Role::Amount, "amt"},
                              {Role::Order, "ord"}, {Role::Margin, "m"}, {Role::Quantity, "q"}};
    WarehouseQuery q(QStringLiteral("\"orders\""), roles);
    QStringList statements{q.summary(), q.sampledSummary()};
    q.setCustomers(QStringLiteral("\"crm\""), QStringLiteral("id"));
    statements << q.sampledSummary() << q.boundsWithCount() << q.sampledCustomers();
    const QRegularExpression filter(QStringLiteral("\\bFILTER\\s*\\("), QRegularExpression::CaseInsensitiveOption);
    for (const QString &sql : statements)
        QVERIFY2(!sql.contains(filter), qPrintable(sql));
    QVERIFY(statements[0].contains(QStringLiteral("count(CASE WHEN w.day >= p.previous_from THEN w.amount END)")));
    QVERIFY(statements[1].contains(QStringLiteral("count(CASE WHEN r.rn <= b.e1 THEN 1 END) AS t1n")));
}

void TestWarehouseQuery::parseTotals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    // cut-off, K, N, buyers, orders, lines, revenue, profit, quantity, positive, negatives,
    // negative sum, gini sum, top 1/5/10/20/50 % sums, customers for 80 %, then per tier
    // customers, revenue, orders, min, max (the empty gold tier has no min and max).
    const QString good = QStringLiteral("0fe1a2b3c4d5e6f708192a3b4c5d6e7f,500,4000,3900,12000,30000,1000000,200000,"
                                        "50000,1010000,3,-10000,2.02e9,101000,303000,404000,606000,909000,"
                                        "1200,40,101000,400,5000,2000,0,0,0,,,760,500000,7000,300,4000,"
                                        "3200,399000,4600,-5000,290");
    QTest::newRow("good") << good << true;
    QTest::newRow("a field short") << good.section(u',', 0, -2) << false;
    QTest::newRow("not a number") << QString(good).replace(QStringLiteral(",3900,"), QStringLiteral(",many,")) << false;
    QTest::newRow("no cut-off") << good.mid(good.indexOf(u',')) << false;
}

void TestWarehouseQuery::parseTotals()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto s = WarehouseQuery::parseTotals(text);
    QCOMPARE(bool(s), ok);
    if (!ok)
        return;
    QCOMPARE(s->hashCutoff, QStringLiteral("0fe1a2b3c4d5e6f708192a3b4c5d6e7f"));
    QCOMPARE(s->customers, qint64(500));
    QCOMPARE(s->population, qint64(4000));
    QCOMPARE(s->customersWithOrders, qint64(3900));
    QCOMPARE(s->orders, qint64(12000));
    QCOMPARE(s->revenue, 1000000.0);
    QCOMPARE(s->negativeCustomers, qint64(3));
    QCOMPARE(s->gini, 0.5); // 2.02e9 / (4000 × 1,010,000)
    QCOMPARE(s->topCounts[0], qint64(40));
    QCOMPARE(s->topShares[0], 0.1);
    QCOMPARE(s->topShares[4], 0.9);
    QCOMPARE(s->customersFor80, qint64(1200));
    QCOMPARE(s->tiers[0].customers, qint64(40));
    QCOMPARE(s->tiers[1].customers, qint64(0));
    QCOMPARE(s->tiers[1].minValue, 0.0);
    QCOMPARE(s->tiers[3].minValue, -5000.0);
    QCOMPARE(s->tiers[3].maxValue, 290.0);
}

void TestWarehouseQuery::sampleRoundTrip()
{
    auto s = WarehouseQuery::parseTotals(QStringLiteral(
        "ab,500,4000,3900,12000,30000,1000000,200000,50000,1010000,3,-10000,2.02e9,101000,303000,404000,"
        "606000,909000,1200,40,101000,400,5000,2000,160,200000,800,900,4000,600,300000,2400,300,900,"
        "3200,399000,8800,-5000,290"));
    QVERIFY2(s, qPrintable(s.errorString()));
    s->seed = 9;
    const QJsonObject json = s->toJson();
    QCOMPARE(json.value(QStringLiteral("fraction")).toDouble(), 0.125);
    const QJsonObject exact = json.value(QStringLiteral("exact")).toObject();
    QCOMPARE(exact.value(QStringLiteral("customers")).toInteger(), qint64(4000));
    const QJsonObject platinum = exact.value(QStringLiteral("tiers")).toArray().first().toObject();
    QCOMPARE(platinum.value(QStringLiteral("mean_value")).toDouble(), 101000.0 / 40);
    QCOMPARE(platinum.value(QStringLiteral("mean_frequency")).toDouble(), 10.0);
    QVERIFY(json.value(QStringLiteral("note")).toString().contains(QStringLiteral("500 of the 4000")));
    auto back = CustomerSample::fromJson(json);
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->toJson(), json);
    QVERIFY(back->sameTiers({1, 4, 15, 80}));
    QVERIFY(!back->sameTiers({2, 8, 10, 80}));
    QJsonObject damaged = json;
    damaged.insert(QStringLiteral("population"), 10); // fewer than the sample
    QVERIFY(!CustomerSample::fromJson(damaged));
}

void TestWarehouseQuery::summaryColumnsFeedTheAnalysis()
{
    // Two customers summarised by hand; the third has no orders.
    Dataset d;
    Column ids(QStringLiteral("customer"), ColumnType::Text, Role::Customer);
    for (const char *id : {"a", "b", "c"})
        ids.codes().push_back(ids.mutablePool().intern(id));
    d.customers.addColumn(std::move(ids));
    const qint32 day0 = Column::toDays(QDate(2024, 1, 1));
    const QList<QList<double>> values{
        {double(day0), double(day0 + 100), 3, 3, 5, 300, 200, 90, 5, 300, 0, 5, 300, 3000},
        {double(day0 + 50), double(day0 + 50), 1, 1, 1, 40, 0, 12, 1, 40, 0, 1, 40, 400},
        {Column::kMissingDate, Column::kMissingDate, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}};
    for (int k = 0; k < SummaryColumns::Count; ++k) {
        const bool date = k <= SummaryColumns::LastPurchase;
        Column c(SummaryColumns::names()[k], date ? ColumnType::Date : ColumnType::Number);
        for (const auto &row : values) {
            if (date)
                c.days().push_back(qint32(row[k]));
            else
                c.numbers().push_back(row[k]);
        }
        d.customers.addColumn(std::move(c));
    }
    QVERIFY(!SummaryColumns::present(d)); // no window: not a warehouse summary
    d.summaryAsOfDay = day0 + 120;
    QVERIFY(SummaryColumns::present(d));
    const CustomerSummary s = CustomerSummary::compute(d);
    QCOMPARE(s.asOfDay, day0 + 120);
    QCOMPARE(s.revenue, (std::vector<double>{300, 40, 0}));
    QCOMPARE(s.purchaseDays, (std::vector<qint32>{3, 1, 0}));
    QVERIFY(!s.hasPurchases(2));
    QCOMPARE(s.transactionsUsed, qint64(6));
    QCOMPARE(s.minDay, day0);
    QCOMPARE(s.maxDay, day0 + 100);

    AnalysisOptions o;
    o.clusters = false;
    auto a = CustomerAnalysis::run(d, o);
    QVERIFY2(a, qPrintable(a.errorString()));
    QCOMPARE(a->revenue, 340.0);
    QCOMPARE(a->growth.counts[size_t(GrowthClass::Growing)], qint64(2)); // spend only in the recent year
    QCOMPARE(a->growth.counts[size_t(GrowthClass::None)], qint64(1));
    // Another window cannot be served from the stored summary.
    o.asOfDay = day0 + 10;
    a = CustomerAnalysis::run(d, o);
    QVERIFY(!a);
    QCOMPARE(QByteArray(a.error().code()), QByteArray("summary-window"));
}

QTEST_GUILESS_MAIN(TestWarehouseQuery)
#include "tst_warehousequery.moc"
