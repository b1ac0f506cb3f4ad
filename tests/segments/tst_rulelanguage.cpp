// SPDX-License-Identifier: GPL-3.0-or-later
// The rule language (core/segments/rules/segmentrule.*, docs/rules.md): every operator, precedence,
// Chinese names, values and punctuation, bracketed names, case-insensitivity, missing values, the
// computed measures of a real analysis, and every error with its position. Each rule is checked
// row by row against a predicate written here over the test's own input lists.
#include "rulestestdata.h"
#include "segments/rules/segmentrule.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Segmenta;
using namespace Segmenta::RulesTest;
using namespace Qt::StringLiterals;

using Predicate = std::function<bool(int)>;
Q_DECLARE_METATYPE(Predicate)

class TestRuleLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();
    void errors_data();
    void errors();
    void nestingLimit();
    void messages_data();
    void messages();
    void valueWarnings_data();
    void valueWarnings();
    void explain();
    void fieldNames();
    void defaultAndCopies();
    void acrossBlocks();

private:
    Dataset m_data;
    std::optional<CustomerAnalysis> m_analysis;
    CustomerFields m_fields;
};

void TestRuleLanguage::initTestCase()
{
    m_data = shop();
    QCOMPARE(m_data.customerCount(), kIds.size());
    auto analysis = analysed(m_data);
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorString()));
    m_analysis = analysis.takeValue();
    m_fields = CustomerFields::build(m_data, &*m_analysis);
}

