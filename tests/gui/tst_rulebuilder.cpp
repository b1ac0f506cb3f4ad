// SPDX-License-Identifier: GPL-3.0-or-later
// The rule builder of the segment editor as a manager uses it, in English, 简体中文 and 繁體中文:
// the field picker names each field once in the UI language (no code names, a role column not
// listed twice), a measure's values are offered in the UI language and the condition they make
// counts the right customers, a half-built condition is dropped when another segment is
// selected, and the form does not move while the rule flips between valid and invalid.
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "data/dataset.h"
#include "data/role.h"
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "projectwindow.h"
#include "segments/rules/customerfields.h"
#include "segmentdocument.h"
#include "segmentspage.h"
#include "segmenttablemodel.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestRuleBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fieldsByTheirNames_data();
    void fieldsByTheirNames();
    void valuesInTheUiLanguage_data();
    void valuesInTheUiLanguage();
    void clearedWhenAnotherSegmentIsSelected();
    void formKeepsItsPlace();
    void customerListShowsEachColumnOnce();

private:
    void open(const QString &language);
    QComboBox *box(const char *name) const;
    void choose(QComboBox *box, const QString &text);
    qint64 shownCustomers(int row) const;
    void clickSegmentRow(int row);

    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    SegmentsPage *m_page = nullptr;
};

void TestRuleBuilder::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_rulebuilder");
    m_project = Test::demoProject(m_dir.filePath("demo"), 600);
    QVERIFY(QFile::exists(m_project));
}

void TestRuleBuilder::cleanup()
{
    m_window.reset();
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp, QStringLiteral("en"));
}

void TestRuleBuilder::open(const QString &language)
{
    Language::setCurrent(language);
    Language::install(*qApp, language);
    m_window = Test::openProjectCopy(m_project, m_dir.path());
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    QVERIFY(m_window->showPage("segments"));
    m_page = m_window->segmentsPage();
    m_page->findChild<QAction *>("newSegment")->trigger();
    QCOMPARE(m_page->session()->segments()->size(), 1);
}

QComboBox *TestRuleBuilder::box(const char *name) const
{
    return m_page->findChild<QComboBox *>(QString::fromLatin1(name));
}

// Opens the list with a click and clicks the item, as a person picks from a combo box.
void TestRuleBuilder::choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    // An editable box opens its list from the arrow at its right end.
    QTest::mouseClick(combo, Qt::LeftButton, {},
                      combo->isEditable() ? QPoint(combo->width() - 6, combo->height() / 2)
                                          : combo->rect().center());
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    // The popup ignores a release that comes as quickly as a double click's.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QModelIndex item = view->model()->index(index, 0);
    view->scrollTo(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(item).center());
    QTRY_VERIFY(!view->isVisible());
    QCOMPARE(combo->currentText(), text);
}

qint64 TestRuleBuilder::shownCustomers(int row) const
{
    auto *table = m_page->findChild<QTableView *>("segmentTable");
    const QModelIndex index = table->model()->index(row, SegmentTableModel::Customers);
    return qint64(table->model()->data(index, Qt::UserRole).toDouble());
}

void TestRuleBuilder::clickSegmentRow(int row)
{
    auto *table = m_page->findChild<QTableView *>("segmentTable");
    const QRect cell = table->visualRect(table->model()->index(row, SegmentTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_page->currentSegment(), row);
}

void TestRuleBuilder::fieldsByTheirNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("customerId"); // the customer id role in that language
    QTest::newRow("en") << "en" << "Customer ID";
    QTest::newRow("zh_CN") << "zh_CN" << "客户编号";
    QTest::newRow("zh_TW") << "zh_TW" << "客戶編號";
}

void TestRuleBuilder::fieldsByTheirNames()
{
    QFETCH(QString, language);
    QFETCH(QString, customerId);
    open(language);
    QComboBox *field = box("ruleField");
    QVERIFY(field && field->count() > 10);
    QStringList shown;
    for (int i = 0; i < field->count(); ++i)
        shown << field->itemText(i);
    // Each entry once; no code name of a measure ("r", "p_alive", "rfm_segment").
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
    for (const QString &code : CustomerFields::measureNames())
        QVERIFY2(!shown.contains(code), qPrintable(code));
    // The customer id column (headed 客户编号 in the demo) once, by its role's name, not also
    // by its header or the role's canonical name; the header is in the tooltip.
    const Dataset &data = *m_window->session()->data();
    const QString header = data.customers.find(Role::Customer)->name();
    QCOMPARE(shown.count(customerId), 1);
    QCOMPARE(shown.count(header), header == customerId ? 1 : 0);
    QVERIFY2(!shown.contains(QStringLiteral("customer")), qPrintable(shown.join(u", ")));
    const QString tip = field->itemData(shown.indexOf(customerId), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(header), qPrintable(tip));
}

