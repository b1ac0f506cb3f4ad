// SPDX-License-Identifier: GPL-3.0-or-later
// The one formatter of the numbers a manager reads (ui/numberformat.h): thousands separators,
// the project's currency, percentages and statistics with fixed decimals, in English and
// Simplified Chinese.
#include "numberformat.h"
#include "project/projectsettings.h"

#include <QTest>

using namespace Segmenta;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void currencyFromSettings_data();
    void currencyFromSettings();
};

void TestNumberFormat::formats_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("digits"); // decimals or significant digits
    QTest::addColumn<QString>("expected");
    for (const char *locale : {"en_US", "zh_CN"}) {
        const QByteArray name(locale);
        const QString l = QString::fromLatin1(locale);
        QTest::newRow(name + " count") << l << "count" << 3400075.0 << 0 << "3,400,075";
        QTest::newRow(name + " count small") << l << "count" << 7.0 << 0 << "7";
        QTest::newRow(name + " fixed no 35000.0") << l << "fixed" << 35000.0 << 0 << "35,000";
        QTest::newRow(name + " fixed decimals") << l << "fixed" << 1234.567 << 2 << "1,234.57";
        QTest::newRow(name + " fixed no minus zero") << l << "fixed" << -0.4 << 0 << "0";
        QTest::newRow(name + " money yuan") << l << "money ¥" << 3400075.4 << 0 << "¥3,400,075";
        QTest::newRow(name + " money negative") << l << "money $" << -12.5 << 2 << "-$12.50";
        QTest::newRow(name + " money no currency") << l << "money" << 35000.0 << 0 << "35,000";
        QTest::newRow(name + " percent") << l << "percent" << 0.125 << 1 << "12.5%";
        QTest::newRow(name + " percent whole") << l << "percent" << 0.8 << 0 << "80%";
        QTest::newRow(name + " effect small") << l << "significant" << 0.012345 << 3 << "0.0123";
        QTest::newRow(name + " effect large") << l << "significant" << 12345.6 << 3 << "12,346";
        QTest::newRow(name + " effect negative") << l << "significant" << -1.23456 << 3 << "-1.23";
        QTest::newRow(name + " effect tiny") << l << "significant" << 0.0000123 << 3 << "1.23E-05";
        QTest::newRow(name + " p-value") << l << "p" << 0.04567 << 0 << "0.046";
        QTest::newRow(name + " p-value large") << l << "p" << 0.5 << 0 << "0.50";
        QTest::newRow(name + " p-value below 0.001") << l << "p" << 0.0000001 << 0 << "< 0.001";
    }
}

void TestNumberFormat::formats()
{
    QFETCH(QString, locale);
    QFETCH(QString, kind);
    QFETCH(double, value);
    QFETCH(int, digits);
    QFETCH(QString, expected);
    const QLocale l(locale);
    QString text;
    if (kind == u"count")
        text = NumberFormat::count(qint64(value), l);
    else if (kind == u"fixed")
        text = NumberFormat::fixed(value, digits, l);
    else if (kind.startsWith(u"money"))
        text = NumberFormat::money(value, kind.mid(6), l, digits);
    else if (kind == u"percent")
        text = NumberFormat::percent(value, digits, l);
    else if (kind == u"significant")
        text = NumberFormat::significant(value, digits, l);
    else
        text = NumberFormat::pValue(value, l);
    QCOMPARE(text, expected);
}

// The project's currency when set (at import, from the sign in its amounts), else the locale's.
void TestNumberFormat::currencyFromSettings_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English, set") << "en_US" << "¥" << "¥";
    QTest::newRow("English, unset") << "en_US" << "" << "$";
    QTest::newRow("Chinese, set") << "zh_CN" << "€" << "€";
    QTest::newRow("Chinese, unset") << "zh_CN" << "" << "¥";
}

void TestNumberFormat::currencyFromSettings()
{
    QFETCH(QString, locale);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QJsonObject settings;
    if (!setting.isEmpty())
        settings.insert(ProjectSettings::kCurrency, setting);
    QCOMPARE(NumberFormat::currency(settings, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