void TestRuleLanguage::matches_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Predicate>("expected");
    const auto &city = kCities;
    const auto &income = kIncome;
    const auto &age = kAge;
    const auto &life = kLifestyle;
    auto has = [](double v) { return !std::isnan(v); };
    auto signup = [](int i) { return kSignup[i].isNull() ? 0 : dayOf(kSignup[i]); };
    auto bj = [=](int i) { return same(city[i], "北京"); };
    auto sh = [=](int i) { return same(city[i], "上海"); };

    // Text, Chinese field names and values
    QTest::newRow("= chinese") << "城市 = \"北京\"" << Predicate(bj);
    QTest::newRow("bracketed") << "[城市] = \"北京\"" << Predicate(bj);
    QTest::newRow("role alias") << "city = '北京'" << Predicate(bj);
    QTest::newRow("== and spaces") << "  城市==\"北京\"  " << Predicate(bj);
    QTest::newRow("chinese quotes") << "城市 = “北京”" << Predicate(bj);
    QTest::newRow("!=") << "城市 != \"北京\""
                        << Predicate([=](int i) { return !missing(city[i]) && !bj(i); });
    QTest::newRow("<>") << "城市 <> \"北京\""
                        << Predicate([=](int i) { return !missing(city[i]) && !bj(i); });
    QTest::newRow("not =") << "not 城市 = \"北京\"" << Predicate([=](int i) { return !bj(i); });
    QTest::newRow("in") << "城市 in (\"北京\", \"上海\")"
                        << Predicate([=](int i) { return bj(i) || sh(i); });
    QTest::newRow("in full-width") << "城市 in（“北京”，“上海”）"
                                   << Predicate([=](int i) { return bj(i) || sh(i); });
    QTest::newRow("not in") << "城市 not in (\"北京\", \"上海\")" << Predicate([=](int i) {
        return !missing(city[i]) && !bj(i) && !sh(i);
    });
    QTest::newRow("contains") << "城市 contains \"北京\""
                              << Predicate([=](int i) { return city[i].contains("北京"); });
    QTest::newRow("not contains") << "城市 not contains \"北京\"" << Predicate([=](int i) {
        return !missing(city[i]) && !city[i].contains("北京");
    });
    QTest::newRow("starts with") << "城市 starts with \"上海\""
                                 << Predicate([=](int i) { return city[i].startsWith("上海"); });
    QTest::newRow("not starts with") << "城市 not starts with \"上海\"" << Predicate([=](int i) {
        return !missing(city[i]) && !city[i].startsWith("上海");
    });
    QTest::newRow("is missing") << "城市 is missing"
                                << Predicate([=](int i) { return missing(city[i]); });
    QTest::newRow("is not missing") << "城市 IS NOT MISSING"
                                    << Predicate([=](int i) { return !missing(city[i]); });
    QTest::newRow("name starts with") << "姓名 starts with \"张\""
                                      << Predicate([](int i) { return kNames[i][0] == u'张'; });
    QTest::newRow("unknown imported value") << "城市 = \"拉萨\"" << Predicate([](int) {
        return false;
    });

    // Case-insensitivity
    QTest::newRow("= any case") << "生活方式 = \"trend-SEEKER\"" << Predicate([=](int i) {
        return same(life[i], "trend-seeker");
    });
    QTest::newRow("contains any case") << "生活方式 CONTAINS \"SEEKER\"" << Predicate([=](int i) {
        return life[i].toLower().contains("seeker");
    });
    QTest::newRow("starts with any case") << "生活方式 Starts With \"Trend\""
                                          << Predicate([=](int i) {
                                                 return life[i].toLower().startsWith("trend");
                                             });
    QTest::newRow("in mixed") << "生活方式 in ('家庭型', \"TREND\")" << Predicate([=](int i) {
        return same(life[i], "家庭型") || same(life[i], "trend");
    });

    // Numbers
    QTest::newRow(">") << "年收入 > 100000"
                       << Predicate([=](int i) { return has(income[i]) && income[i] > 100000; });
    QTest::newRow(">=") << "年收入 >= 100000"
                        << Predicate([=](int i) { return has(income[i]) && income[i] >= 100000; });
    QTest::newRow("<") << "年收入 < 100000"
                       << Predicate([=](int i) { return has(income[i]) && income[i] < 100000; });
    QTest::newRow("<=") << "income <= 99999.5"
                        << Predicate([=](int i) { return has(income[i]) && income[i] <= 99999.5; });
    QTest::newRow("=") << "年收入 = 100000"
                       << Predicate([=](int i) { return income[i] == 100000; });
    QTest::newRow("!= number") << "年收入 != 100000"
                               << Predicate([=](int i) {
                                      return has(income[i]) && income[i] != 100000;
                                  });
    QTest::newRow("negative") << "年收入 < -1"
                              << Predicate([=](int i) { return has(income[i]) && income[i] < -1; });
    QTest::newRow("not > (missing flips)") << "not 年收入 > 100000" << Predicate([=](int i) {
        return !(has(income[i]) && income[i] > 100000);
    });
    QTest::newRow("number is missing") << "年收入 is missing"
                                       << Predicate([=](int i) { return !has(income[i]); });
    QTest::newRow("between inclusive") << "年龄 between 18 and 30" << Predicate([=](int i) {
        return has(age[i]) && age[i] >= 18 && age[i] <= 30;
    });
    QTest::newRow("not between") << "年龄 not between 18 and 30" << Predicate([=](int i) {
        return has(age[i]) && (age[i] < 18 || age[i] > 30);
    });
    QTest::newRow("number in") << "age in (18, 30, 45, 99)" << Predicate([=](int i) {
        return age[i] == 18 || age[i] == 30 || age[i] == 45;
    });
    QTest::newRow("number not in") << "age not in (18, 30)" << Predicate([=](int i) {
        return has(age[i]) && age[i] != 18 && age[i] != 30;
    });
    QTest::newRow("bracketed with space") << "[Annual income] >= 6" << Predicate([](int i) {
        return !std::isnan(kAnnualIncome[i]) && kAnnualIncome[i] >= 6;
    });
    QTest::newRow("full-width digits") << "年龄 ＞ ３０"
                                       << Predicate([=](int i) {
                                              return has(age[i]) && age[i] > 30;
                                          });

    // Dates
    const qint32 mar1 = dayOf("2024-03-01");
    QTest::newRow("date >=") << "注册日期 >= date \"2024-03-01\""
                             << Predicate([=](int i) { return signup(i) && signup(i) >= mar1; });
    QTest::newRow("date quoted") << "signup_date < \"2024-01-01\"" << Predicate([=](int i) {
        return signup(i) && signup(i) < dayOf("2024-01-01");
    });
    QTest::newRow("date chinese") << "注册日期 = \"2024年3月1日\""
                                  << Predicate([=](int i) { return signup(i) == mar1; });
    QTest::newRow("date between") << "注册日期 between date '2024-01-01' and date '2024-12-31'"
                                  << Predicate([=](int i) {
                                         return signup(i) && signup(i) >= dayOf("2024-01-01")
                                                && signup(i) <= dayOf("2024-12-31");
                                     });
    QTest::newRow("date missing") << "注册日期 is missing"
                                  << Predicate([](int i) { return kSignup[i].isNull(); });

    // Precedence: not > and > or, parentheses, symbols, keywords in any case
    auto old = [=](int i) { return has(age[i]) && age[i] > 30; };
    QTest::newRow("and before or") << "城市 = \"北京\" or 城市 = \"上海\" and 年龄 > 30"
                                   << Predicate([=](int i) { return bj(i) || (sh(i) && old(i)); });
    QTest::newRow("parentheses") << "(城市 = \"北京\" or 城市 = \"上海\") and 年龄 > 30"
                                 << Predicate([=](int i) { return (bj(i) || sh(i)) && old(i); });
    QTest::newRow("not before and") << "not 城市 = \"北京\" and 年龄 > 30"
                                    << Predicate([=](int i) { return !bj(i) && old(i); });
    QTest::newRow("not of group") << "NOT (城市 = \"北京\" Or 年龄 > 30)"
                                  << Predicate([=](int i) { return !(bj(i) || old(i)); });
    QTest::newRow("double not") << "not not 城市 = \"北京\"" << Predicate(bj);
    QTest::newRow("symbols") << "城市 = \"北京\" || 年龄 > 40 && ! 年收入 is missing"
                             << Predicate([=](int i) {
                                    return bj(i) || (has(age[i]) && age[i] > 40 && has(income[i]));
                                });
    QTest::newRow("between inside and") << "年龄 between 18 and 30 and 城市 = \"北京\""
                                        << Predicate([=](int i) {
                                               return has(age[i]) && age[i] >= 18 && age[i] <= 30
                                                      && bj(i);
                                           });
    QTest::newRow("nested") << "((城市 = \"北京\") and (not (年龄 < 20 or 年龄 > 40)))"
                            << Predicate([=](int i) {
                                   return bj(i) && !((has(age[i]) && age[i] < 20)
                                                     || (has(age[i]) && age[i] > 40));
                               });

    // Computed measures from the analysis; [tier] prefers the imported column
    const CustomerAnalysis *a = &*m_analysis;
    auto tierIs = [a](int i, ValueTier t) { return a->pyramid.tierOf(i) == t; };
    QTest::newRow("tier in") << "tier in (\"platinum\", \"GOLD\")" << Predicate([=](int i) {
        return tierIs(i, ValueTier::Platinum) || tierIs(i, ValueTier::Gold);
    });
    QTest::newRow("[tier] imported") << "[tier] = \"vip\""
                                     << Predicate([](int i) {
                                            return same(kImportedTier[i], "VIP");
                                        });
    QTest::newRow("rfm scores") << "r >= 4 and f >= 2 or m = 5" << Predicate([a](int i) {
        return (a->rfm.r[i] >= 4 && a->rfm.f[i] >= 2) || a->rfm.m[i] == 5;
    });
    QTest::newRow("monetary") << "monetary > 500 and recency <= 200" << Predicate([a](int i) {
        return a->rfm.monetary[i] > 500 && a->rfm.recency[i] <= 200;
    });
    QTest::newRow("lifecycle") << "not lifecycle = \"churned\"" << Predicate([a](int i) {
        return LifecycleStage(a->lifecycle.stage[i]) != LifecycleStage::Churned;
    });
    const QStringList segments = a->options.rfmSegments.segments();
    QTest::newRow("rfm_segment") << "rfm_segment in (\"champions\", \"Lost\")"
                                 << Predicate([a, segments](int i) {
                                        const qint16 s = a->rfmSegments.segment[i];
                                        return s >= 0
                                               && (segments[s] == "Champions"
                                                   || segments[s] == "Lost");
                                    });
    // The values as the lists show them, in English, 简体 or 繁體, mean the canonical ones.
    QTest::newRow("tier in Chinese") << "tier in (\"白金\", \"黃金\")" << Predicate([=](int i) {
        return tierIs(i, ValueTier::Platinum) || tierIs(i, ValueTier::Gold);
    });
    QTest::newRow("tier named in English") << "tier = \" PLATINUM \"" << Predicate([=](int i) {
        return tierIs(i, ValueTier::Platinum);
    });
    QTest::newRow("lifecycle in Chinese") << "lifecycle != \"已流失\"" << Predicate([a](int i) {
        return LifecycleStage(a->lifecycle.stage[i]) != LifecycleStage::Churned;
    });
    QTest::newRow("value group named") << "value_group in (\"Most valuable\", \"负价值\")"
                                       << Predicate([a](int i) {
                                              const auto g = ValueGroup(a->valueGroups.group[i]);
                                              return g == ValueGroup::MostValuable
                                                     || g == ValueGroup::BelowZero;
                                          });
    QTest::newRow("rfm_segment in Traditional")
        << "rfm_segment = \"冠軍客戶\"" << Predicate([a, segments](int i) {
               const qint16 s = a->rfmSegments.segment[i];
               return s >= 0 && segments[s] == "Champions";
           });
    QTest::newRow("workshop") << "tier in (\"platinum\", \"gold\") and 生活方式 = \"trend-seeker\" "
                                 "and 年龄 between 18 and 30 and not lifecycle = \"churned\""
                              << Predicate([=](int i) {
                                     return (tierIs(i, ValueTier::Platinum)
                                             || tierIs(i, ValueTier::Gold))
                                            && same(life[i], "trend-seeker") && has(age[i])
                                            && age[i] >= 18 && age[i] <= 30
                                            && LifecycleStage(a->lifecycle.stage[i])
                                                   != LifecycleStage::Churned;
                                 });
}

