// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "base/taskcontrol.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

using namespace Segmenta;

namespace {

const QByteArray kCustomerHeaderZh = "客户编号,姓名,手机,邮箱,地区,城市,客户类型,性别,年龄,年收入,资产,"
                                     "年服务成本,注册日期,生活方式,性格,价值观,兴趣";
const QByteArray kCustomerHeaderEn = "customer_id,name,phone,email,region,city,customer_type,"
                                     "gender,age,income,assets,cost_to_serve,signup_date,"
                                     "lifestyle,personality,values,interests";
const QByteArray kOrderHeaderZh = "订单编号,客户编号,订单日期,商品,品类,数量,单价,金额,毛利率,渠道";
const QByteArray kOrderHeaderEn = "order_id,customer_id,order_date,product,category,quantity,"
                                  "unit_price,amount,margin,channel";

struct CustomerRow
{
    QByteArray id;
    QByteArray type; // normalised to consumer / business / channel / internal
    QDate signup;
    qint64 costCents = 0;
    QByteArray lifestyle;
};

struct OrderRow
{
    QByteArray order;
    QByteArray customer;
    QDate date;
    QByteArray product;
    QByteArray category;
    qint64 quantity = 0;
    qint64 priceCents = 0;
    qint64 amountCents = 0;
    double margin = 0;
    QByteArray channel;
};

// The generated files, parsed with deliberately simple code: they never need quoting.
struct Demo
{
    QByteArray customerHeader;
    QByteArray orderHeader;
    std::vector<CustomerRow> customers;
    std::vector<OrderRow> orders;
    QStringList problems;

    void problem(const QString &text)
    {
        if (problems.size() < 10)
            problems.append(text);
    }
};

std::optional<qint64> parseCents(const QByteArray &text)
{
    const qsizetype dot = text.indexOf('.');
    if (dot < 1 || dot != text.size() - 3)
        return std::nullopt;
    bool ok1 = false, ok2 = false;
    const qint64 whole = text.left(dot).toLongLong(&ok1);
    const qint64 fraction = text.mid(dot + 1).toLongLong(&ok2);
    if (!ok1 || !ok2 || text.at(dot + 1) == '-')
        return std::nullopt;
    return text.startsWith('-') ? whole * 100 - fraction : whole * 100 + fraction;
}

QDate parseDate(const QByteArray &text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-')
        return {};
    return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

QList<QByteArray> readLines(const QString &path, Demo &demo)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        demo.problem(QStringLiteral("cannot open %1").arg(path));
        return {};
    }
    QByteArray data = file.readAll();
    if (!data.startsWith("\xEF\xBB\xBF"))
        demo.problem(QStringLiteral("%1 has no UTF-8 BOM").arg(path));
    data.remove(0, 3);
    if (!data.endsWith('\n'))
        demo.problem(QStringLiteral("%1 does not end with a line break").arg(path));
    if (data.contains('"') || data.contains('\r'))
        demo.problem(QStringLiteral("%1 contains quotes or carriage returns").arg(path));
    data.chop(1);
    return data.split('\n');
}

QByteArray normalisedType(const QByteArray &type)
{
    static const std::unordered_map<std::string, QByteArray> names = {
        {"消费者", "consumer"}, {"企业", "business"}, {"渠道分销商", "channel"},
        {"内部", "internal"},   {"consumer", "consumer"}, {"business", "business"},
        {"channel", "channel"}, {"internal", "internal"}};
    const auto it = names.find(type.toStdString());
    return it == names.end() ? QByteArray() : it->second;
}

