// SPDX-License-Identifier: GPL-3.0-or-later
// StringPool: codes are dense, one per distinct string, whatever the order the strings come
// in; a sorted run (ids in increasing order) needs no index until a string comes out of order.
#include "data/stringpool.h"

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

// Kept out of line so that its code can be inspected: the prefetch must survive compilation.
#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
void prefetchSlot(const StringPool &pool, quint32 hash)
{
    pool.prefetch(hash);
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

    // internAll: the remap of one pool into another equals interning its strings one by one,
    // whether the target continues a sorted run, overlaps it or is empty.
    void internAll_data()
    {
        QTest::addColumn<QStringList>("target");
        QTest::addColumn<QStringList>("from");
        QStringList shuffled = numbered("C", 1, 20000, 7);
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(11));
        QTest::newRow("both empty") << QStringList() << QStringList();
        QTest::newRow("into empty") << QStringList() << numbered("C", 1, 100, 7);
        QTest::newRow("continues a sorted run") << numbered("O", 1, 3000, 8) << numbered("O", 3001, 3000, 8);
        QTest::newRow("sorted halves overlapping") << numbered("O", 1, 3000, 8) << numbered("O", 2001, 3000, 8);
        QTest::newRow("shuffled halves sharing most ids")
            << shuffled.mid(0, 15000) << shuffled.mid(5000, 15000);
        QTest::newRow("disjoint shuffled") << shuffled.mid(0, 10000) << shuffled.mid(10000);
        QTest::newRow("chinese and long")
            << QStringList{QStringLiteral("华北"), QStringLiteral("ORDER-2024-000001")}
            << QStringList{QStringLiteral("ORDER-2024-000001"), QStringLiteral("华南"), QStringLiteral("华北")};
    }
    void internAll()
    {
        QFETCH(QStringList, target);
        QFETCH(QStringList, from);
        StringPool pool, reference, source;
        for (const QString &w : target) {
            pool.intern(w.toStdString());
            reference.intern(w.toStdString());
        }
        for (const QString &w : from)
            source.intern(w.toStdString());
        const std::vector<qint32> remap = pool.internAll(source);
        QCOMPARE(qsizetype(remap.size()), qsizetype(source.size()));
        for (qint32 k = 0; k < source.size(); ++k) {
            QCOMPARE(remap[size_t(k)], reference.intern(source.view(k)));
            QCOMPARE(pool.view(remap[size_t(k)]), source.view(k));
        }
        QCOMPARE(pool.size(), reference.size());
        for (qint32 c = 0; c < reference.size(); ++c)
            QCOMPARE(pool.find(reference.view(c)), c);
    }

    // An index sized ahead (for the ids a file is expected to hold) changes no code, whether
    // the guess was too small, right or far too large, before or after the sorted run ends.
    void reserveIndex_data()
    {
        QTest::addColumn<qsizetype>("hint");
        QTest::addColumn<int>("hintAfter");
        for (qsizetype hint : {qsizetype(0), qsizetype(10), qsizetype(30000), qsizetype(1 << 20)}) {
            for (int after : {0, 5, 20000}) {
                const QByteArray name = QByteArray::number(hint) + " after " + QByteArray::number(after);
                QTest::newRow(name.constData()) << hint << after;
            }
        }
    }
    void reserveIndex()
    {
        QFETCH(qsizetype, hint);
        QFETCH(int, hintAfter);
        QStringList ids = numbered("C", 1, 30000, 7);
        std::shuffle(ids.begin() + 3, ids.end(), std::mt19937(5)); // a short run first
        ids += ids.mid(100, 500);
        StringPool pool;
        std::map<std::string, qint32> oracle;
        for (int i = 0; i < ids.size(); ++i) {
            if (i == hintAfter)
                pool.reserveIndex(hint);
            const std::string s = ids[i].toStdString();
            auto it = oracle.emplace(s, qint32(oracle.size())).first;
            QCOMPARE(pool.intern(s), it->second);
        }
        for (const auto &[s, code] : oracle)
            QCOMPARE(pool.find(s), code);
        pool.dropIndex();
        QCOMPARE(pool.find(ids.first().toStdString()), 0);
    }

    // GCC 12 deleted __builtin_prefetch when a condition chose its address, and the import's
    // prefetches of hash slots vanished without a sound. The compiled code must hold the
    // instruction (x86: PREFETCHh is 0F 18).
    void prefetchIsCompiled()
    {
#if defined(__clang__) && defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SEGMENTA_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(SEGMENTA_TEST_SANITIZED) || !defined(__OPTIMIZE__)
        QSKIP("checked in optimised builds: unoptimised or instrumented code calls prefetch out of line");
#elif (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
        const auto *code = reinterpret_cast<const unsigned char *>(&prefetchSlot);
        bool found = false;
        for (int i = 0; i + 1 < 256 && !found; ++i)
            found = code[i] == 0x0F && code[i + 1] == 0x18;
        QVERIFY2(found, "StringPool::prefetch compiled to no prefetch instruction");
        StringPool pool;
        for (int i = 0; i < 100; ++i)
            pool.intern(std::to_string(i * 7919 % 1000));
        prefetchSlot(pool, StringPool::hash("7")); // and it runs
#else
        QSKIP("checked on x86-64 with GCC or Clang");
#endif
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

    // Loaded from stored bytes and offsets (a project's id pool), a pool builds no hash index
    // until the first lookup, and then answers every lookup as the pool it was saved from.
    void indexBuiltOnFirstLookup_data()
    {
        QTest::addColumn<int>("strings");
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("ids in order") << 5000 << false;
        QTest::newRow("ids shuffled") << 5000 << true;
        QTest::newRow("one id") << 1 << false;
    }
    void indexBuiltOnFirstLookup()
    {
        QFETCH(int, strings);
        QFETCH(bool, shuffled);
        QStringList ids = numbered("C", 1, strings, 7);
        if (shuffled)
            std::shuffle(ids.begin(), ids.end(), std::mt19937(3));
        StringPool saved;
        for (const QString &id : ids)
            saved.intern(id.toStdString());
        StringPool loaded = StringPool::fromRaw(saved.bytes(), saved.offsets());
        QVERIFY(!loaded.hasIndex());
        QCOMPARE(loaded.size(), saved.size());
        QCOMPARE(loaded.view(loaded.size() - 1), saved.view(saved.size() - 1));
        QVERIFY(!loaded.hasIndex()); // reading strings by code needs none
        QCOMPARE(loaded.find("no such id"), -1);
        QVERIFY(loaded.hasIndex());
        for (qint32 code = 0; code < saved.size(); ++code)
            QCOMPARE(loaded.find(saved.view(code)), code);
        QCOMPARE(loaded.intern("C-new"), saved.size());
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
