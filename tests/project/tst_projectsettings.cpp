// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSettings::segmentation, the one reading of the segments stored in a project: none
// stored gives none, a damaged value is an error that says why, never silently no segments.
#include "project/projectsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Segmenta;

class TestProjectSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedSegmentation_data();
    void storedSegmentation();
    void roundTrip();
};

void TestProjectSettings::storedSegmentation_data()
{
    QTest::addColumn<QByteArray>("settings"); // the project's settings as JSON
    QTest::addColumn<int>("segments");         // -1: an error
    QTest::newRow("none stored") << QByteArray(R"({"last_export": "2024-05-01"})") << 0;
    QTest::newRow("null") << QByteArray(R"({"segmentation": null})") << 0;
    QTest::newRow("two") << QByteArray(R"({"segmentation": {"version": 1, "segments": [
        {"name": "A", "rule": "r >= 4"}, {"name": "B", "rule": ""}]}})") << 2;
    QTest::newRow("a string") << QByteArray(R"({"segmentation": "segments"})") << -1;
    QTest::newRow("no version") << QByteArray(R"({"segmentation": {"segments": []}})") << -1;
    QTest::newRow("no name") << QByteArray(R"({"segmentation": {"version": 1, "segments": [
        {"rule": "r >= 4"}]}})") << -1;
}

void TestProjectSettings::storedSegmentation()
{
    QFETCH(QByteArray, settings);
    QFETCH(int, segments);
    const QJsonObject object = QJsonDocument::fromJson(settings).object();
    QVERIFY(!object.isEmpty());
    const auto read = ProjectSettings::segmentation(object);
    if (segments < 0) {
        QVERIFY(!read.ok());
        QCOMPARE(QByteArray(read.error().code()), QByteArray("segment-file"));
        return;
    }
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->size(), segments);
}

void TestProjectSettings::roundTrip()
{
    Segmentation segmentation;
    segmentation.segments.append(Segment{});
    segmentation.segments.last().name = QStringLiteral("白金");
    segmentation.segments.last().rule = QStringLiteral("tier = \"platinum\"");
    QJsonObject settings{{ProjectSettings::kLastExport, QStringLiteral("2024-05-01")}};
    ProjectSettings::setSegmentation(settings, segmentation);
    QVERIFY(settings.contains(QStringLiteral("segmentation")));
    QCOMPARE(settings.value(ProjectSettings::kLastExport).toString(), QStringLiteral("2024-05-01"));
    const auto read = ProjectSettings::segmentation(settings);
    QVERIFY(read.ok());
    QCOMPARE(*read, segmentation);
}

QTEST_GUILESS_MAIN(TestProjectSettings)
#include "tst_projectsettings.moc"
