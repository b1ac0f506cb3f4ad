// StringPool: codes are dense, one per distinct string, whatever the order the strings come
// in; a sorted run (ids in increasing order) needs no index until a string comes out of order.
#include "stringpool.h"

#include <QTest>

#include <map>
#include <random>
#include <string>

using namespace Segmenta;

namespace {

// Interns the words in order and checks every invariant against a std::map oracle.
void checkAgainstOracle(const QStringList &words, bool expectSortedRun)
{
    StringPool pool;
    std::map<std::string, qint32> oracle;
    for (const QString &w : words) {
        const std::string s = w.toStdString();
        const qint32 code = pool.intern(s);
        auto [it, added] = oracle.emplace(s, qint32(oracle.size()));
        QCOMPARE(code, it->second); // new strings get the next code; old ones their own
        QCOMPARE(pool.size(), qint32(oracle.size()));
        Q_UNUSED(added);
    }
    QCOMPARE(pool.isSortedRun(), expectSortedRun);
    for (const auto &[s, code] : oracle) {
        QCOMPARE(std::string(pool.view(code)), s);
        QCOMPARE(pool.find(s), code);
    }
    QCOMPARE(pool.find("not-there"), -1);
    if (!oracle.count(std::string()))
        QCOMPARE(pool.find(""), -1);

    // Copies and moves keep the mode and the lookups.
    StringPool copy(pool);
    StringPool moved(std::move(copy));
    QCOMPARE(moved.isSortedRun(), expectSortedRun);
    for (const auto &[s, code] : oracle)
        QCOMPARE(moved.find(s), code);
    // Interning them all again adds nothing.
    for (const auto &[s, code] : oracle)
        QCOMPARE(moved.intern(s), code);
    QCOMPARE(moved.size(), qint32(oracle.size()));
}

QStringList numbered(const char *prefix, int from, int count, int width)
{
    QStringList out;
    for (int i = from; i < from + count; ++i)
        out << QString::fromLatin1(prefix) + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0'));
    return out;
}

} // namespace

class TestStringPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void internAndFind_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("sortedRun");
        QTest::newRow("empty") << QStringList() << true;
        QTest::newRow("zero-padded ids") << numbered("C", 1, 3000, 7) << true;
        QTest::newRow("numbers without padding cross 999/1000")
            << numbered("", 990, 30, 0) << true;
        // Repeats of the previous string (order lines of one invoice) keep the run.
        QTest::newRow("consecutive repeats")
            << QStringList{QStringLiteral("536365"), QStringLiteral("536365"), QStringLiteral("536366"), QStringLiteral("536366"), QStringLiteral("536367")}
            << true;
        QTest::newRow("one out of order at the end")
            << (numbered("O", 1, 500, 8) << QStringLiteral("O00000007")) << false;
        QTest::newRow("out of order then new")
            << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("e")} << false;
        QTest::newRow("cancellation prefix")
            << QStringList{QStringLiteral("536365"), QStringLiteral("C536379"), QStringLiteral("536380"), QStringLiteral("C536379")} << false;
        QTest::newRow("same length, descending") << QStringList{QStringLiteral("b"), QStringLiteral("a")} << false;
        QTest::newRow("longer then shorter") << QStringList{QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("10")} << false;
        QTest::newRow("chinese") << QStringList{QStringLiteral("华北"), QStringLiteral("华南"), QStringLiteral("华北"), QStringLiteral("东北")} << false;
        QTest::newRow("empty string first") << QStringList{QString(), QStringLiteral("a"), QString()} << false;
        // Up to 8 bytes are compared inline in the index, longer strings byte by byte.
        QTest::newRow("7, 8 and 9 bytes sharing a prefix")
            << QStringList{QStringLiteral("C00004861"), QStringLiteral("C0000486"),
                           QStringLiteral("C000048"), QStringLiteral("C0000486"),
                           QStringLiteral("C00004861"), QStringLiteral("C000048"),
                           QStringLiteral("C0000487")}
            << false;
        const QString nul(QChar(0));
        QTest::newRow("NUL bytes are not padding")
            << QStringList{QStringLiteral("AB"), QStringLiteral("AB") + nul,
                           QStringLiteral("AB") + nul + nul, QStringLiteral("A") + nul + QStringLiteral("B"),
                           nul, QStringLiteral("AB"), QStringLiteral("AB") + nul, nul, QString()}
            << false;
        // The order of a sorted run is decided by word compares up to 16 bytes.
        QTest::newRow("12-byte ids in order") << numbered("ORDER", 1, 3000, 7) << true;
        QTest::newRow("17-byte ids in order") << numbered("ORDER-2024-", 1, 3000, 6) << true;
        QTest::newRow("decided past byte 8, ascending")
            << QStringList{QStringLiteral("AAAAAAAAAA"), QStringLiteral("AAAAAAAAAB")} << true;
        QTest::newRow("decided past byte 8, descending")
            << QStringList{QStringLiteral("AAAAAAAAAB"), QStringLiteral("AAAAAAAAAA")} << false;
        QTest::newRow("bytes compare unsigned, ascending")
            << QStringList{QStringLiteral("abcdef"), QStringLiteral("华北")} << true;
        QTest::newRow("bytes compare unsigned, descending")
            << QStringList{QStringLiteral("华北"), QStringLiteral("abcdef")} << false;
        QTest::newRow("two-byte characters across 8 bytes")
            << QStringList{QStringLiteral("会员一号"), QStringLiteral("会员一"), QStringLiteral("会员一号"),
                           QStringLiteral("会员"), QStringLiteral("会员一")}
            << false;
    }
    void internAndFind()
    {
        QFETCH(QStringList, words);
        QFETCH(bool, sortedRun);
        checkAgainstOracle(words, sortedRun);
    }

    void sameBytes_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const QString nul(QChar(0));
        QTest::newRow("equal, 3 bytes") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("last byte, 7") << QStringLiteral("C000048") << QStringLiteral("C000049");
        QTest::newRow("first byte, 8") << QStringLiteral("C0000486") << QStringLiteral("D0000486");
        QTest::newRow("middle, 12") << QStringLiteral("ORDER0000001") << QStringLiteral("ORDER0100001");
        QTest::newRow("last byte, 16") << QStringLiteral("ABCDEFGHIJKLMNOP") << QStringLiteral("ABCDEFGHIJKLMNOQ");
        QTest::newRow("last byte, 17") << QStringLiteral("ABCDEFGHIJKLMNOPQ") << QStringLiteral("ABCDEFGHIJKLMNOPR");
        QTest::newRow("lengths differ") << QStringLiteral("C000048") << QStringLiteral("C0000486");
        QTest::newRow("trailing NUL") << QStringLiteral("AB") << QStringLiteral("AB") + nul;
        QTest::newRow("chinese") << QStringLiteral("电商平台") << QStringLiteral("电商平台");
        QTest::newRow("empty") << QString() << QString();
    }
    void sameBytes()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const std::string x = a.toStdString(), y = b.toStdString();
        QCOMPARE(StringPool::sameBytes(x, y), x == y);
        QCOMPARE(StringPool::sameBytes(y, x), x == y);
        QVERIFY(StringPool::sameBytes(x, x));
    }

    // Large shuffled and sorted sets: the index grows through many rehashes.
    void manyStrings_data()
    {
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("sorted") << false;
        QTest::newRow("shuffled") << true;
    }
    void manyStrings()
    {
        QFETCH(bool, shuffled);
        QStringList ids = numbered("C", 1, 50000, 7);
        if (shuffled)
            std::shuffle(ids.begin(), ids.end(), std::mt19937(7));
        ids += ids.mid(0, 1000); // seen again
        checkAgainstOracle(ids, false); // the repeats end any run
    }

    // A pool read back from storage has no known order: lookups still work.
    void fromRaw()
    {
        StringPool pool;
        for (const char *s : {"x", "y", "a"})
            pool.intern(s);
        StringPool loaded = StringPool::fromRaw(pool.bytes(), pool.offsets());
        QVERIFY(!loaded.isSortedRun());
        QCOMPARE(loaded.find("a"), 2);
        QCOMPARE(loaded.intern("y"), 1);
        QCOMPARE(loaded.intern("z"), 3);
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
