// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost when the CLI writes (docs/project-file.md): no output replaces an input, -o
// replaces only a project unless --force, one writer at a time, stale temporary files removed,
// and no formula in any CSV it writes (docs/export.md).
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "project/projectsettings.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace Segmenta;
using namespace Qt::StringLiterals;

namespace {

// (No raw string literal: moc reads this file too.)
const QByteArray kSegments = "{\"version\": 1, \"segments\": ["
                             "{\"name\": \"Best\", \"rule\": \"tier in (\\\"platinum\\\", \\\"gold\\\")\"},"
                             "{\"name\": \"Rest\", \"rule\": \"monetary >= 0\"}]}";

// Orders of 80 customers, some of whose ids a spreadsheet would run, and one rejected line.
QByteArray hostileOrders()
{
    QByteArray csv = "customer,date,amount\n";
    const QList<QByteArray> hostile = {"=1+1", "@SUM(A1)", "-2+3", " =cmd", "\xEF\xBC\x9D" "1", "+86 1"};
    for (int c = 0; c < 80; ++c) {
        const QByteArray id = c < hostile.size() ? hostile[c] : "C" + QByteArray::number(c);
        for (int o = 0; o <= c % 4; ++o)
            csv += id + ",2024-0" + QByteArray::number(1 + (c + o * 3) % 9) + "-1"
                   + QByteArray::number(o) + "," + QByteArray::number(10 + c % 7 * 3 + o) + "\n";
    }
    csv += "=HYPERLINK(1),not a date,5\n";
    return csv;
}

QStringList mapped(QStringList args)
{
    return args << u"--map"_s << u"customer=customer"_s << u"--map"_s << u"date=date"_s
                << u"--map"_s << u"amount=amount"_s;
}

bool startsLikeFormula(const QByteArray &line)
{
    return line.startsWith('=') || line.startsWith('+') || line.startsWith('-')
        || line.startsWith('@') || line.startsWith(' ') || line.startsWith("\xEF\xBC\x9D");
}

} // namespace

class TestCliWriteSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outputIsNeverAnInput_data();
    void outputIsNeverAnInput();
    void forceReplacesOtherFile();
    void secondWriterRefused_data();
    void secondWriterRefused();
    void staleTemporariesRemoved();
    void staleTemporariesRemovedAtOpen();
    void exportTellsWhenItCannotBeRecorded();
    void noFormulaInScoresOrRejected();
    void fullDiskNamesTheOutput_data();
    void fullDiskNamesTheOutput();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliWriteSafety::initTestCase()
{
    m_demo = Test::demoProject(m_dir.filePath(u"demo"_s), 400, kSegments);
    QVERIFY(!m_demo.isEmpty());
}

void TestCliWriteSafety::outputIsNeverAnInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    // @in: an orders file, @cu: a customer list, @other: a text file, @link/@hard: a symbolic
    // and a hard link to @in, @p: a copy of the demo project, @rules: a segment file.
    QTest::newRow("transactions as -o") << QStringList{"import", "--transactions", "@in", "-o", "@in"} << "is also an input";
    QTest::newRow("customers as -o") << QStringList{"import", "--customers", "@cu", "--transactions", "@in", "-o", "@cu"} << "is also an input";
    QTest::newRow("input as --rejected") << QStringList{"import", "--transactions", "@in", "--rejected", "@in", "-o", "@new"} << "is also an input";
    QTest::newRow("-o as --rejected") << QStringList{"import", "--transactions", "@in", "--rejected", "@new", "-o", "@new"} << "is also an input";
    QTest::newRow("symbolic link as -o") << QStringList{"import", "--transactions", "@in", "-o", "@link"} << "is also an input";
    QTest::newRow("hard link as -o") << QStringList{"import", "--transactions", "@in", "-o", "@hard"} << "is also an input";
    QTest::newRow("other file as -o") << QStringList{"import", "--transactions", "@in", "-o", "@other"} << "use --force";
    QTest::newRow("scores over project") << QStringList{"scores", "@p", "-o", "@p"} << "is also an input";
    QTest::newRow("write-rules over rules") << QStringList{"segments", "@p", "--rules", "@rules", "--write-rules", "@rules"} << "is also an input";
    QTest::newRow("write-rules over project") << QStringList{"segments", "@p", "--write-rules", "@p"} << "is also an input";
    QTest::newRow("export over suppression") << QStringList{"export", "@p", "--out", "@dir", "--suppress", "@dir/Best.csv"} << "is also an input";
}

