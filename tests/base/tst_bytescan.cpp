// SPDX-License-Identifier: GPL-3.0-or-later
// ByteScan: the sixteen-bytes-at-a-time scans give the same answers as a byte-by-byte loop for
// every length around the block boundaries, every start and every needle position. Each text
// lives in a heap buffer of exactly its length, so a read past the end shows under
// AddressSanitizer (SEGMENTA_SANITIZE).
#include "base/bytescan.h"

#include <QTest>

#include <memory>

using namespace Segmenta;

namespace {

// Lengths checked: every length up to three blocks and a little more.
constexpr int kLongest = 3 * 16 + 3;
// Starts checked: aligned and misaligned with the block.
constexpr int kStarts = 4;

// A filler that differs from every needle, with the high bit set on some bytes (the vector
// compare must treat bytes as bytes, whatever their sign).
std::unique_ptr<char[]> filledText(int length)
{
    auto text = std::make_unique<char[]>(size_t(length));
    for (int i = 0; i < length; ++i)
        text[size_t(i)] = i % 3 == 0 ? char(0xA9) : char('a' + i % 7);
    return text;
}

size_t slowFindFirstOf(const char *data, size_t from, size_t to, char a, char b, char c)
{
    for (size_t i = from; i < to; ++i)
        if (data[i] == a || data[i] == b || data[i] == c)
            return i;
    return to;
}

size_t slowCount(const char *data, size_t from, size_t to, char c)
{
    size_t n = 0;
    for (size_t i = from; i < to; ++i)
        n += data[i] == c;
    return n;
}

} // namespace

class TestByteScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findFirstOf_data();
    void findFirstOf();
    void count_data();
    void count();
};

void TestByteScan::findFirstOf_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<char>("needle");
    for (int length = 0; length <= kLongest; ++length) {
        for (const char needle : {',', '\n', '\r', char(0xFF)}) {
            const QByteArray name = "length " + QByteArray::number(length) + ", byte "
                                    + QByteArray::number(int(static_cast<unsigned char>(needle)));
            QTest::newRow(name.constData()) << length << needle;
        }
    }
}

void TestByteScan::findFirstOf()
{
    QFETCH(int, length);
    QFETCH(char, needle);
    const char a = needle == char(0xFF) ? char(0xFF) : ',';
    for (int from = 0; from <= std::min(kStarts, length); ++from) {
        // No needle at all, then one needle at each position, then a second one behind it.
        for (int at = -1; at < length; ++at) {
            auto text = filledText(length);
            if (at >= 0)
                text[size_t(at)] = needle;
            if (at >= 0 && at + 5 < length)
                text[size_t(at + 5)] = '\n';
            const size_t expected
                = slowFindFirstOf(text.get(), size_t(from), size_t(length), a, '\n', '\r');
            const size_t found
                = ByteScan::findFirstOf(text.get(), size_t(from), size_t(length), a, '\n', '\r');
            QVERIFY2(found == expected, qPrintable(QStringLiteral("from %1, needle at %2: %3, not %4")
                                                       .arg(from).arg(at).arg(found).arg(expected)));
            if (at >= from)
                QCOMPARE(found, size_t(at));
        }
    }
}

void TestByteScan::count_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("every"); // a line break every this many bytes
    for (int length = 0; length <= kLongest; ++length)
        for (const int every : {1, 2, 5, 16, 17, 100})
            QTest::newRow(("length " + QByteArray::number(length) + ", every "
                           + QByteArray::number(every)).constData())
                << length << every;
}

void TestByteScan::count()
{
    QFETCH(int, length);
    QFETCH(int, every);
    for (int from = 0; from <= std::min(kStarts, length); ++from) {
        for (int offset = 0; offset < std::min(every, 17); ++offset) {
            auto text = filledText(length);
            for (int i = offset; i < length; i += every)
                text[size_t(i)] = '\n';
            QCOMPARE(ByteScan::count(text.get(), size_t(from), size_t(length), '\n'),
                     slowCount(text.get(), size_t(from), size_t(length), '\n'));
        }
    }
}

QTEST_GUILESS_MAIN(TestByteScan)
#include "tst_bytescan.moc"