Demo load(const DemoFiles &files)
{
    Demo demo;
    const QList<QByteArray> customerLines = readLines(files.customersPath, demo);
    if (!customerLines.isEmpty())
        demo.customerHeader = customerLines.first();
    for (qsizetype i = 1; i < customerLines.size(); ++i) {
        const QList<QByteArray> f = customerLines.at(i).split(',');
        if (f.size() != 17) {
            demo.problem(
                QStringLiteral("customers line %1 has %2 fields").arg(i + 1).arg(f.size()));
            continue;
        }
        CustomerRow row;
        row.id = f.at(0);
        row.type = normalisedType(f.at(6));
        row.signup = parseDate(f.at(12));
        const std::optional<qint64> cost = parseCents(f.at(11));
        row.lifestyle = f.at(13);
        if (row.type.isEmpty() || !row.signup.isValid() || !cost || f.at(1).isEmpty()
            || f.at(2).size() != 11 || !f.at(3).endsWith("@example.cn")) {
            demo.problem(QStringLiteral("customers line %1 is malformed").arg(i + 1));
            continue;
        }
        row.costCents = *cost;
        demo.customers.push_back(row);
    }

    const QList<QByteArray> orderLines = readLines(files.ordersPath, demo);
    if (!orderLines.isEmpty())
        demo.orderHeader = orderLines.first();
    demo.orders.reserve(size_t(orderLines.size()));
    for (qsizetype i = 1; i < orderLines.size(); ++i) {
        const QList<QByteArray> f = orderLines.at(i).split(',');
        if (f.size() != 10) {
            demo.problem(
                QStringLiteral("orders line %1 has %2 fields").arg(i + 1).arg(f.size()));
            continue;
        }
        OrderRow row;
        row.order = f.at(0);
        row.customer = f.at(1);
        row.date = parseDate(f.at(2));
        row.product = f.at(3);
        row.category = f.at(4);
        bool quantityOk = false, marginOk = false;
        row.quantity = f.at(5).toLongLong(&quantityOk);
        const std::optional<qint64> price = parseCents(f.at(6));
        const std::optional<qint64> amount = parseCents(f.at(7));
        row.margin = f.at(8).toDouble(&marginOk);
        row.channel = f.at(9);
        if (!row.date.isValid() || !quantityOk || !price || !amount || !marginOk
            || row.order.isEmpty() || row.product.isEmpty() || row.category.isEmpty()
            || row.channel.isEmpty()) {
            demo.problem(QStringLiteral("orders line %1 is malformed").arg(i + 1));
            continue;
        }
        row.priceCents = *price;
        row.amountCents = *amount;
        demo.orders.push_back(row);
    }
    return demo;
}

std::optional<DemoFiles> generate(const QString &folder, const DemoOptions &options,
                                  TaskControl *control = nullptr)
{
    Result<DemoFiles> result = DemoGenerator::write(folder, options, control);
    if (!result) {
        qWarning("%s", qPrintable(result.errorString()));
        return std::nullopt;
    }
    return result.takeValue();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void determinism_data();
    void determinism();
    void counts_data();
    void counts();
    void consistency_data();
    void consistency();
    void realism_data();
    void realism();
    void invalidOptions_data();
    void invalidOptions();
    void unwritableFolder();
    void cancellation_data();
    void cancellation();
    void progressAndOverwrite();
};

void TestDemoGenerator::determinism_data()
{
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("default seed") << qint64(3000) << quint64(20240305) << true;
    QTest::newRow("other seed, English headers") << qint64(2000) << quint64(7) << false;
    QTest::newRow("ten customers") << qint64(10) << quint64(1) << true;
}

void TestDemoGenerator::determinism()
{
    QFETCH(qint64, customers);
    QFETCH(quint64, seed);
    QFETCH(bool, chinese);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    options.chineseHeaders = chinese;

    const auto a = generate(dir.filePath(QStringLiteral("a")), options);
    const auto b = generate(dir.filePath(QStringLiteral("b")), options);
    options.seed = seed + 1;
    const auto c = generate(dir.filePath(QStringLiteral("c")), options);
    QVERIFY(a && b && c);

    const QByteArray customersA = contents(a->customersPath);
    const QByteArray ordersA = contents(a->ordersPath);
    QVERIFY(!customersA.isEmpty() && !ordersA.isEmpty());
    QVERIFY(customersA == contents(b->customersPath));
    QVERIFY(ordersA == contents(b->ordersPath));
    QCOMPARE(a->orderLines, b->orderLines);
    QVERIFY(customersA != contents(c->customersPath));
    QVERIFY(ordersA != contents(c->ordersPath));
}

void TestDemoGenerator::counts_data()
{
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<double>("ordersPerCustomer");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("default") << qint64(20000) << 7.0 << quint64(20240305);
    QTest::newRow("few orders") << qint64(5000) << 3.0 << quint64(11);
    QTest::newRow("many orders") << qint64(5000) << 12.0 << quint64(12);
    QTest::newRow("near the minimum") << qint64(5000) << 2.0 << quint64(13);
    QTest::newRow("no orders") << qint64(300) << 0.0 << quint64(14);
}

