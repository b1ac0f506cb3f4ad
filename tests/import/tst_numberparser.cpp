#include "numberparser.h"

#include <QTest>

#include <cmath>

using namespace Segmenta;

class TestNumberParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void plainRejectsDecorations_data();
    void plainRejectsDecorations();
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

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