void TestCliWriteSafety::outputIsNeverAnInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const auto at = [&](const QString &name) { return dir.filePath(name); };
    QVERIFY(Test::writeBytes(at(u"in.csv"_s), Test::readBytes(Test::testData(u"gb18030_orders.csv"_s))));
    QVERIFY(Test::writeBytes(at(u"cu.csv"_s), Test::readBytes(Test::testData(u"gb18030_customers.csv"_s))));
    QVERIFY(Test::writeBytes(at(u"other.txt"_s), "notes, not a project\n"));
    QVERIFY(QFile::link(at(u"in.csv"_s), at(u"link.segmenta"_s)));
    QCOMPARE(::link(QFile::encodeName(at(u"in.csv"_s)).constData(), QFile::encodeName(at(u"hard.segmenta"_s)).constData()), 0);
    QVERIFY(QFile::copy(m_demo, at(u"p.segmenta"_s)));
    QVERIFY(Test::writeBytes(at(u"rules.json"_s), kSegments));
    QVERIFY(Test::writeBytes(at(u"Best.csv"_s), "C1\n"));
    for (QString &a : args) {
        const QList<std::pair<QString, QString>> names = {
            {u"@in"_s, u"in.csv"_s}, {u"@cu"_s, u"cu.csv"_s}, {u"@other"_s, u"other.txt"_s},
            {u"@link"_s, u"link.segmenta"_s}, {u"@hard"_s, u"hard.segmenta"_s},
            {u"@p"_s, u"p.segmenta"_s}, {u"@rules"_s, u"rules.json"_s}, {u"@new"_s, u"new.segmenta"_s}};
        for (const auto &[key, name] : names)
            if (a == key)
                a = at(name);
        a.replace(u"@dir"_s, dir.path());
    }
    QMap<QString, QByteArray> before;
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files))
        before.insert(f, Test::readBytes(at(f)));

    const auto run = Test::runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(fragment), run.err.constData());
    QMap<QString, QByteArray> after;
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files))
        after.insert(f, Test::readBytes(at(f)));
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestCliWriteSafety::forceReplacesOtherFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"old.txt"_s);
    QVERIFY(Test::writeBytes(out, "notes\n"));
    const QStringList args{u"import"_s, u"--transactions"_s, Test::testData(u"gb18030_orders.csv"_s), u"-o"_s, out};
    QCOMPARE(Test::runCli(args).exitCode, 2);
    QCOMPARE(Test::runCli(args + QStringList{u"--force"_s}).exitCode, 0);
    // A project may be replaced by a new import without --force.
    QCOMPARE(Test::runCli(args).exitCode, 0);
}

void TestCliWriteSafety::secondWriterRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("import -o") << QStringList{"import", "--transactions", "@orders", "-o", "@p"};
    QTest::newRow("segments --rules") << QStringList{"segments", "@p", "--rules", "@rules"};
    QTest::newRow("snapshot") << QStringList{"snapshot", "@p"};
    QTest::newRow("snapshot --delete") << QStringList{"snapshot", "@p", "--delete", "1"};
}