void TestRuleLanguage::matches()
{
    QFETCH(QString, rule);
    QFETCH(Predicate, expected);
    auto compiled = SegmentRule::compile(rule, m_fields);
    QVERIFY2(compiled.ok(), qPrintable(compiled.errorString()));
    QCOMPARE(compiled->text(), rule);
    std::vector<quint8> mask{7};
    compiled->evaluate(mask);
    QCOMPARE(qsizetype(mask.size()), kIds.size());
    for (int i = 0; i < kIds.size(); ++i) {
        const bool want = expected(i);
        QVERIFY2(mask[size_t(i)] == quint8(want), qPrintable(kIds[i]));
        QVERIFY2(compiled->matches(i) == want, qPrintable(kIds[i]));
    }
}

void TestRuleLanguage::errors_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("position");
    const QString syntax = "rule-syntax", type = "rule-type";
    QTest::newRow("empty") << "" << syntax << 1;
    QTest::newRow("blank") << "   " << syntax << 1;
    QTest::newRow("value missing at end") << "城市 =" << syntax << 5;
    QTest::newRow("no closing quote") << "城市 = \"北京" << syntax << 6;
    QTest::newRow("no closing chinese quote") << "城市 = “北京" << syntax << 6;
    QTest::newRow("no comparison") << "城市 \"北京\"" << syntax << 4;
    QTest::newRow("condition missing after and") << "城市 = \"北京\" and" << syntax << 14;
    QTest::newRow("stray )") << "age > 30 )" << syntax << 10;
    QTest::newRow("unclosed (") << "(age > 30" << syntax << 10;
    QTest::newRow("between without and") << "age between 18 30" << syntax << 16;
    QTest::newRow("in without (") << "age in 18, 30" << syntax << 8;
    QTest::newRow("in list without comma") << "age in (18 30)" << syntax << 12;
    QTest::newRow("empty in list") << "age in ()" << syntax << 9;
    QTest::newRow("unknown character") << "age # 3" << syntax << 5;
    QTest::newRow("starts without with") << "姓名 starts \"张\"" << syntax << 11;
    QTest::newRow("is missin") << "age is missin" << syntax << 8;
    QTest::newRow("no closing ]") << "[age > 3" << syntax << 1;
    QTest::newRow("empty brackets") << "[] > 3" << syntax << 1;
    QTest::newRow("not =") << "age not = 3" << syntax << 9;
    QTest::newRow("date without quotes") << "signup_date > date 2024" << syntax << 20;
    QTest::newRow("starts with and") << "and age > 3" << syntax << 1;
    QTest::newRow("ends with and") << "age > 3 and" << syntax << 12;
    QTest::newRow("lone not") << "not" << syntax << 4;
    QTest::newRow("two operators") << "age = = 3" << syntax << 7;
    QTest::newRow("two conditions") << "age > 3 城市 = \"北京\"" << syntax << 9;
    QTest::newRow("unknown field") << "agee > 3" << type << 1;
    QTest::newRow("unknown chinese field") << "age > 3 and [年收] > 3" << type << 13;
    QTest::newRow("text with number") << "tier = 5" << type << 8;
    QTest::newRow("unknown label") << "tier in (\"gold\", \"platnum\")" << type << 18;
    QTest::newRow("order on text") << "tier > \"gold\"" << type << 6;
    QTest::newRow("between on text") << "城市 between \"a\" and \"b\"" << type << 4;
    QTest::newRow("number with text") << "age = \"30\"" << type << 7;
    QTest::newRow("contains on number") << "age contains \"3\"" << type << 5;
    QTest::newRow("date with number") << "signup_date > 3" << type << 15;
    QTest::newRow("bad date") << "signup_date > \"2024-13-01\"" << type << 15;
    QTest::newRow("day-month date") << "注册日期 > \"3/5/2024\"" << type << 8;
    QTest::newRow("bounds reversed") << "age between 30 and 18" << type << 13;
    QTest::newRow("imported text with number") << "城市 = 5" << type << 6;
    QTest::newRow("date literal on number") << "age > date \"2024-01-01\"" << type << 7;
    // Nesting past 256 levels is refused at the 257th level (the recursion overflowed the
    // stack at about 10,000): "(" and "not" take 1 and 4 characters, "!" 1.
    const int deep = 10000;
    QTest::newRow("10,000 (") << QString("(").repeated(deep) + "age > 3" + QString(")").repeated(deep)
                              << syntax << 257;
    QTest::newRow("10,000 not") << QString("not ").repeated(deep) + "age > 3" << syntax << 1025;
    QTest::newRow("10,000 !") << QString("!").repeated(deep) + "age > 3" << syntax << 257;
    QTest::newRow("257 mixed") << QString("not (").repeated(128) + "!age > 3" + QString(")").repeated(128)
                               << syntax << 128 * 5 + 1;
}

