// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnBlobReader: the stored parts of a column come back byte for byte, whatever the chunk
// sizes (chunks split elements and straddle the staging buffer), and a chunk whose length is
// not the one listed is refused.
#include "project/columnblobreader.h"
#include "project/sqlitedatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <numeric>

using namespace Segmenta;

namespace {

constexpr qint64 kStage = qint64(ColumnBlobReader::kStagingBytes);

// A column_chunks table holding `bytes` of 0, 1, 2, ... cut into chunks of the given sizes.
struct StoredPart
{
    SqliteDatabase db;
    std::vector<ColumnBlobReader::Chunk> chunks;
    QByteArray bytes;

    bool store(const QString &path, const QList<qint64> &sizes)
    {
        if (!db.open(path, false, true)
            || !db.exec("CREATE TABLE column_chunks(table_name TEXT, position INTEGER, part TEXT, "
                        "chunk INTEGER, data BLOB NOT NULL)"))
            return false;
        bytes.resize(std::accumulate(sizes.begin(), sizes.end(), qint64(0)));
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7 + i / 251);
        auto insert = db.prepare("INSERT INTO column_chunks VALUES('t', 0, 'p', ?, ?)");
        if (!insert)
            return false;
        qint64 offset = 0;
        for (qsizetype c = 0; c < sizes.size(); ++c) {
            insert->reset();
            insert->bind(1, qint64(c));
            insert->bindBlob(2, bytes.constData() + offset, sizes[c]);
            insert->step();
            if (!insert->done())
                return false;
            auto rowid = db.prepare("SELECT last_insert_rowid()");
            if (!rowid || !rowid->step())
                return false;
            chunks.push_back({rowid->columnInt(0), sizes[c]});
            offset += sizes[c];
        }
        return true;
    }
};

} // namespace

class TestColumnBlobReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryByte_data()
    {
        QTest::addColumn<QList<qint64>>("sizes");
        QTest::newRow("nothing") << QList<qint64>{};
        QTest::newRow("one empty chunk") << QList<qint64>{0};
        QTest::newRow("one element") << QList<qint64>{8};
        QTest::newRow("elements split across chunks") << QList<qint64>{3, 5, 0, 11, 5};
        QTest::newRow("exactly the staging buffer") << QList<qint64>{kStage};
        QTest::newRow("one past the staging buffer") << QList<qint64>{kStage + 8};
        QTest::newRow("chunks straddling the staging buffer")
            << QList<qint64>{kStage - 4, 12, 2 * kStage + 3, 5};
    }
    void readsEveryByte()
    {
        QFETCH(QList<qint64>, sizes);
        QTemporaryDir dir;
        StoredPart part;
        QVERIFY(part.store(dir.filePath(QStringLiteral("p.db")), sizes));
        const qint64 total = part.bytes.size();

        std::vector<double> numbers{1.5}; // replaced, not appended to
        QVERIFY(ColumnBlobReader::read(part.db, part.chunks, total, numbers));
        QCOMPARE(qint64(numbers.size() * sizeof(double)), total);
        QVERIFY(total == 0 || std::memcmp(numbers.data(), part.bytes.constData(), size_t(total)) == 0);

        std::vector<qint32> codes;
        QVERIFY(ColumnBlobReader::read(part.db, part.chunks, total, codes));
        QCOMPARE(qint64(codes.size() * sizeof(qint32)), total);
        QVERIFY(total == 0 || std::memcmp(codes.data(), part.bytes.constData(), size_t(total)) == 0);
        // Reserved once: no regrowth left spare capacity behind.
        QCOMPARE(codes.capacity(), codes.size());
    }

    // A chunk listed with another length than it holds (changed since it was listed) is an
    // error, and the vector is left as it was.
    void refusesAChunkOfAnotherLength()
    {
        QTemporaryDir dir;
        StoredPart part;
        QVERIFY(part.store(dir.filePath(QStringLiteral("p.db")), {16, 16}));
        part.chunks[1].bytes = 8;
        std::vector<qint32> codes{42};
        QVERIFY(!ColumnBlobReader::read(part.db, part.chunks, 24, codes));
        QCOMPARE(codes, std::vector<qint32>{42});
        part.chunks[1] = {part.chunks[1].rowid + 100, 16}; // no such row
        QVERIFY(!ColumnBlobReader::read(part.db, part.chunks, 32, codes));
    }
};

QTEST_GUILESS_MAIN(TestColumnBlobReader)
#include "tst_columnblobreader.moc"