void TestCliWriteSafety::secondWriterRefused()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.segmenta"_s);
    QVERIFY(QFile::copy(m_demo, project));
    QVERIFY(Test::writeBytes(dir.filePath(u"rules.json"_s), kSegments));
    QCOMPARE(Test::runCli({u"snapshot"_s, project}).exitCode, 0); // snapshot 1, for --delete
    for (QString &a : args) {
        a.replace(u"@orders"_s, Test::testData(u"gb18030_orders.csv"_s));
        a.replace(u"@p"_s, project);
        a.replace(u"@rules"_s, dir.filePath(u"rules.json"_s));
    }
    const QByteArray before = Test::readBytes(project);
    {
        QLockFile other(ProjectLock::lockPath(project));
        QVERIFY(other.tryLock(0));
        const auto run = Test::runCli(args);
        QVERIFY(run.exitCode != 0);
        const QString sentence = u"p.segmenta is being written by another Segmenta (pid %1)."_s
                                     .arg(QCoreApplication::applicationPid());
        QVERIFY2(QString::fromUtf8(run.err).contains(sentence), run.err.constData());
        QCOMPARE(Test::readBytes(project), before);
    }
    const auto run = Test::runCli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliWriteSafety::staleTemporariesRemoved()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.segmenta"_s);
    QVERIFY(QFile::copy(m_demo, project));
    const qint64 dead = Test::deadProcessId();
    const qint64 live = QCoreApplication::applicationPid();
    const QString staleSave = project + u".saving-%1"_s.arg(dead);
    const QString liveSave = project + u".saving-%1"_s.arg(live);
    const QString out = dir.filePath(u"lists"_s);
    QVERIFY(QDir().mkpath(out));
    const QString stalePart = out + u"/target_lists.xlsx.part-%1"_s.arg(dead);
    const QString livePart = out + u"/target_lists.xlsx.part-%1"_s.arg(live);
    for (const QString &f : {staleSave, liveSave, stalePart, livePart})
        QVERIFY(Test::writeBytes(f, QByteArray(1000, 'x')));

    QCOMPARE(Test::runCli({u"snapshot"_s, project}).exitCode, 0);
    QVERIFY(!QFile::exists(staleSave));
    QVERIFY(QFile::exists(liveSave));
    QCOMPARE(Test::runCli({u"export"_s, project, u"--out"_s, out, u"--format"_s, u"xlsx"_s}).exitCode, 0);
    QVERIFY(!QFile::exists(stalePart));
    QVERIFY(QFile::exists(livePart));
}

// Opening a project (a command that only reads it) clears what a killed save or export left
// beside it; a live process's files stay.
void TestCliWriteSafety::staleTemporariesRemovedAtOpen()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.segmenta"_s);
    QVERIFY(QFile::copy(m_demo, project));
    const qint64 dead = Test::deadProcessId();
    const qint64 live = QCoreApplication::applicationPid();
    const QString staleSave = project + u".saving-%1"_s.arg(dead);
    const QString liveSave = project + u".saving-%1"_s.arg(live);
    const QString stalePart = dir.filePath(u"target_lists.xlsx.part-%1"_s.arg(dead));
    const QString livePart = dir.filePath(u"target_lists.xlsx.part-%1"_s.arg(live));
    for (const QString &f : {staleSave, liveSave, stalePart, livePart})
        QVERIFY(Test::writeBytes(f, QByteArray(1000, 'x')));
    const QByteArray before = Test::readBytes(project);
    const auto run = Test::runCli({u"analyze"_s, project, u"--no-clusters"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QFile::exists(staleSave));
    QVERIFY(!QFile::exists(stalePart));
    QVERIFY(QFile::exists(liveSave));
    QVERIFY(QFile::exists(livePart));
    QCOMPARE(Test::readBytes(project), before);

    // While another Segmenta writes the project, what lies beside it may be its own: kept.
    QVERIFY(Test::writeBytes(staleSave, "x"));
    QLockFile other(ProjectLock::lockPath(project));
    QVERIFY(other.tryLock(0));
    QCOMPARE(Test::runCli({u"analyze"_s, project, u"--no-clusters"_s}).exitCode, 0);
    QVERIFY(QFile::exists(staleSave));
}

// The lists are written even when the project cannot record the export (another Segmenta
// holds it), but the command says so and exits with 3, as docs/user/cli.md says.
void TestCliWriteSafety::exportTellsWhenItCannotBeRecorded()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.segmenta"_s);
    QVERIFY(QFile::copy(m_demo, project));
    QVERIFY(Test::writeBytes(dir.filePath(u"rules.json"_s), kSegments));
    QCOMPARE(Test::runCli({u"segments"_s, project, u"--rules"_s, dir.filePath(u"rules.json"_s)}).exitCode, 0);
    const QString out = dir.filePath(u"lists"_s);
    QLockFile other(ProjectLock::lockPath(project));
    QVERIFY(other.tryLock(0));
    const auto run = Test::runCli({u"export"_s, project, u"--out"_s, out, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("could not record the export"), run.err.constData());
    QVERIFY2(run.err.contains("is being written by another Segmenta"), run.err.constData());
    QVERIFY(!QDir(out).entryList({u"*.csv"_s}, QDir::Files).isEmpty());
    QVERIFY(!run.json().isEmpty());
    other.unlock();
    QCOMPARE(Test::runCli({u"export"_s, project, u"--out"_s, out, u"--format"_s, u"csv"_s}).exitCode, 0);
    QVERIFY(ProjectFile::loadSettings(project)->contains(ProjectSettings::kLastExport));
}