void TestRuleLanguage::errors()
{
    QFETCH(QString, rule);
    QFETCH(QString, code);
    QFETCH(int, position);
    auto compiled = SegmentRule::compile(rule, m_fields);
    QVERIFY(!compiled.ok());
    const Message &m = compiled.error();
    QCOMPARE(QString::fromLatin1(m.code()), code);
    QCOMPARE(QString::fromLatin1(m.context()), QString("Segmenta::Rules"));
    QVERIFY(!m.args().isEmpty());
    QCOMPARE(m.args().front(), QString::number(position));
    const QString text = m.toString();
    QVERIFY2(text.startsWith(QStringLiteral("Position %1: ").arg(position)), qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression("%\\d")), qPrintable(text));
}

void TestRuleLanguage::nestingLimit()
{
    // 256 levels are a rule; the error names the limit.
    const QString deepest = QString("(").repeated(128) + QString("not ").repeated(128) + "age > 3"
                            + QString(")").repeated(128);
    QVERIFY(SegmentRule::compile(deepest, m_fields).ok());
    auto refused = SegmentRule::compile("(" + deepest + ")", m_fields);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().toString().contains("more than 256 levels"),
             qPrintable(refused.error().toString()));
}

void TestRuleLanguage::messages_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("value at end")
        << "tier ="
        << "Position 7: expected a value after “=”, found the end of the rule.";
    QTest::newRow("did you mean") << "agee > 3"
                                  << "Position 1: no field is called “agee”; did you mean “age”?";
    QTest::newRow("no such field") << "xyzzy_plugh > 3"
                                   << "Position 1: no field is called “xyzzy_plugh”.";
    QTest::newRow("text needs quotes") << "tier = 5"
                                       << "Position 8: “tier” is text; compare it with a quoted "
                                          "value such as \"platinum\".";
    QTest::newRow("allowed labels") << "tier = \"platnum\""
                                    << "Position 8: “platnum” is not a value of “tier”; the values "
                                       "are: \"platinum\", \"gold\", \"iron\", \"lead\".";
    QTest::newRow("close paren") << "(age > 3 or (age < 2)"
                                 << "Position 22: expected “)” to close the “(” at position 1, "
                                    "found the end of the rule.";
}

