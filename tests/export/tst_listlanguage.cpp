// SPDX-License-Identifier: GPL-3.0-or-later
// The names a target list uses for people (docs/export.md): headers with units and computed
// values per language; anything else kept as written.
#include "export/listlanguage.h"

#include <QtTest>

using namespace Segmenta;
using L = ListLanguage::Language;

class TestListLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void values_data();
    void values();
    void codes_data();
    void codes();
};

void TestListLanguage::headers_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("header");
    QTest::newRow("probability en") << "purchase_probability" << int(L::English) << ""
                                    << "Purchase probability (%)";
    QTest::newRow("probability zh_CN") << "purchase_probability" << int(L::SimplifiedChinese)
                                       << "" << "购买概率 (%)";
    QTest::newRow("clv yuan") << "clv" << int(L::SimplifiedChinese) << "¥"
                              << "客户终身价值 (¥)";
    QTest::newRow("clv no currency") << "clv" << int(L::TraditionalChinese) << ""
                                     << "客戶終身價值";
    QTest::newRow("id zh_TW") << "id" << int(L::TraditionalChinese) << "" << "客戶編號";
    QTest::newRow("r score zh_CN") << "r" << int(L::SimplifiedChinese) << "" << "R 评分";
    QTest::newRow("trend en") << "trend" << int(L::English) << "" << "Spending trend";
    QTest::newRow("imported kept") << "年龄" << int(L::English) << "¥" << "年龄";
}

void TestListLanguage::headers()
{
    QFETCH(QString, column);
    QFETCH(int, language);
    QFETCH(QString, currency);
    QFETCH(QString, header);
    QCOMPARE(ListLanguage::header(column, L(language), currency), header);
}

void TestListLanguage::values_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("name"); // null: kept as written
    QTest::newRow("tier zh_CN") << "tier" << "iron" << int(L::SimplifiedChinese) << "铁";
    QTest::newRow("tier zh_TW") << "tier" << "lead" << int(L::TraditionalChinese) << "鉛";
    QTest::newRow("tier en") << "tier" << "platinum" << int(L::English) << "Platinum";
    QTest::newRow("lifecycle") << "lifecycle" << "churned" << int(L::SimplifiedChinese)
                               << "已流失";
    QTest::newRow("value group") << "value_group" << "most_valuable"
                                 << int(L::TraditionalChinese) << "最有價值";
    QTest::newRow("rfm") << "rfm_segment" << "Can't Lose Them" << int(L::SimplifiedChinese)
                         << "不能失去";
    QTest::newRow("yes any column") << "会员" << "Yes" << int(L::SimplifiedChinese) << "是";
    QTest::newRow("tier word elsewhere") << "offer" << "gold" << int(L::SimplifiedChinese)
                                         << QString();
    QTest::newRow("unknown") << "tier" << "diamond" << int(L::SimplifiedChinese) << QString();
}

void TestListLanguage::values()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(int, language);
    QFETCH(QString, name);
    const QString got = ListLanguage::value(column, value, L(language));
    QCOMPARE(got.isNull(), name.isNull());
    QCOMPARE(got, name);
}

void TestListLanguage::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("en") << "en" << true << "en";
    QTest::newRow("zh_CN") << "zh_CN" << true << "zh_CN";
    QTest::newRow("zh-tw") << "zh-tw" << true << "zh_TW";
    QTest::newRow("fr") << "fr" << false << "";
}

void TestListLanguage::codes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    L language = L::English;
    QCOMPARE(ListLanguage::fromCode(code, language), valid);
    if (valid)
        QCOMPARE(ListLanguage::code(language), canonical);
}

QTEST_GUILESS_MAIN(TestListLanguage)
#include "tst_listlanguage.moc"