void TestCliWriteSafety::noFormulaInScoresOrRejected()
{
    QTemporaryDir dir;
    const QString orders = dir.filePath(u"orders.csv"_s);
    const QByteArray source = hostileOrders();
    QVERIFY(Test::writeBytes(orders, source));
    const QString project = dir.filePath(u"p.segmenta"_s);
    const QString rejected = dir.filePath(u"rejected.csv"_s);
    auto run = Test::runCli(mapped({u"import"_s, u"--transactions"_s, orders, u"--rejected"_s,
                                    rejected, u"-o"_s, project}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(Test::readBytes(orders), source);
    const QByteArray rejectedText = Test::readBytes(rejected);
    QVERIFY2(rejectedText.contains(",\"'=HYPERLINK(1),not a date,5\""), rejectedText.constData());

    const QString scores = dir.filePath(u"scores.csv"_s);
    run = Test::runCli({u"scores"_s, project, u"-o"_s, scores});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QByteArray text = Test::readBytes(scores);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    const QList<QByteArray> lines = text.split('\n');
    int neutralised = 0;
    for (const QByteArray &line : lines) {
        QVERIFY2(!startsLikeFormula(line), line.constData());
        neutralised += line.startsWith('\'');
    }
    QCOMPARE(neutralised, 6);
    QVERIFY(text.contains("\n'=1+1,"));
    QVERIFY(text.contains("\n'\xEF\xBC\x9D" "1,"));
}

void TestCliWriteSafety::fullDiskNamesTheOutput_data()
{
    QTest::addColumn<QStringList>("args"); // FULL stands for the full disk's folder
    QTest::addColumn<QString>("output");   // the file the sentence must name
    QTest::newRow("import -o") << QStringList{u"import"_s, u"--transactions"_s, u"ORDERS"_s,
                                              u"-o"_s, u"FULL/p.segmenta"_s}
                               << u"FULL/p.segmenta"_s;
    QTest::newRow("export xlsx") << QStringList{u"export"_s, u"PROJECT"_s, u"--out"_s, u"FULL"_s, u"--format"_s,
                                                u"xlsx"_s, u"--workbook"_s, u"lists"_s}
                                 << u"FULL/lists.xlsx"_s;
    QTest::newRow("scores -o") << QStringList{u"scores"_s, u"PROJECT"_s, u"-o"_s, u"FULL/scores.csv"_s}
                               << u"FULL/scores.csv"_s;
}

// A full disk while writing is said with the file the user asked for, never the temporary
// file beside it (docs/project-file.md). A real full disk: a tiny tmpfs (needs root).
void TestCliWriteSafety::fullDiskNamesTheOutput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, output);
    QTemporaryDir dir;
    const QString full = dir.filePath(u"full"_s);
    QVERIFY(QDir().mkpath(full));
    const QByteArray point = QFile::encodeName(full);
    if (::mount("tmpfs", point.constData(), "tmpfs", 0, "size=8k") != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    struct Unmount {
        QByteArray point;
        ~Unmount() { ::umount(point.constData()); }
    } unmount{point};
    const QString orders = dir.filePath(u"orders.csv"_s);
    QByteArray csv = "customer,date,amount\n";
    for (int line = 0; line < 4000; ++line)
        csv += "customer " + QByteArray::number(line % 900) + ",2024-03-" + QByteArray::number(1 + line % 28)
               + "," + QByteArray::number(10 + line % 97) + "\n";
    QVERIFY(Test::writeBytes(orders, csv));
    for (QString &a : args)
        a.replace(u"FULL"_s, full).replace(u"ORDERS"_s, orders).replace(u"PROJECT"_s, m_demo);
    output.replace(u"FULL"_s, full);
    const auto run = Test::runCli(args);
    QVERIFY(run.exitCode != 0);
    // Segmenta's own sentences; libxlsxwriter prints diagnostics of its own beside them.
    const QString err = QString::fromUtf8(run.err);
    const QString said = err.split(u'\n').filter(QRegularExpression(u"^segmenta-cli:"_s)).join(u'\n');
    QVERIFY2(said.contains(u"“%1” cannot be written: No space left on device"_s.arg(output)), qPrintable(err));
    QVERIFY2(!said.contains(u".saving-"_s) && !said.contains(u".part-"_s), qPrintable(err));
    QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestCliWriteSafety)
#include "tst_cli_writesafety.moc"
