// SPDX-License-Identifier: GPL-3.0-or-later
// What a project save must respect in the file it replaces (docs/project-file.md): its mode,
// its being read-only or from a newer Segmenta, a symbolic link, another writer's lock, and
// the temporary files a killed save left.
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "project/snapshotstore.h"
#include "project/sqlitedatabase.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
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

ProjectContents project(const QString &note)
{
    ProjectContents p;
    p.settings.insert(u"note"_s, note);
    return p;
}

QString noteOf(const QString &path)
{
    auto settings = ProjectFile::loadSettings(path);
    return settings ? settings->value(u"note"_s).toString() : QString();
}

} // namespace

class TestSaveSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newProjectIsPrivate();
    void keepsMode_data();
    void keepsMode();
    void refusesWhatItMustNotReplace_data();
    void refusesWhatItMustNotReplace();
    void writesThroughSymbolicLink();
    void secondWriterRefused_data();
    void secondWriterRefused();
    void staleSavingFilesRemoved();
};

void TestSaveSafety::newProjectIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(ProjectFile::save(path, project(u"a"_s)).ok());
    QCOMPARE(modeOf(path), 0600);
    // Neither the temporary file nor the lock stays.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"p.segmenta"_s});
}

void TestSaveSafety::keepsMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("600") << 0600;
    QTest::newRow("640") << 0640;
    QTest::newRow("664") << 0664;
}

void TestSaveSafety::keepsMode()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(ProjectFile::save(path, project(u"a"_s)).ok());
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    QVERIFY(ProjectFile::save(path, project(u"b"_s)).ok());
    QCOMPARE(noteOf(path), u"b"_s);
    QCOMPARE(modeOf(path), mode);
}

void TestSaveSafety::refusesWhatItMustNotReplace_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("read-only") << u"read-only"_s << u"is read-only"_s;
    QTest::newRow("newer version") << u"newer"_s << u"newer version of Segmenta"_s;
}

void TestSaveSafety::refusesWhatItMustNotReplace()
{
    QFETCH(QString, damage);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(ProjectFile::save(path, project(u"a"_s)).ok());
    if (damage == u"newer") {
        SqliteDatabase db;
        QVERIFY(db.open(path, false, false).ok());
        QVERIFY(db.exec("PRAGMA user_version = 99").ok());
    } else {
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0400), 0);
    }
    const QByteArray before = Test::readBytes(path);
    const Status st = ProjectFile::save(path, project(u"b"_s));
    QVERIFY(!st.ok());
    QVERIFY2(st.errorString().contains(fragment), qPrintable(st.errorString()));
    QCOMPARE(Test::readBytes(path), before);
    // Settings are refused alike (the newer file by its version check on opening).
    QVERIFY(!ProjectFile::saveSettings(path, {{u"note"_s, u"c"_s}}).ok());
    QCOMPARE(Test::readBytes(path), before);
}

void TestSaveSafety::writesThroughSymbolicLink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"real"_s));
    const QString target = dir.filePath(u"real/p.segmenta"_s);
    const QString link = dir.filePath(u"p.segmenta"_s);
    QVERIFY(ProjectFile::save(target, project(u"a"_s)).ok());
    QVERIFY(QFile::link(target, link));
    QVERIFY(ProjectFile::save(link, project(u"b"_s)).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(noteOf(target), u"b"_s);
    QCOMPARE(QDir(dir.filePath(u"real"_s)).entryList(QDir::Files | QDir::Hidden), QStringList{u"p.segmenta"_s});
}

void TestSaveSafety::secondWriterRefused_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("save") << u"save"_s;
    QTest::newRow("settings") << u"settings"_s;
    QTest::newRow("snapshot delete") << u"remove"_s;
}

void TestSaveSafety::secondWriterRefused()
{
    QFETCH(QString, write);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(ProjectFile::save(path, project(u"a"_s)).ok());
    const auto attempt = [&]() -> Status {
        if (write == u"save")
            return ProjectFile::save(path, project(u"b"_s));
        if (write == u"settings")
            return ProjectFile::saveSettings(path, {{u"note"_s, u"b"_s}});
        return SnapshotStore::remove(path, 1);
    };
    const QByteArray before = Test::readBytes(path);
    {
        QLockFile other(ProjectLock::lockPath(path));
        QVERIFY(other.tryLock(0));
        const Status st = attempt();
        QVERIFY(!st.ok());
        QCOMPARE(st.errorString(), u"p.segmenta is being written by another Segmenta (pid %1)."_s
                                       .arg(QCoreApplication::applicationPid()));
        QCOMPARE(Test::readBytes(path), before);
    }
    const Status st = attempt();
    if (write == u"remove")
        QVERIFY(st.errorString().contains(u"snapshot"_s)); // taken, then no such snapshot
    else
        QVERIFY2(st.ok(), qPrintable(st.errorString()));
}

void TestSaveSafety::staleSavingFilesRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.segmenta"_s);
    QVERIFY(ProjectFile::save(path, project(u"a"_s)).ok());
    // What a killed save left, and the file of a save still running (this process).
    const QString stale = path + u".saving-%1"_s.arg(Test::deadProcessId());
    const QString live = path + u".saving-%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(Test::writeBytes(stale, QByteArray(4096, 'x')));
    QVERIFY(Test::writeBytes(live, "x"));
    QVERIFY(ProjectFile::saveSettings(path, {{u"note"_s, u"b"_s}}).ok());
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(live));
}

QTEST_GUILESS_MAIN(TestSaveSafety)
#include "tst_savesafety.moc"
