// SPDX-License-Identifier: GPL-3.0-or-later
// `segmenta-cli settings`: the project's currency and list language shown and changed
// (docs/user/cli.md, "settings"); the change is in the project file, and `export` uses it.
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestCliSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void change_data();
    void change();
    void rejected_data();
    void rejected();

private:
    QString copyProject(const QString &name);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliSettings::initTestCase()
{
    m_project = Test::demoProject(m_dir.filePath("demo"), 300, R"json({"version": 1, "segments": [
        {"name": "Everyone", "rule": "frequency >= 0"}]})json");
    QVERIFY(!m_project.isEmpty());
}

QString TestCliSettings::copyProject(const QString &name)
{
    const QString copy = m_dir.filePath(name + ".segmenta");
    QFile::remove(copy);
    return QFile::copy(m_project, copy) ? copy : QString();
}

void TestCliSettings::change_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QJsonValue>("currency");
    QTest::addColumn<QJsonValue>("listLanguage");
    // The demo project's currency is ¥, taken at its import.
    QTest::newRow("show") << QStringList{} << QJsonValue("¥") << QJsonValue();
    QTest::newRow("euro") << QStringList{"--currency", "€"} << QJsonValue("€") << QJsonValue();
    QTest::newRow("trimmed") << QStringList{"--currency", " US$ "} << QJsonValue("US$")
                             << QJsonValue();
    QTest::newRow("back to the locale's") << QStringList{"--currency", ""} << QJsonValue("")
                                          << QJsonValue();
    QTest::newRow("list language") << QStringList{"--list-language", "zh-cn"} << QJsonValue("¥")
                                   << QJsonValue("zh_CN");
    QTest::newRow("codes") << QStringList{"--list-language", "codes", "--currency", "$"}
                           << QJsonValue("$") << QJsonValue("codes");
}

void TestCliSettings::change()
{
    QFETCH(QStringList, options);
    QFETCH(QJsonValue, currency);
    QFETCH(QJsonValue, listLanguage);
    const QString project = copyProject(QTest::currentDataTag());
    QVERIFY(!project.isEmpty());
    auto run = Test::runCli(QStringList{"settings", project} + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("currency"), currency);
    QCOMPARE(run.json().value("list_language"), listLanguage);
    auto settings = ProjectFile::loadSettings(project);
    QVERIFY(settings);
    QCOMPARE(settings->value(ProjectSettings::kCurrency), currency);
    // The lists' money carries the changed currency.
    if (!currency.toString().isEmpty()) {
        auto exported = Test::runCli({"export", project, "--out", m_dir.filePath(QTest::currentDataTag()),
                                      "--language", "en"});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile list(exported.json().value("files").toArray().first().toString());
        QVERIFY(list.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(list.readLine()).contains("Expected value (" + currency.toString() + ")"));
    }
}

void TestCliSettings::rejected_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("blank inside") << QStringList{"--currency", "U S"};
    QTest::newRow("too long") << QStringList{"--currency", "DOLLARSXX"};
    QTest::newRow("language") << QStringList{"--list-language", "fr"};
}

void TestCliSettings::rejected()
{
    QFETCH(QStringList, options);
    const QString project = copyProject("rejected");
    auto run = Test::runCli(QStringList{"settings", project} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    // Nothing changed.
    QCOMPARE(ProjectFile::loadSettings(project)->value(ProjectSettings::kCurrency).toString(),
             QString("¥"));
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_cli_settings.moc"