void TestRuleBuilder::valuesInTheUiLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tierField");
    QTest::addColumn<QString>("platinum");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("en") << "en" << "Value tier" << "Platinum"
                        << QStringList{"Platinum", "Gold", "Iron", "Lead"};
    QTest::newRow("zh_CN") << "zh_CN" << "价值层级" << "白金"
                           << QStringList{"白金", "黄金", "铁", "铅"};
    QTest::newRow("zh_TW") << "zh_TW" << "價值層級" << "白金"
                           << QStringList{"白金", "黃金", "鐵", "鉛"};
}

void TestRuleBuilder::valuesInTheUiLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, tierField);
    QFETCH(QString, platinum);
    QFETCH(QStringList, values);
    open(language);
    choose(box("ruleField"), tierField);
    QComboBox *value = box("ruleValue");
    QStringList offered;
    for (int i = 0; i < value->count(); ++i)
        offered << value->itemText(i);
    QCOMPARE(offered, values);
    choose(value, platinum);
    QTest::mouseClick(m_page->findChild<QPushButton *>("addCondition"), Qt::LeftButton);
    const QString rule = QStringLiteral("tier = \"%1\"").arg(platinum);
    QCOMPARE(m_page->findChild<QPlainTextEdit *>("ruleText")->toPlainText(), rule);
    QCOMPARE(m_page->session()->segments()->segment(0).rule, rule);
    // The rule holds: it counts the platinum customers, no error.
    const auto analysis = m_window->session()->analysis();
    const qint64 expected = std::count(analysis->pyramid.tier.begin(),
                                       analysis->pyramid.tier.end(), qint8(ValueTier::Platinum));
    QVERIFY(expected > 0);
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), expected, 10000);
    QVERIFY(m_page->findChild<QLabel *>("ruleError")->text().isEmpty());
}

void TestRuleBuilder::clearedWhenAnotherSegmentIsSelected()
{
    open(QStringLiteral("en"));
    m_page->findChild<QAction *>("newSegment")->trigger();
    QCOMPARE(m_page->currentSegment(), 1);
    QComboBox *field = box("ruleField");
    const QString first = field->itemText(0);
    choose(field, QStringLiteral("Value tier"));
    QComboBox *value = box("ruleValue");
    value->setFocus();
    value->lineEdit()->selectAll();
    QTest::keyClicks(value->lineEdit(), QStringLiteral("Gol"));
    QVERIFY(value->currentText().startsWith(QStringLiteral("Gol")));

    clickSegmentRow(0);
    QCOMPARE(field->currentText(), first);
    QVERIFY2(value->currentText().isEmpty(), qPrintable(value->currentText()));
    // Adding now would add nothing from the other segment's half-built condition.
    QTest::mouseClick(m_page->findChild<QPushButton *>("addCondition"), Qt::LeftButton);
    QVERIFY(m_page->session()->segments()->segment(0).rule.isEmpty());
}

void TestRuleBuilder::formKeepsItsPlace()
{
    open(QStringLiteral("en"));
    auto *description = m_page->findChild<QPlainTextEdit *>("segmentDescription");
    auto *text = m_page->findChild<QPlainTextEdit *>("ruleText");
    auto *error = m_page->findChild<QLabel *>("ruleError");
    QVERIFY(description && text && error);
    // Where the rule's text box and the field below it sit, in the window.
    const auto place = [&] {
        return QPair<QRect, int>(QRect(text->mapTo(m_window.get(), QPoint(0, 0)), text->size()),
                                 description->mapTo(m_window.get(), QPoint(0, 0)).y());
    };
    const auto before = place();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("tier ="));
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
    QCoreApplication::processEvents();
    QCOMPARE(place(), before);
    QTest::keyClicks(text, QStringLiteral(" \"gold\""));
    QTRY_VERIFY_WITH_TIMEOUT(error->text().isEmpty(), 10000);
    QCoreApplication::processEvents();
    QCOMPARE(place(), before);
}

// The segment's customers (Show Customers… on its row) list the customer id column once,
// not again under its role's canonical name.
void TestRuleBuilder::customerListShowsEachColumnOnce()
{
    open(QStringLiteral("en"));
    auto *text = m_page->findChild<QPlainTextEdit *>("ruleText");
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("tier = \"gold\""));
    QTRY_VERIFY_WITH_TIMEOUT(shownCustomers(0) > 0, 10000);
    clickSegmentRow(0);
    auto *table = m_page->findChild<QTableView *>("segmentTable");
    QAction *show = table->findChild<QAction *>("showSegmentCustomers");
    QVERIFY(show);
    show->trigger();
    const auto shownList = [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<CustomerListDialog *>(w); d && d->isVisible())
                return d;
        return static_cast<CustomerListDialog *>(nullptr);
    };
    QTRY_VERIFY(shownList() != nullptr);
    CustomerListDialog *list = shownList();
    QAbstractItemModel *model = list->view()->model();
    QVERIFY(model->rowCount() > 0);
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(!headers.contains(QStringLiteral("customer")), qPrintable(headers.join(u", ")));
    QCOMPARE(QSet<QString>(headers.begin(), headers.end()).size(), headers.size());
    list->close();
}

QTEST_MAIN(TestRuleBuilder)
#include "tst_rulebuilder.moc"
