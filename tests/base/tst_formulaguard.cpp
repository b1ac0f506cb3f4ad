// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule that keeps spreadsheet formulas out of every file Segmenta writes
// (base/formulaguard.h, docs/export.md), and CsvWriter applying it to every field.
#include "base/csvwriter.h"
#include "base/formulaguard.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;
using namespace Qt::StringLiterals;

class TestFormulaGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralised_data();
    void neutralised();
    void csvFieldsNeutralisedNumbersKept_data();
    void csvFieldsNeutralisedNumbersKept();
};

void TestFormulaGuard::neutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+86 138"_s << u"'+86 138"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::newRow("tab") << u"\t=cmd"_s << u"'\t=cmd"_s;
    QTest::newRow("tab alone") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\r=cmd"_s << u"'\r=cmd"_s;
    QTest::newRow("space then equals") << u" =1"_s << u"' =1"_s;
    QTest::newRow("spaces then at") << u"   @x"_s << u"'   @x"_s;
    QTest::newRow("line feed then plus") << u"\n+1"_s << u"'\n+1"_s;
    QTest::newRow("no-break space then minus") << u"\u00A0-1+2"_s << u"'\u00A0-1+2"_s;
    QTest::newRow("ideographic space then equals") << u"\u3000=1"_s << u"'\u3000=1"_s;
    QTest::newRow("full-width equals") << u"＝1+1"_s << u"'＝1+1"_s;
    QTest::newRow("full-width plus") << u"＋1"_s << u"'＋1"_s;
    QTest::newRow("full-width minus") << u"－1"_s << u"'－1"_s;
    QTest::newRow("full-width at") << u"＠A1"_s << u"'＠A1"_s;
    QTest::newRow("space then full-width equals") << u" ＝1"_s << u"' ＝1"_s;
    QTest::newRow("inside") << u"a=b+c"_s << u"a=b+c"_s;
    QTest::newRow("chinese") << u"张=三"_s << u"张=三"_s;
    QTest::newRow("space then text") << u"  Anna"_s << u"  Anna"_s;
    QTest::newRow("blanks only") << u" \u3000 "_s << u" \u3000 "_s;
    QTest::newRow("quote first") << u"'=1"_s << u"'=1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestFormulaGuard::neutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FormulaGuard::neutralised(text), expected);
}

void TestFormulaGuard::csvFieldsNeutralisedNumbersKept_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("negative number") << u"-12.5"_s << QByteArray("-12.5");
    QTest::newRow("signed exponent") << u"-3e-4"_s << QByteArray("-3e-4");
    QTest::newRow("plus number") << u"+7"_s << QByteArray("+7");
    QTest::newRow("formula") << u"=1+1"_s << QByteArray("'=1+1");
    QTest::newRow("minus formula") << u"-1+1"_s << QByteArray("'-1+1");
    QTest::newRow("number with text") << u"-12 east"_s << QByteArray("'-12 east");
    QTest::newRow("minus alone") << u"-"_s << QByteArray("'-");
    QTest::newRow("quoted formula") << u"=A1,B1"_s << QByteArray("\"'=A1,B1\"");
    QTest::newRow("space formula") << u" @x"_s << QByteArray("' @x");
    QTest::newRow("full-width") << u"＝1"_s << QString(u"'＝1"_s).toUtf8();
    QTest::newRow("plain text") << u"Anna"_s << QByteArray("Anna");
}

void TestFormulaGuard::csvFieldsNeutralisedNumbersKept()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::quoted(field), written);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.csv"_s);
    CsvWriter writer(path, false);
    QVERIFY(writer.open().ok());
    writer.writeRow({u"a"_s, field});
    QVERIFY(writer.commit().ok());
    QCOMPARE(Test::readBytes(path), QByteArray("a,") + written + "\r\n");
}

QTEST_GUILESS_MAIN(TestFormulaGuard)
#include "tst_formulaguard.moc"
