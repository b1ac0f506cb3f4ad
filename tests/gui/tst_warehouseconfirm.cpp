// SPDX-License-Identifier: GPL-3.0-or-later
// File → Refresh from Database on a project whose stored query this user has not typed or
// confirmed (a project file from someone else): a box shows the query first; Cancel stops,
// "Run This Query" goes on to the refresh dialog, and a query typed here is not asked about
// (docs/warehouse.md). No server is needed: nothing runs before the refresh dialog is accepted.
#include "mainwindow.h"
#include "projectsession.h"
#include "projectwindow.h"
#include "testsupport.h"
#include "warehouseactions.h"
#include "warehouserefreshdialog.h"

#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "warehouse/confirmedqueries.h"
#include "warehouse/warehousesource.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Segmenta;

class TestWarehouseConfirm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changedQueryIsShownFirst();
    void confirmedQueryIsNotAsked();

private:
    // A project whose stored warehouse source runs `query`.
    QString projectWithQuery(const QString &name, const QString &query);
    std::unique_ptr<MainWindow> open(const QString &project);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestWarehouseConfirm::initTestCase()
{
    // What this user confirmed lives under the configuration folder: a fresh one for the run.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    m_demo = Test::demoProject(m_dir.path(), 300);
    QVERIFY(!m_demo.isEmpty());
}

QString TestWarehouseConfirm::projectWithQuery(const QString &name, const QString &query)
{
    const QString project = m_dir.filePath(name);
    if (!QFile::copy(m_demo, project))
        return {};
    auto source = WarehouseSource::fromUrl(QStringLiteral("postgresql://analyst@db.example/shop"));
    source->ordersQuery = query;
    auto settings = ProjectFile::loadSettings(project);
    settings->insert(ProjectSettings::kWarehouse, source->toJson());
    return ProjectFile::saveSettings(project, *settings) ? project : QString();
}

std::unique_ptr<MainWindow> TestWarehouseConfirm::open(const QString &project)
{
    return Test::openProjectCopy(project, m_dir.path());
}

void TestWarehouseConfirm::changedQueryIsShownFirst()
{
    const QString query = QStringLiteral("SELECT * FROM orders WHERE note <> '%1' AND 1 < 2")
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString project = projectWithQuery(QStringLiteral("changed.segmenta"), query);
    QVERIFY(!project.isEmpty());
    auto window = open(project);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->warehouse()->refreshAction()->isEnabled(), 60000);

    // Cancel: nothing more happens.
    window->warehouse()->refreshAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("confirmQuery"))) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY2(box->informativeText().contains(query.toHtmlEscaped()), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("db.example")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(window->findChild<QMessageBox *>(QStringLiteral("confirmQuery")) == nullptr);
    QTest::qWait(100);
    QVERIFY(window->findChild<WarehouseRefreshDialog *>() == nullptr);

    // Run This Query: on to the refresh dialog (which asks for the password).
    window->warehouse()->refreshAction()->trigger();
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("confirmQuery"))) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("runQuery")), Qt::LeftButton);
    WarehouseRefreshDialog *refresh = nullptr;
    QTRY_VERIFY((refresh = window->findChild<WarehouseRefreshDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(refresh));
    refresh->reject();
}

void TestWarehouseConfirm::confirmedQueryIsNotAsked()
{
    const QString query = QStringLiteral("SELECT * FROM orders WHERE note <> '%1'")
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString project = projectWithQuery(QStringLiteral("typed.segmenta"), query);
    QVERIFY(!project.isEmpty());
    // As an import typed here records it.
    auto source = WarehouseSource::fromJson(ProjectFile::loadSettings(project)->value(ProjectSettings::kWarehouse).toObject());
    QVERIFY(source);
    QVERIFY(ConfirmedQueries::confirm(*source));
    auto window = open(project);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->warehouse()->refreshAction()->isEnabled(), 60000);
    window->warehouse()->refreshAction()->trigger();
    WarehouseRefreshDialog *refresh = nullptr;
    QTRY_VERIFY((refresh = window->findChild<WarehouseRefreshDialog *>()) != nullptr);
    QVERIFY(window->findChild<QMessageBox *>(QStringLiteral("confirmQuery")) == nullptr);
    refresh->reject();
}

QTEST_MAIN(TestWarehouseConfirm)
#include "tst_warehouseconfirm.moc"
