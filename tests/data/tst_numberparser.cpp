// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/parse/numberparser.h"

#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>
#include <random>
#include <string>

using namespace Segmenta;

class TestNumberParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void plainRejectsDecorations_data();
    void plainRejectsDecorations();
    void currencySign_data();
    void currencySign();
    void sameBitsAsFromChars_data();
    void sameBitsAsFromChars();
};

void TestNumberParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    QTest::newRow("integer") << "12" << true << 12.0;
    QTest::newRow("decimal") << "12.50" << true << 12.5;
    QTest::newRow("negative") << "-3.25" << true << -3.25;
    QTest::newRow("plus") << "+7" << true << 7.0;
    QTest::newRow("spaces") << "  42 " << true << 42.0;
    QTest::newRow("thousands") << "1,234.50" << true << 1234.5;
    QTest::newRow("millions") << "1,234,567" << true << 1234567.0;
    QTest::newRow("yuan") << "¥1,234.50" << true << 1234.5;
    QTest::newRow("fullwidth yuan") << "￥1,234.50" << true << 1234.5;
    QTest::newRow("dollar") << "$3" << true << 3.0;
    QTest::newRow("euro") << "€4.10" << true << 4.1;
    QTest::newRow("pound") << "£5.99" << true << 5.99;
    QTest::newRow("negative dollar") << "-$12.00" << true << -12.0;
    QTest::newRow("dollar negative") << "$-12.00" << true << -12.0;
    QTest::newRow("parentheses") << "(12.00)" << true << -12.0;
    QTest::newRow("parentheses currency") << "(¥1,200.00)" << true << -1200.0;
    QTest::newRow("percent") << "12%" << true << 0.12;
    QTest::newRow("percent decimal") << "35.5%" << true << 0.355;
    QTest::newRow("decimal comma") << "12,5" << true << 12.5;
    QTest::newRow("european") << "1.234,50" << true << 1234.5;
    QTest::newRow("yuan suffix") << "120元" << true << 120.0;
    QTest::newRow("RMB") << "RMB 88" << true << 88.0;
    QTest::newRow("exponent") << "1e3" << true << 1000.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("text") << "abc" << false << 0.0;
    QTest::newRow("two decimal points") << "1.2.3" << false << 0.0;
    QTest::newRow("bad grouping") << "1,23,4.00" << false << 0.0;
    QTest::newRow("date is not a number") << "2024-03-05" << false << 0.0;
    QTest::newRow("only sign") << "-" << false << 0.0;
    QTest::newRow("only currency") << "¥" << false << 0.0;
    QTest::newRow("infinity") << "inf" << false << 0.0;
}

void TestNumberParser::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const QByteArray utf8 = text.toUtf8();
    const auto parsed = NumberParser::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QVERIFY2(std::fabs(*parsed - value) < 1e-12, qPrintable(QString::number(*parsed, 'g', 17)));
}

void TestNumberParser::plainRejectsDecorations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "3.5" << true;
    QTest::newRow("thousands") << "1,234" << false;
    QTest::newRow("currency") << "$3" << false;
    QTest::newRow("percent") << "3%" << false;
}

void TestNumberParser::plainRejectsDecorations()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(NumberParser::parsePlain(std::string_view(utf8.constData(), size_t(utf8.size()))).has_value(), ok);
}

// The project's currency defaults to the sign seen in the amounts: every spelling of one
// currency gives one sign.
void TestNumberParser::currencySign_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sign");
    QTest::newRow("yen sign") << "¥1,234.50" << "¥";
    QTest::newRow("full-width yen") << "￥88.00" << "¥";
    QTest::newRow("refund in brackets") << "(¥100.00)" << "¥";
    QTest::newRow("RMB") << "RMB 35" << "¥";
    QTest::newRow("yuan after") << "35元" << "¥";
    QTest::newRow("dollar") << "$3" << "$";
    QTest::newRow("negative dollar") << "-$3" << "$";
    QTest::newRow("US dollar") << "US$3" << "$";
    QTest::newRow("USD after") << "3 USD" << "$";
    QTest::newRow("Hong Kong dollar") << "HK$3" << "HK$";
    QTest::newRow("euro after") << "4,50 €" << "€";
    QTest::newRow("pound") << "£5" << "£";
    QTest::newRow("plain") << "35000.0" << "";
    QTest::newRow("percent") << "12%" << "";
}

void TestNumberParser::currencySign()
{
    QFETCH(QString, text);
    QFETCH(QString, sign);
    const QByteArray utf8 = text.toUtf8();
    const std::string_view found = NumberParser::currencySign(std::string_view(utf8.constData(), size_t(utf8.size())));
    QCOMPARE(QString::fromUtf8(found.data(), qsizetype(found.size())), sign);
}

// Plain decimals take a fast path: it must give the very double from_chars gives (correct
// rounding), for every length of mantissa and fraction it accepts and just beyond.
void TestNumberParser::sameBitsAsFromChars_data()
{
    QTest::addColumn<int>("intDigits");
    QTest::addColumn<int>("fractionDigits");
    for (int i = 1; i <= 16; i += 3)
        for (int f : {0, 1, 2, 4, 8, 14})
            QTest::addRow("%d.%d", i, f) << i << f;
}

void TestNumberParser::sameBitsAsFromChars()
{
    QFETCH(int, intDigits);
    QFETCH(int, fractionDigits);
    std::mt19937_64 random(quint64(intDigits * 100 + fractionDigits));
    std::uniform_int_distribution<int> digit(0, 9);
    for (int n = 0; n < 2000; ++n) {
        std::string text = (n % 3 == 0) ? "-" : "";
        for (int k = 0; k < intDigits; ++k)
            text.push_back(char('0' + digit(random)));
        if (fractionDigits > 0) {
            text.push_back('.');
            for (int k = 0; k < fractionDigits; ++k)
                text.push_back(char('0' + digit(random)));
        }
        double expected = 0;
        std::from_chars(text.data(), text.data() + text.size(), expected);
        const auto parsed = NumberParser::parsePlain(text);
        QVERIFY2(parsed.has_value(), text.c_str());
        QVERIFY2(std::memcmp(&*parsed, &expected, sizeof(double)) == 0,
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(QString::fromStdString(text))
                                .arg(*parsed, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
    }
    for (const char *edge : {"-0", "0.0", "1.", ".5", "-.5", "0.1", "1e3", "999999999999999.9"}) {
        double expected = 0;
        const std::string_view e(edge);
        const auto [ptr, ec] = std::from_chars(e.data(), e.data() + e.size(), expected);
        const auto parsed = NumberParser::parsePlain(e);
        QCOMPARE(parsed.has_value(), ec == std::errc() && ptr == e.data() + e.size());
        if (parsed)
            QVERIFY2(std::memcmp(&*parsed, &expected, sizeof(double)) == 0, edge);
    }
}

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