void TestDemoGenerator::counts()
{
    QFETCH(qint64, customers);
    QFETCH(double, ordersPerCustomer);
    QFETCH(quint64, seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options;
    options.customers = customers;
    options.ordersPerCustomer = ordersPerCustomer;
    options.seed = seed;
    const auto files = generate(dir.path(), options);
    QVERIFY(files);
    const QDir folder(dir.path());
    QCOMPARE(files->customersPath, folder.absoluteFilePath(QStringLiteral("customers.csv")));
    QCOMPARE(files->ordersPath, folder.absoluteFilePath(QStringLiteral("orders.csv")));

    const Demo demo = load(*files);
    QVERIFY2(demo.problems.isEmpty(), qPrintable(demo.problems.join(u'\n')));
    QCOMPARE(qint64(demo.customers.size()), customers);
    QCOMPARE(files->customers, customers);
    QCOMPARE(qint64(demo.orders.size()), files->orderLines);
    const double target = double(customers) * ordersPerCustomer;
    QVERIFY2(std::abs(double(files->orderLines) - target) <= 0.1 * target,
             qPrintable(QStringLiteral("%1 lines for a target of %2")
                            .arg(files->orderLines)
                            .arg(target)));
}

void TestDemoGenerator::consistency_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("default period") << quint64(20240305) << true << QDate(2022, 1, 1)
                                    << QDate(2024, 12, 31);
    QTest::newRow("one quarter, English") << quint64(99) << false << QDate(2023, 1, 1)
                                          << QDate(2023, 3, 31);
    QTest::newRow("leap year with festivals") << quint64(5) << true << QDate(2024, 1, 1)
                                              << QDate(2024, 12, 31);
    QTest::newRow("a single day") << quint64(6) << true << QDate(2024, 3, 5)
                                  << QDate(2024, 3, 5);
}

void TestDemoGenerator::consistency()
{
    QFETCH(quint64, seed);
    QFETCH(bool, chinese);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options;
    options.customers = 4000;
    options.seed = seed;
    options.chineseHeaders = chinese;
    options.start = start;
    options.end = end;
    const auto files = generate(dir.path(), options);
    QVERIFY(files);
    const Demo demo = load(*files);
    QVERIFY2(demo.problems.isEmpty(), qPrintable(demo.problems.join(u'\n')));
    QCOMPARE(demo.customerHeader, chinese ? kCustomerHeaderZh : kCustomerHeaderEn);
    QCOMPARE(demo.orderHeader, chinese ? kOrderHeaderZh : kOrderHeaderEn);
    QVERIFY(!demo.orders.empty());

    std::unordered_map<std::string, size_t> customerIndex;
    for (size_t i = 0; i < demo.customers.size(); ++i) {
        const CustomerRow &c = demo.customers[i];
        QVERIFY2(customerIndex.emplace(c.id.toStdString(), i).second, c.id.constData());
        // Existing customers may have signed up a few years before the period.
        QVERIFY2(c.signup >= start.addYears(-4) && c.signup <= end, c.id.constData());
        QVERIFY(c.costCents >= 0);
    }

    std::vector<QDate> firstOrder(demo.customers.size());
    std::unordered_map<std::string, double> marginOfCategory;
    std::set<QByteArray> finishedOrders;
    const OrderRow *previous = nullptr;
    int linesInOrder = 0;
    for (const OrderRow &o : demo.orders) {
        const auto it = customerIndex.find(o.customer.toStdString());
        QVERIFY2(it != customerIndex.end(), o.customer.constData());
        QVERIFY2(o.date >= start && o.date <= end, o.order.constData());
        QVERIFY2(o.amountCents == o.quantity * o.priceCents, o.order.constData());
        QVERIFY(o.priceCents > 0);
        QVERIFY(o.quantity != 0);
        QVERIFY(o.margin > 0 && o.margin < 1);
        const auto margin = marginOfCategory.emplace(o.category.toStdString(), o.margin).first;
        QCOMPARE(margin->second, o.margin); // margin rates are per category
        QDate &first = firstOrder[it->second];
        if (!first.isValid() || o.date < first)
            first = o.date;

        if (previous) {
            QVERIFY2(previous->date <= o.date, "orders.csv is not sorted by date");
            if (previous->order == o.order) {
                // An order's lines are contiguous and share customer, date and channel.
                QCOMPARE(o.customer, previous->customer);
                QCOMPARE(o.date, previous->date);
                QCOMPARE(o.channel, previous->channel);
                QVERIFY2(++linesInOrder <= 4, o.order.constData());
            } else {
                QVERIFY2(finishedOrders.insert(previous->order).second,
                         previous->order.constData());
                linesInOrder = 1;
            }
        } else {
            linesInOrder = 1;
        }
        previous = &o;
    }
    QVERIFY(finishedOrders.count(previous->order) == 0);
    // Orders have one to four lines, typically fewer than two.
    const double linesPerOrder = double(demo.orders.size()) / double(finishedOrders.size() + 1);
    QVERIFY2(linesPerOrder > 1.3 && linesPerOrder < 2.5,
             qPrintable(QString::number(linesPerOrder)));

    for (size_t i = 0; i < demo.customers.size(); ++i) {
        if (firstOrder[i].isValid())
            QVERIFY2(demo.customers[i].signup <= firstOrder[i], demo.customers[i].id.constData());
    }
}

