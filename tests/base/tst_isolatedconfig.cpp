// SPDX-License-Identifier: GPL-3.0-or-later
// No test writes into the configuration folder of the user who runs it: every test gets a
// folder of its own (tests/support/isolatedconfig.cpp), also for the processes it starts.
#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestIsolatedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsStayOutOfTheUsersFolder_data();
    void settingsStayOutOfTheUsersFolder();
};

void TestIsolatedConfig::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_isolatedconfig"));
}

void TestIsolatedConfig::settingsStayOutOfTheUsersFolder_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("QSettings") << QSettings().fileName();
    QTest::newRow("generic configuration") // where confirmed warehouse queries are kept
        << QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QTest::newRow("application configuration")
        << QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QTest::newRow("a child process's XDG_CONFIG_HOME")
        << QProcessEnvironment::systemEnvironment().value(QStringLiteral("XDG_CONFIG_HOME"),
                                                          QDir::homePath() + QStringLiteral("/.config"));
}

void TestIsolatedConfig::settingsStayOutOfTheUsersFolder()
{
    QFETCH(QString, path);
    const QString users = QDir::homePath() + QStringLiteral("/.config");
    QVERIFY2(!QDir::cleanPath(path).startsWith(users), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestIsolatedConfig)
#include "tst_isolatedconfig.moc"