void TestRuleLanguage::messages()
{
    QFETCH(QString, rule);
    QFETCH(QString, message);
    auto compiled = SegmentRule::compile(rule, m_fields);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().toString(), message);
}

void TestRuleLanguage::valueWarnings_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("typo, equal") << u"[生活方式] = \"trend-seekr\""_s
                                 << QStringList{u"No customer has “trend-seekr” in “[生活方式]”; "
                                                u"did you mean “Trend-Seeker”?"_s};
    QTest::newRow("typo, not equal")
        << u"城市 != \"杭洲\""_s
        << QStringList{u"No customer has “杭洲” in “城市”; did you mean “杭州”?"_s};
    QTest::newRow("in list, one unknown")
        << u"生活方式 in (\"户外\", \"zzzzzz\")"_s
        << QStringList{u"No customer has “zzzzzz” in “生活方式”."_s};
    QTest::newRow("existing value, other case") << u"生活方式 = \"TREND-SEEKER\""_s
                                                << QStringList();
    QTest::newRow("contains is not checked") << u"生活方式 contains \"zzz\""_s << QStringList();
    QTest::newRow("computed measure") << u"tier = \"gold\""_s << QStringList();
}

void TestRuleLanguage::valueWarnings()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, warnings);
    auto compiled = SegmentRule::compile(rule, m_fields);
    QVERIFY2(compiled.ok(), qPrintable(compiled.errorString()));
    QStringList got;
    for (const Message &m : compiled.value().warnings())
        got << m.toString();
    QCOMPARE(got, warnings);
}

