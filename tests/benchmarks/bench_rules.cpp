// SPDX-License-Identifier: GPL-3.0-or-later
// Rule evaluation benchmark (docs/performance.md, "Segment rules"): synthetic
// customer columns shaped like a project's (value tier, lifecycle, RFM scores, CLV, purchase
// probability, city, age, income, lifestyle, signup date), 20 workshop rules, then
//   compile + assign: SegmentAssignment::assign (compiles every rule, one segment per customer,
//                     counts and the overlap matrix);
//   evaluate only:    SegmentRule::evaluate of the 20 compiled rules.
// Prints JSON with the best and median of several runs.
//
//   bench_rules [--customers N] [--runs N]
#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Segmenta;

namespace {

Column labels(const QString &name, const QStringList &values, const std::vector<qint32> &codes)
{
    Column c(name, ColumnType::Text);
    auto pool = std::make_shared<StringPool>();
    for (const QString &v : values) {
        const QByteArray utf8 = v.toUtf8();
        pool->intern(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    c.setPool(std::move(pool));
    c.codes() = codes;
    return c;
}

Column numbers(const QString &name, std::vector<double> values, Role role = Role::None)
{
    Column c(name, ColumnType::Number, role);
    c.numbers() = std::move(values);
    return c;
}

Dataset customers(qsizetype n)
{
    std::mt19937_64 random(20240305);
    auto pick = [&](int k) { return qint32(random() % quint64(k)); };
    auto uniform = [&] { return double(random() >> 11) * 0x1.0p-53; };
    const size_t count = static_cast<size_t>(n);
    std::vector<qint32> ids(count), tier(count), stage(count), city(count), style(count),
        gender(count), days(count);
    std::vector<double> r(count), f(count), m(count), clv(count), prob(count), age(count),
        income(count), recency(count);
    for (qsizetype i = 0; i < n; ++i) {
        const size_t k = size_t(i);
        ids[k] = qint32(i);
        const double u = uniform();
        tier[k] = u < 0.01 ? 0 : (u < 0.05 ? 1 : (u < 0.25 ? 2 : 3));
        stage[k] = pick(4);
        city[k] = pick(20) - (i % 50 == 0 ? 21 : 0); // 2 % missing
        style[k] = i % 3 == 0 ? Column::kMissingCode : pick(6);
        gender[k] = pick(2);
        days[k] = 18000 + pick(2000);
        r[k] = 1 + pick(5);
        f[k] = 1 + pick(5);
        m[k] = 1 + pick(5);
        clv[k] = std::exp(4 + 1.5 * uniform() * uniform() * 4);
        prob[k] = uniform();
        age[k] = i % 7 == 0 ? std::nan("") : 18 + pick(60);
        income[k] = i % 5 == 0 ? std::nan("") : 20000 + pick(300000);
        recency[k] = pick(900);
    }
    for (qint32 &c : city)
        c = std::max(c, Column::kMissingCode);
    Table t(TableKind::Customers);
    Column idColumn(QStringLiteral("customer_id"), ColumnType::Text, Role::Customer);
    {
        auto pool = std::make_shared<StringPool>();
        for (qsizetype i = 0; i < n; ++i) {
            const std::string s = "C" + std::to_string(i + 1);
            pool->intern(s);
        }
        idColumn.setPool(std::move(pool));
        idColumn.codes() = ids;
    }
    t.addColumn(std::move(idColumn));
    t.addColumn(labels(QStringLiteral("tier"),
                       {QStringLiteral("platinum"), QStringLiteral("gold"), QStringLiteral("iron"),
                        QStringLiteral("lead")},
                       tier));
    t.addColumn(labels(QStringLiteral("lifecycle"),
                       {QStringLiteral("loyal"), QStringLiteral("potential"),
                        QStringLiteral("marginal"), QStringLiteral("churned")},
                       stage));
    QStringList cities;
    for (const char16_t *c : {u"北京", u"上海", u"广州", u"深圳", u"杭州", u"南京", u"成都",
                              u"武汉", u"西安", u"重庆", u"天津", u"苏州", u"长沙", u"郑州",
                              u"青岛", u"沈阳", u"宁波", u"厦门", u"福州", u"济南"})
        cities << QString::fromUtf16(c);
    t.addColumn(labels(QStringLiteral("城市"), cities, city));
    t.addColumn(labels(QStringLiteral("生活方式"),
                       {QStringLiteral("trend-seeker"), QStringLiteral("family"),
                        QStringLiteral("outdoor"), QStringLiteral("homebody"),
                        QStringLiteral("traveller"), QStringLiteral("bargain-hunter")},
                       style));
    t.addColumn(labels(QStringLiteral("性别"), {QStringLiteral("男"), QStringLiteral("女")},
                       gender));
    Column signup(QStringLiteral("注册日期"), ColumnType::Date, Role::SignupDate);
    signup.days() = days;
    t.addColumn(std::move(signup));
    t.addColumn(numbers(QStringLiteral("r"), r));
    t.addColumn(numbers(QStringLiteral("f"), f));
    t.addColumn(numbers(QStringLiteral("m"), m));
    t.addColumn(numbers(QStringLiteral("clv"), clv));
    t.addColumn(numbers(QStringLiteral("purchase_probability"), prob));
    t.addColumn(numbers(QStringLiteral("recency"), recency));
    t.addColumn(numbers(QStringLiteral("年龄"), age, Role::Age));
    t.addColumn(numbers(QStringLiteral("年收入"), income, Role::Income));
    return Dataset::link(std::move(t), Table(TableKind::Transactions));
}

const char *const kRules[] = {
    R"(tier = "platinum")",
    R"(tier = "gold" and purchase_probability >= 0.5)",
    R"(tier in ("platinum", "gold") and lifecycle = "churned")",
    R"(r >= 4 and f >= 4 and m >= 4)",
    R"(r <= 2 and f >= 4)",
    R"(生活方式 = "trend-seeker" and 年龄 between 18 and 30)",
    R"([城市] in ("北京", "上海", "广州", "深圳") and clv > 500)",
    R"(城市 starts with "广" or 城市 contains "州")",
    R"(lifecycle = "loyal" and not tier = "lead")",
    R"(年收入 > 100000 and 年龄 >= 35 and 性别 = "女")",
    R"(注册日期 >= date "2024-01-01" and recency < 90)",
    R"(生活方式 is missing and purchase_probability > 0.7)",
    R"((r = 5 or f = 5) and not lifecycle in ("churned", "marginal"))",
    R"(clv between 200 and 1000 and m >= 3)",
    R"(年龄 is missing or 年收入 is missing)",
    R"(生活方式 in ("family", "homebody") and 城市 not in ("北京", "上海"))",
    R"(recency > 365 and tier != "lead")",
    R"(purchase_probability < 0.1 and clv > 2000)",
    R"(性别 = "男" and 生活方式 = "outdoor" or 生活方式 = "traveller")",
    R"(not (tier = "lead" and lifecycle = "churned"))",
};

double milliseconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QJsonObject summary(std::vector<double> runs)
{
    std::sort(runs.begin(), runs.end());
    return {{QStringLiteral("best_ms"), runs.front()},
            {QStringLiteral("median_ms"), runs[runs.size() / 2]}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qsizetype n = 1000000;
    int runs = 7;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--customers")
            n = args[i + 1].toLongLong();
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    const Dataset data = customers(n);
    const CustomerFields fields = CustomerFields::build(data, nullptr);
    Segmentation segmentation;
    for (const char *rule : kRules) {
        Segment s;
        s.name = QStringLiteral("S%1").arg(segmentation.size() + 1);
        s.rule = QString::fromUtf8(rule);
        segmentation.segments.append(s);
    }

    std::vector<double> assignTimes, evaluateTimes, compileTimes;
    QJsonArray counts;
    qint64 unassigned = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto assigned = SegmentAssignment::assign(segmentation, fields);
        assignTimes.push_back(milliseconds(t));
        if (!assigned) {
            std::fprintf(stderr, "%s\n", qPrintable(assigned.errorString()));
            return 1;
        }
        if (run == 0) {
            for (qint64 c : assigned->counts)
                counts.append(c);
            unassigned = assigned->unassigned;
        }
        t.restart();
        std::vector<SegmentRule> rules;
        for (const Segment &s : segmentation.segments)
            rules.push_back(*SegmentRule::compile(s.rule, fields));
        compileTimes.push_back(milliseconds(t));
        std::vector<quint8> mask;
        t.restart();
        for (const SegmentRule &rule : rules)
            rule.evaluate(mask);
        evaluateTimes.push_back(milliseconds(t));
    }
    const QJsonObject out{{QStringLiteral("customers"), qint64(n)},
                          {QStringLiteral("rules"), qint64(std::size(kRules))},
                          {QStringLiteral("threads"),
                           QThreadPool::globalInstance()->maxThreadCount()},
                          {QStringLiteral("runs"), runs},
                          {QStringLiteral("compile_and_assign"), summary(assignTimes)},
                          {QStringLiteral("compile_only"), summary(compileTimes)},
                          {QStringLiteral("evaluate_only"), summary(evaluateTimes)},
                          {QStringLiteral("counts"), counts},
                          {QStringLiteral("unassigned"), unassigned},
                          {QStringLiteral("peak_mb"), Bench::peakMegabytes()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
