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
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
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
    void listLanguage();
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

// The list language chosen with the keyboard on the page reaches the file: Chinese headers and
// tier names for sales staff.
void TestExportPage::listLanguage()
{
    const QString rules = m_dir.filePath("rules.json");
    QVERIFY(Test::writeBytes(rules, "{\"version\": 1, \"segments\": [{\"name\": \"VIP\", "
                                    "\"rule\": \"tier in (\\\"platinum\\\", \\\"gold\\\")\"}]}"));
    const auto run = Test::runCli({"segments", m_project, "--rules", rules});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    Language::install(*qApp, QStringLiteral("en"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->fields() != nullptr, 60000);
    QVERIFY(window.showPage("export"));
    ExportPage *page = window.exportPage();
    auto *segments = page->findChild<QListWidget *>("exportSegments");
    QTRY_VERIFY_WITH_TIMEOUT(segments->count() > 0, 10000);
    auto *language = page->findChild<QComboBox *>("exportListLanguage");
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), "en");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // 简体中文
    QCOMPARE(language->currentData().toString(), "zh_CN");
    for (QRadioButton *b : page->findChildren<QRadioButton *>())
        if (b->text().startsWith("CSV"))
            QTest::mouseClick(b, Qt::LeftButton);
    auto *folder = page->findChild<QLineEdit *>("exportFolder");
    folder->selectAll();
    QTest::keyClicks(folder, m_dir.filePath("gui_lists"));
    QTest::mouseClick(page->findChild<QPushButton *>("exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(m_dir.filePath("gui_lists")).entryList(QDir::Files).isEmpty(),
                             30000);
    const QStringList files = QDir(m_dir.filePath("gui_lists")).entryList(QDir::Files);
    QFile file(m_dir.filePath("gui_lists/") + files.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString header = text.section(u'\n', 0, 0);
    QVERIFY2(header.contains(QStringLiteral("购买概率 (%)")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("价值等级")), qPrintable(header));
    QVERIFY(!text.contains(QStringLiteral(",platinum,")));
    // Remembered in the project: a new window starts from it.
    QTRY_COMPARE(window.session()->settings().value("list_language").toString(), "zh_CN");
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.openProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(again.session()->fields() != nullptr, 60000);
    QVERIFY(again.showPage("export"));
    QTRY_COMPARE(again.exportPage()->findChild<QComboBox *>("exportListLanguage")
                     ->currentData().toString(),
                 "zh_CN");
}

void TestExportPage::cleanupTestCase()
{
    Language::install(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