void TestRuleLanguage::explain()
{
    const QString rule = "城市 = \"北京\" and (年龄 > 30 or not 年收入 > 100000)";
    auto compiled = SegmentRule::compile(rule, m_fields);
    QVERIFY2(compiled.ok(), qPrintable(compiled.errorString()));
    for (int i = 0; i < kIds.size(); ++i) {
        const auto outcomes = compiled->explain(i);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes[0].text, QString("城市 = \"北京\""));
        QCOMPARE(outcomes[1].text, QString("年龄 > 30"));
        QCOMPARE(outcomes[2].text, QString("年收入 > 100000"));
        QCOMPARE(outcomes[0].held, same(kCities[i], "北京"));
        QCOMPARE(outcomes[1].held, !std::isnan(kAge[i]) && kAge[i] > 30);
        QCOMPARE(outcomes[2].held, !std::isnan(kIncome[i]) && kIncome[i] > 100000);
        const bool whole = outcomes[0].held && (outcomes[1].held || !outcomes[2].held);
        QCOMPARE(compiled->matches(i), whole);
    }
}

void TestRuleLanguage::fieldNames()
{
    auto compiled = SegmentRule::compile(
        "AGE > 3 or [年龄] < 2 or tier = \"gold\" or [tier] = \"VIP\" or [城市] is missing",
        m_fields);
    QVERIFY2(compiled.ok(), qPrintable(compiled.errorString()));
    // The role alias and the header are two names of one column: both as written resolve.
    QCOMPARE(compiled->fieldNames(), QStringList({"age", "年龄", "tier", "城市"}));
}

