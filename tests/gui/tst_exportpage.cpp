// SPDX-License-Identifier: GPL-3.0-or-later
// The Export page lists the target list's columns in the user's words: imported columns by
// their headers as imported, the segment's texts and the computed measures by their names in
// the UI language; what is exported is still chosen by the names `--columns` takes.
#include "exportpage.h"
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "export/targetlistcolumns.h"
#include "testsupport.h"

#include <QApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

using Pairs = QList<QPair<QString, QString>>; // shown text, name export takes

class TestExportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void columnNames_data();
    void columnNames();
    void cleanupTestCase();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_project;
};

void TestExportPage::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_exportpage");
    // Chinese headers, as a Chinese retailer's export has them.
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "500"});
    QCOMPARE(run.exitCode, 0);
    m_project = run.json().value("project").toString();
    QVERIFY(QFile::exists(m_project));
}

void TestExportPage::columnNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Pairs>("defaults");
    QTest::addColumn<Pairs>("others"); // some of the unchecked ones

    const Pairs imported = {{"客户编号", "id"}, {"姓名", "name"}, {"手机", "phone"},
                            {"邮箱", "email"}, {"地区", "region"}};
    QTest::newRow("English")
        << "en"
        << imported + Pairs{{"Segment", "segment"}, {"Offer", "offer"}, {"Message", "message"},
                            {"Purchase probability", "purchase_probability"},
                            {"Expected value", "expected_value"}, {"Value tier", "tier"},
                            {"Owner", "owner"}}
        << Pairs{{"Lifetime value", "clv"}, {"Recency", "recency"}, {"RFM segment", "rfm_segment"},
                 {"Lifecycle stage", "lifecycle"}, {"年龄", "年龄"}, {"城市", "城市"}};
    QTest::newRow("简体中文")
        << "zh_CN"
        << imported + Pairs{{"细分", "segment"}, {"推荐产品", "offer"}, {"话术", "message"},
                            {"购买可能性", "purchase_probability"},
                            {"预期价值", "expected_value"}, {"价值层级", "tier"},
                            {"负责人", "owner"}}
        << Pairs{{"客户终身价值", "clv"}, {"最近消费", "recency"}, {"RFM 细分", "rfm_segment"},
                 {"生命周期阶段", "lifecycle"}, {"年龄", "年龄"}, {"城市", "城市"}};
}

void TestExportPage::columnNames()
{
    QFETCH(QString, language);
    QFETCH(Pairs, defaults);
    QFETCH(Pairs, others);

    Language::install(*qApp, language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->fields() != nullptr, 60000);
    QVERIFY(window.showPage("export"));
    auto *list = window.exportPage()->findChild<QListWidget *>("exportColumns");
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->count() > defaults.size(), 10000);

    Pairs checked, all;
    QStringList texts;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        const QPair<QString, QString> pair{item->text(), item->data(Qt::UserRole).toString()};
        all << pair;
        texts << item->text();
        if (item->checkState() == Qt::Checked)
            checked << pair;
    }
    // The defaults, checked and in order, export the names the command line uses.
    QCOMPARE(checked, defaults);
    QStringList names;
    for (const auto &pair : checked)
        names << pair.second;
    QCOMPARE(names, TargetListColumns::defaultNames());
    for (const auto &pair : others)
        QVERIFY2(all.contains(pair), qPrintable(pair.first + QStringLiteral(" / ") + pair.second));
    // An imported column is listed once, though rules also know it by its role's name.
    for (const QString &text : texts)
        QVERIFY2(texts.count(text) == 1, qPrintable(text));
    QVERIFY(!texts.contains(QStringLiteral("age")));
    QVERIFY(!texts.contains(QStringLiteral("purchase_probability")));
}

void TestExportPage::cleanupTestCase()
{
    Language::install(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
