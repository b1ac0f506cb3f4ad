// SPDX-License-Identifier: GPL-3.0-or-later
// What the installed application says about itself: the About dialog shows the one version
// (SEGMENTA_VERSION, from project() in the top-level CMakeLists.txt) and the licence of every
// shipped component, each of which the installed notice (packaging/licenses/) also covers with
// its licence text; the logo is in the resources as the window icon; and a document handed to
// the application as a QFileOpenEvent (how macOS opens a double-clicked .segmenta) is opened.
#include "aboutdialog.h"
#include "fileopenhandler.h"
#include "mainwindow.h"
#include "passwordkeychain.h"
#include "projectsession.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsVersion();
    void licences_data();
    void licences();
    void notInstalledHasNoLicenceFolder();
    void windowIcon();
    void fileOpenEvent();

private:
    QString notice() const;
};

void TestAboutDialog::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_aboutdialog");
}

QString TestAboutDialog::notice() const
{
    QFile file(SEGMENTA_LICENSES "/THIRD-PARTY-NOTICES.txt");
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestAboutDialog::showsVersion()
{
    AboutDialog dialog;
    // The version CMake's project() declares, passed to this test separately.
    const QString heading = QStringLiteral("Segmenta %1</h3>").arg(SEGMENTA_PROJECT_VERSION);
    QVERIFY2(dialog.text().contains(heading), qPrintable(dialog.text()));
    QCOMPARE(QStringLiteral(SEGMENTA_VERSION), QStringLiteral(SEGMENTA_PROJECT_VERSION));
    auto *label = dialog.findChild<QLabel *>("aboutText");
    QVERIFY(label);
    QCOMPARE(label->text(), dialog.text());
    // SEGMENTA_SCREENSHOTS=DIR: a picture of the dialog, to look at as a user would.
    const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
    if (!dir.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath("about.png")));
    }
}

void TestAboutDialog::licences_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("licence");    // as the dialog says it
    QTest::addColumn<QString>("noticeLine"); // the notice's table row: licence and its text file
    QTest::newRow("Qt") << "Qt " << "GNU Lesser General Public License 3.0" << "LGPL-3.0.txt";
    QTest::newRow("Qt Charts") << "Qt Charts" << "GNU General Public License 3.0"
                               << "GPL-3.0.txt";
    QTest::newRow("Eigen") << "Eigen" << "Mozilla Public License 2.0" << "MPL-2.0.txt";
    QTest::newRow("SQLite") << "SQLite" << "Public domain" << "Public domain";
    QTest::newRow("zlib") << "zlib" << "zlib licence" << "Zlib.txt";
    QTest::newRow("minizip") << "minizip" << "zlib licence" << "Zlib.txt";
    QTest::newRow("libxlsxwriter") << "libxlsxwriter" << "BSD 2-clause licence"
                                   << "BSD-2-Clause-libxlsxwriter.txt";
    QTest::newRow("QtKeychain") << "QtKeychain" << "BSD 2-clause licence"
                                << "BSD-2-Clause-QtKeychain.txt";
}

void TestAboutDialog::licences()
{
    QFETCH(QString, component);
    QFETCH(QString, licence);
    QFETCH(QString, noticeLine);
    AboutDialog dialog;
    const QString text = dialog.text();
    // QtKeychain is shipped only by builds that found it (SEGMENTA_KEYCHAIN).
    if (component == "QtKeychain" && !PasswordKeychain::isBuiltIn()) {
        QVERIFY(!text.contains(">QtKeychain"));
        return;
    }
    // One table row per component: its name, then its licence.
    const qsizetype at = text.indexOf(QStringLiteral(">%1").arg(component));
    QVERIFY2(at >= 0, qPrintable(component + " is not listed in: " + text));
    const qsizetype rowEnd = text.indexOf("</tr>", at);
    QVERIFY2(text.mid(at, rowEnd - at).contains(licence), qPrintable(text.mid(at, rowEnd - at)));

    // The installed notice covers it too, and the licence text it names is shipped.
    const QString lines = notice();
    QVERIFY2(!lines.isEmpty(), SEGMENTA_LICENSES "/THIRD-PARTY-NOTICES.txt is missing");
    bool found = false;
    for (const QString &line : lines.split('\n'))
        found = found || (line.startsWith(component.trimmed() + ' ') && line.contains(noticeLine));
    QVERIFY2(found, qPrintable(component + " has no row naming " + noticeLine + " in the notice"));
    if (noticeLine.endsWith(".txt"))
        QVERIFY(QFile(SEGMENTA_LICENSES "/" + noticeLine).size() > 1000);
}

void TestAboutDialog::notInstalledHasNoLicenceFolder()
{
    // Tests run from the build folder, where no licence folder lies beside the program (the
    // installed layouts are checked by tests/packaging/deb_smoke.sh).
    QCOMPARE(AboutDialog::licenceFolder(), QString());
    QVERIFY(!AboutDialog().text().contains("licence texts are in"));
}

void TestAboutDialog::windowIcon()
{
    const QIcon icon(":/icons/segmenta.svg");
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // The blue tile fills the middle of the logo; the corners are transparent.
    QVERIFY(qAlpha(image.pixel(0, 0)) == 0);
    const QColor tile = image.pixelColor(10, 32);
    QVERIFY2(tile.alpha() == 255 && tile.blue() > tile.red(), qPrintable(tile.name()));
}

void TestAboutDialog::fileOpenEvent()
{
    QTemporaryDir dir;
    auto run = Test::runCli({"demo", "-o", dir.filePath("demo"), "--customers", "300"});
    QCOMPARE(run.exitCode, 0);
    const QString project = run.json().value("project").toString();
    QVERIFY(QFile::exists(project));

    MainWindow window; // installs its own handler
    QFileOpenEvent event(project);
    QVERIFY(QCoreApplication::sendEvent(qApp, &event));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->hasProject(), 30000);
    QCOMPARE(window.session()->path(), project);
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