void TestRuleLanguage::defaultAndCopies()
{
    SegmentRule none;
    QVERIFY(!none.isValid());
    std::vector<quint8> mask(5, 1);
    none.evaluate(mask);
    QVERIFY(mask.empty());
    QVERIFY(!none.matches(0));

    auto compiled = SegmentRule::compile("城市 = \"北京\"", m_fields);
    QVERIFY(compiled.ok());
    SegmentRule copy = *compiled;
    SegmentRule assigned;
    assigned = copy;
    SegmentRule moved = std::move(copy);
    for (int i = 0; i < kIds.size(); ++i) {
        QCOMPARE(assigned.matches(i), same(kCities[i], "北京"));
        QCOMPARE(moved.matches(i), same(kCities[i], "北京"));
    }
    QCOMPARE(assigned.text(), compiled->text());
}

// 200,003 customers: several blocks evaluated in parallel, the last one partial.
void TestRuleLanguage::acrossBlocks()
{
    const int n = 200003;
    QStringList cities;
    QList<double> spend;
    const QStringList names = {"北京", "上海", "广州", "", QString()};
    for (int i = 0; i < n; ++i) {
        cities << names[(i * 7) % 5];
        spend << ((i % 11) == 0 ? kNaN : double((i * 37) % 1000));
    }
    Table customers(TableKind::Customers);
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << QString::number(i);
    customers.addColumn(textColumn("id", Role::Customer, ids));
    customers.addColumn(textColumn("城市", Role::City, cities));
    customers.addColumn(numberColumn("消费", Role::None, spend));
    const Dataset big = Dataset::link(std::move(customers), Table(TableKind::Transactions));
    const CustomerFields fields = CustomerFields::build(big, nullptr);
    auto rule = SegmentRule::compile("城市 in (\"北京\", \"广州\") and not 消费 < 500", fields);
    QVERIFY2(rule.ok(), qPrintable(rule.errorString()));
    std::vector<quint8> mask;
    rule->evaluate(mask);
    QCOMPARE(qsizetype(mask.size()), qsizetype(n));
    qint64 count = 0;
    for (int i = 0; i < n; ++i) {
        const bool want = (cities[i] == "北京" || cities[i] == "广州")
                          && !(!std::isnan(spend[i]) && spend[i] < 500);
        count += want;
        if (mask[size_t(i)] != quint8(want))
            QFAIL(qPrintable(QStringLiteral("row %1").arg(i)));
    }
    QVERIFY(count > 1000);
}

QTEST_GUILESS_MAIN(TestRuleLanguage)
#include "tst_rulelanguage.moc"
