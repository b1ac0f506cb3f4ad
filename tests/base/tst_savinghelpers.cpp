// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing a file without losing it (base/atomicfile.h) and removing what killed writers left
// (base/staletemporaries.h); docs/project-file.md.
#include "base/atomicfile.h"
#include "base/csvwriter.h"
#include "base/staletemporaries.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace Segmenta;
using namespace Qt::StringLiterals;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool replace(const QString &path, const QByteArray &bytes)
{
    AtomicFile file(path);
    if (!file.create().ok())
        return false;
    if (!Test::writeBytes(file.temporary(), bytes))
        return false;
    return file.commit().ok();
}

} // namespace

class TestSavingHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileIsPrivate();
    void keepsTheModeItReplaces_data();
    void keepsTheModeItReplaces();
    void writesThroughSymbolicLink();
    void discardLeavesTargetAlone();
    void staleTemporariesRemoved();
    void writeErrorSentences_data();
    void writeErrorSentences();
    void fullDiskIsNamed();
};

void TestSavingHelpers::newFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(replace(path, "new"));
    QCOMPARE(Test::readBytes(path), QByteArray("new"));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"p.segmenta"_s});
}

void TestSavingHelpers::keepsTheModeItReplaces_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("600") << 0600;
    QTest::newRow("640") << 0640;
    QTest::newRow("644") << 0644;
    QTest::newRow("660") << 0660;
}

void TestSavingHelpers::keepsTheModeItReplaces()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(Test::writeBytes(path, "old"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    QVERIFY(replace(path, "new"));
    QCOMPARE(Test::readBytes(path), QByteArray("new"));
    QCOMPARE(modeOf(path), mode);
}

void TestSavingHelpers::writesThroughSymbolicLink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"real"_s));
    const QString target = dir.filePath(u"real/p.segmenta"_s);
    const QString link = dir.filePath(u"link.segmenta"_s);
    QVERIFY(Test::writeBytes(target, "old"));
    QVERIFY(QFile::link(target, link));
    QCOMPARE(AtomicFile::resolvedTarget(link), QFileInfo(target).absoluteFilePath());
    QVERIFY(replace(link, "new"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(Test::readBytes(target), QByteArray("new"));
    // The temporary file was beside the target, and is gone.
    QCOMPARE(QDir(dir.filePath(u"real"_s)).entryList(QDir::Files), QStringList{u"p.segmenta"_s});
}

void TestSavingHelpers::discardLeavesTargetAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(Test::writeBytes(path, "old"));
    {
        AtomicFile file(path);
        QVERIFY(file.create().ok());
        QVERIFY(Test::writeBytes(file.temporary(), "half"));
    } // destroyed without commit
    QCOMPARE(Test::readBytes(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"p.segmenta"_s});
}

void TestSavingHelpers::staleTemporariesRemoved()
{
    QTemporaryDir dir;
    const qint64 dead = Test::deadProcessId();
    QVERIFY(!StaleTemporaries::processIsRunning(dead));
    QVERIFY(StaleTemporaries::processIsRunning(QCoreApplication::applicationPid()));
    const QString stale = dir.filePath(u"p.segmenta.saving-%1"_s.arg(dead));
    const QString live = dir.filePath(u"p.segmenta.saving-%1"_s.arg(QCoreApplication::applicationPid()));
    const QString other = dir.filePath(u"q.segmenta.saving-%1"_s.arg(dead));
    const QString unrelated = dir.filePath(u"p.segmenta.saving-notes"_s);
    for (const QString &f : {stale, live, other, unrelated})
        QVERIFY(Test::writeBytes(f, "x"));
    QCOMPARE(StaleTemporaries::remove(dir.path(), u"p.segmenta"_s, u".saving-"_s), 1);
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(live));
    QVERIFY(QFile::exists(other)); // another project's
    QVERIFY(QFile::exists(unrelated));
    // Any name, as for the parts of an export.
    QCOMPARE(StaleTemporaries::remove(dir.path(), QString(), u".saving-"_s), 1);
    QVERIFY(!QFile::exists(other));
}

void TestSavingHelpers::writeErrorSentences_data()
{
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("full disk") << int(ENOSPC) << u"No space left on device"_s;
    QTest::newRow("quota") << int(EDQUOT) << u"disk quota is used up"_s;
    QTest::newRow("no permission") << int(EACCES) << u"permission denied"_s;
    QTest::newRow("not permitted") << int(EPERM) << u"permission denied"_s;
    QTest::newRow("read-only disk") << int(EROFS) << u"the disk is read-only"_s;
    QTest::newRow("too large") << int(EFBIG) << u"larger than this disk allows"_s;
    QTest::newRow("other: the system's text") << int(EIO) << QString::fromLocal8Bit(std::strerror(EIO));
    QTest::newRow("no errno") << 0 << u"the system gave no reason"_s;
}

void TestSavingHelpers::writeErrorSentences()
{
    QFETCH(int, errorNumber);
    QFETCH(QString, sentence);
    const QString text = AtomicFile::writeError(u"/x/p.csv"_s, errorNumber).toString();
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QVERIFY2(text.contains(u"/x/p.csv"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Unknown error"_s));
}

// A real full disk: a tiny tmpfs (needs root; skipped otherwise). A CSV larger than the space
// left must fail with the sentence, leaving no file behind, not succeed with half of it.
void TestSavingHelpers::fullDiskIsNamed()
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(u"full"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    const QByteArray point = QFile::encodeName(mountPoint);
    if (::mount("tmpfs", point.constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    struct Unmount {
        QByteArray point;
        ~Unmount() { ::umount(point.constData()); }
    } unmount{point};
    const QString path = mountPoint + u"/scores.csv"_s;
    CsvWriter writer(path);
    QVERIFY(writer.open().ok());
    const QString field(200, u'x');
    for (int row = 0; row < 2000; ++row)
        writer.writeRow({QString::number(row), field});
    const Status st = writer.commit();
    QVERIFY(!st);
    QVERIFY2(st.errorString().contains(u"No space left on device"_s), qPrintable(st.errorString()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSavingHelpers)
#include "tst_savinghelpers.moc"
