// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing a file without losing it (base/atomicfile.h) and removing what killed writers left
// (base/staletemporaries.h); docs/project-file.md.
#include "base/atomicfile.h"
#include "base/staletemporaries.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestSavingHelpers)
#include "tst_savinghelpers.moc"