void TestDemoGenerator::realism_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("default seed") << quint64(20240305);
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 424242") << quint64(424242);
}

void TestDemoGenerator::realism()
{
    QFETCH(quint64, seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options; // 20000 customers, 2022 to 2024
    options.seed = seed;
    const auto files = generate(dir.path(), options);
    QVERIFY(files);
    const Demo demo = load(*files);
    QVERIFY2(demo.problems.isEmpty(), qPrintable(demo.problems.join(u'\n')));
    const size_t n = demo.customers.size();

    std::unordered_map<std::string, size_t> customerIndex;
    for (size_t i = 0; i < n; ++i)
        customerIndex.emplace(demo.customers[i].id.toStdString(), i);
    std::vector<double> revenue(n, 0), margin(n, 0), firstYear(n, 0), lastYear(n, 0);
    std::vector<int> lines(n, 0);
    std::unordered_map<std::string, std::unordered_map<std::string, double>> categoryByLifestyle;
    std::unordered_map<std::string, std::pair<double, double>> quantityByType; // sum, count
    qint64 refunds = 0;
    for (const OrderRow &o : demo.orders) {
        const size_t i = customerIndex.at(o.customer.toStdString());
        const double amount = double(o.amountCents) / 100.0;
        revenue[i] += amount;
        margin[i] += amount * o.margin;
        ++lines[i];
        if (o.date.year() == 2022)
            firstYear[i] += amount;
        else if (o.date.year() == 2024)
            lastYear[i] += amount;
        if (o.quantity < 0) {
            ++refunds;
            QVERIFY(o.amountCents < 0);
        } else {
            auto &q = quantityByType[demo.customers[i].type.toStdString()];
            q.first += double(o.quantity);
            q.second += 1;
        }
        categoryByLifestyle[demo.customers[i].lifestyle.toStdString()][o.category.toStdString()]
            += amount;
    }

    // 80/20: the top fifth of all customers brings most, but not all, of the revenue.
    std::vector<double> sorted = revenue;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    double total = 0, top = 0;
    for (size_t i = 0; i < n; ++i) {
        total += sorted[i];
        if (i < n / 5)
            top += sorted[i];
    }
    const double topShare = top / total;
    QVERIFY2(topShare >= 0.55 && topShare <= 0.85, qPrintable(QString::number(topShare)));

    // Customers sign up across the period, besides those who were already customers.
    std::unordered_map<int, qint64> signups;
    for (const CustomerRow &c : demo.customers)
        ++signups[c.signup.year()];
    for (int year : {2022, 2023, 2024})
        QVERIFY2(signups[year] > qint64(n) / 10, qPrintable(QString::number(year)));

    // Customer types: mostly consumers, all four present.
    std::unordered_map<std::string, qint64> types;
    for (const CustomerRow &c : demo.customers)
        ++types[c.type.toStdString()];
    for (const char *type : {"consumer", "business", "channel", "internal"})
        QVERIFY2(types[type] > 0, type);
    const double consumers = double(types["consumer"]) / double(n);
    QVERIFY2(consumers > 0.8 && consumers < 0.9, qPrintable(QString::number(consumers)));

    // Below-zero customers exist among buyers, and they are a minority.
    qint64 belowZero = 0, belowZeroBuyers = 0, buyers = 0, never = 0;
    for (size_t i = 0; i < n; ++i) {
        const bool bz = double(demo.customers[i].costCents) / 100.0 > margin[i];
        belowZero += bz ? 1 : 0;
        if (lines[i] > 0) {
            ++buyers;
            belowZeroBuyers += bz ? 1 : 0;
        } else {
            ++never;
        }
    }
    QVERIFY2(belowZeroBuyers >= buyers / 100, qPrintable(QString::number(belowZeroBuyers)));
    QVERIFY2(belowZero <= qint64(n) / 5, qPrintable(QString::number(belowZero)));
    const double neverShare = double(never) / double(n);
    QVERIFY2(neverShare > 0.03 && neverShare < 0.08, qPrintable(QString::number(neverShare)));

    // Refunds are kept, about one line in a hundred.
    const double refundShare = double(refunds) / double(demo.orders.size());
    QVERIFY2(refundShare > 0.003 && refundShare < 0.02, qPrintable(QString::number(refundShare)));

    // Segments on lifestyle and type mean something.
    auto fashionShare = [&](const char *lifestyle) {
        const auto &categories = categoryByLifestyle[lifestyle];
        double all = 0;
        for (const auto &[category, amount] : categories)
            all += amount;
        const auto share = [&](const char *category) {
            const auto it = categories.find(category);
            return it == categories.end() ? 0.0 : it->second;
        };
        return (share("服装") + share("美妆")) / all;
    };
    QVERIFY(fashionShare("追求潮流") > 1.5 * fashionShare("精打细算"));
    const auto meanQuantity = [&](const char *type) {
        const auto &q = quantityByType[type];
        return q.first / q.second;
    };
    QVERIFY(meanQuantity("business") > 1.5 * meanQuantity("consumer"));

    // Some customers grow, some decline.
    qint64 growing = 0, declining = 0;
    for (size_t i = 0; i < n; ++i) {
        growing += firstYear[i] > 0 && lastYear[i] > 2 * firstYear[i] ? 1 : 0;
        declining += lastYear[i] > 0 && firstYear[i] > 2 * lastYear[i] ? 1 : 0;
    }
    QVERIFY2(growing >= qint64(n) / 200, qPrintable(QString::number(growing)));
    QVERIFY2(declining >= qint64(n) / 200, qPrintable(QString::number(declining)));
}

void TestDemoGenerator::invalidOptions_data()
{
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<double>("ordersPerCustomer");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("no customers") << qint64(0) << 7.0 << QDate(2022, 1, 1) << QDate(2022, 2, 1);
    QTest::newRow("negative orders") << qint64(10) << -1.0 << QDate(2022, 1, 1)
                                     << QDate(2022, 2, 1);
    QTest::newRow("end before start") << qint64(10) << 7.0 << QDate(2022, 2, 1)
                                      << QDate(2022, 1, 1);
    QTest::newRow("invalid date") << qint64(10) << 7.0 << QDate() << QDate(2022, 1, 1);
}

void TestDemoGenerator::invalidOptions()
{
    QFETCH(qint64, customers);
    QFETCH(double, ordersPerCustomer);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options;
    options.customers = customers;
    options.ordersPerCustomer = ordersPerCustomer;
    options.start = start;
    options.end = end;
    const Result<DemoFiles> result = DemoGenerator::write(dir.path(), options);
    QVERIFY(!result);
    QCOMPARE(result.error().context(), "Segmenta::Demo");
    QVERIFY(!result.errorString().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestDemoGenerator::unwritableFolder()
{
    // A folder below a plain file cannot be created, whoever runs the test (even root).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DemoOptions options;
    options.customers = 10;
    const Result<DemoFiles> result =
        DemoGenerator::write(dir.filePath(QStringLiteral("blocker/demo")), options);
    QVERIFY(!result);
    QCOMPARE(result.error().context(), "Segmenta::Demo");
    QVERIFY2(result.errorString().contains(QStringLiteral("blocker")),
             qPrintable(result.errorString()));
}

void TestDemoGenerator::cancellation_data()
{
    QTest::addColumn<double>("cancelAt");
    QTest::newRow("before starting") << 0.0;
    QTest::newRow("while generating") << 0.2;
    QTest::newRow("while writing") << 0.6;
    QTest::newRow("at the end") << 0.95;
}

void TestDemoGenerator::cancellation()
{
    QFETCH(double, cancelAt);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TaskControl control;
    if (cancelAt <= 0)
        control.requestCancel();
    control.setProgressFunction([&](double fraction) {
        if (fraction >= cancelAt)
            control.requestCancel();
    });
    DemoOptions options;
    options.customers = 60000;
    const Result<DemoFiles> result = DemoGenerator::write(dir.path(), options, &control);
    QVERIFY(!result);
    QCOMPARE(result.error().context(), "Segmenta::Demo");
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestDemoGenerator::progressAndOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TaskControl control;
    std::vector<double> fractions;
    control.setProgressFunction([&](double fraction) { fractions.push_back(fraction); });
    DemoOptions options;
    options.customers = 5000;
    const auto first = generate(dir.path(), options, &control);
    QVERIFY(first);
    QVERIFY(fractions.size() > 3);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);
    const QByteArray firstOrders = contents(first->ordersPath);

    // A second run replaces the files and leaves nothing else behind.
    options.seed = 1;
    options.customers = 3000;
    const auto second = generate(dir.path(), options);
    QVERIFY(second);
    QVERIFY(contents(second->ordersPath) != firstOrders);
    QCOMPARE(load(*second).customers.size(), size_t(3000));
    QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    files.sort();
    QCOMPARE(files, QStringList({QStringLiteral("customers.csv"), QStringLiteral("orders.csv")}));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)

#include "tst_demogenerator.moc"
