// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the segment editor in the real window: add a segment, type rules and see the live
// counts follow (checked against the analysis' own tiers, not the rule engine), errors
// underlined, priority changed, every edit undone and redone, and the segments saved into the
// project file.
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "data/dataset.h"
#include "data/role.h"
#include "customerlistmodel.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "project/projectfile.h"
#include "projectsession.h"
#include "projectwindow.h"
#include "segments/segmentassignment.h"
#include "segments/rules/segmentrule.h"
#include "segmentcounter.h"
#include "segmentdocument.h"
#include "segmentexplanationdialog.h"
#include "segmentspage.h"
#include "segmenttablemodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Segmenta;

class TestSegmentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void liveCounts_data();
    void liveCounts();
    void unmatchedValueWarns_data();
    void unmatchedValueWarns();
    void errorsAreUnderlined_data();
    void errorsAreUnderlined();
    void undoRedoAndPriority();
    void savedInProject();
    void compilesEachRuleOnce_data();
    void compilesEachRuleOnce();
    void explainCustomer_data();
    void explainCustomer();
    void formMnemonicsReachTheirFields();
    void moneyHeadersNameTheCurrency();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    qint64 tierCount(std::initializer_list<int> tiers) const;
    void typeRule(const QString &rule);
    qint64 shownCustomers(int row) const;

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    SegmentsPage *m_page = nullptr;
};

void TestSegmentsPage::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_segmentspage");
    m_project = Test::demoProject(m_dir.filePath("demo"), 600);
    QVERIFY(QFile::exists(m_project));
}

void TestSegmentsPage::init()
{
    m_window = Test::openProjectCopy(m_project, m_dir.path());
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    QVERIFY(m_window->showPage("segments"));
    m_page = m_window->segmentsPage();
    QCOMPARE(m_page->session()->segments()->size(), 0);
    m_page->findChild<QAction *>("newSegment")->trigger();
    QCOMPARE(m_page->session()->segments()->size(), 1);
}

void TestSegmentsPage::cleanup()
{
    m_window.reset();
}

// Every label of the segment form has its own Alt+letter, and the letter reaches the field the
// label names (a keyboard user must reach every field).
void TestSegmentsPage::formMnemonicsReachTheirFields()
{
    QHash<QChar, QString> seen;
    QList<QPair<QChar, QWidget *>> targets;
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (!label->buddy() || !label->isVisible())
            continue;
        const QString text = label->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const QChar letter = text.at(amp + 1).toUpper();
        QVERIFY2(!seen.contains(letter),
                 qPrintable(QStringLiteral("%1 and %2 share Alt+%3")
                                .arg(seen.value(letter), text, QString(letter))));
        seen.insert(letter, text);
        targets.append({letter, label->buddy()});
    }
    QVERIFY(seen.size() >= 9);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (const auto &[letter, buddy] : std::as_const(targets)) {
        QWidget *from = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(from, Qt::Key(letter.unicode()), Qt::AltModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && (focus == buddy || buddy->isAncestorOf(focus)
                           || focus == buddy->focusProxy()),
                 qPrintable(QStringLiteral("Alt+%1 went to %2")
                                .arg(QString(letter),
                                     focus ? focus->objectName() : QStringLiteral("nothing"))));
    }
}

// The demo project records ¥ (as an import of yuan amounts does): the money columns say so.
void TestSegmentsPage::moneyHeadersNameTheCurrency()
{
    auto *table = m_page->findChild<QTableView *>("segmentTable");
    QVERIFY(table);
    for (int column : {int(SegmentTableModel::Profit), int(SegmentTableModel::MeanClv)}) {
        const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header.endsWith(QStringLiteral("(¥)")), qPrintable(header));
    }
    const QString customers =
        table->model()->headerData(SegmentTableModel::Customers, Qt::Horizontal).toString();
    QVERIFY2(!customers.contains(u'¥'), qPrintable(customers));
}

qint64 TestSegmentsPage::tierCount(std::initializer_list<int> tiers) const
{
    const auto analysis = m_window->session()->analysis();
    qint64 n = 0;
    for (qint8 t : analysis->pyramid.tier)
        for (int wanted : tiers)
            n += t == wanted;
    return n;
}

void TestSegmentsPage::typeRule(const QString &rule)
{
    auto *text = m_page->findChild<QPlainTextEdit *>("ruleText");
    QVERIFY(text);
    text->setFocus();
    text->selectAll();
    QTest::keyClick(text, Qt::Key_Delete);
    QTest::keyClicks(text, rule);
    QCOMPARE(m_page->session()->segments()->segment(0).rule, rule);
}

qint64 TestSegmentsPage::shownCustomers(int row) const
{
    auto *table = m_page->findChild<QTableView *>("segmentTable");
    const QModelIndex index = table->model()->index(row, SegmentTableModel::Customers);
    return qint64(table->model()->data(index, Qt::UserRole).toDouble());
}

void TestSegmentsPage::liveCounts_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QList<int>>("tiers");
    QTest::newRow("platinum") << R"(tier = "platinum")" << QList<int>{0};
    QTest::newRow("platinum or gold") << R"(tier in ("platinum", "GOLD"))" << QList<int>{0, 1};
    QTest::newRow("not lead") << R"(not tier = "lead" and tier is not missing)" << QList<int>{0, 1, 2};
}

void TestSegmentsPage::liveCounts()
{
    QFETCH(QString, rule);
    QFETCH(QList<int>, tiers);
    qint64 expected = 0;
    for (int t : tiers)
        expected += tierCount({t});
    QVERIFY(expected > 0);
    typeRule(rule);
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), expected, 10000);
    // Exactly one segment per customer: the segment and the unassigned row add up.
    const qint64 all = m_window->session()->data()->customerCount();
    QCOMPARE(shownCustomers(0) + shownCustomers(1), all);
    auto *status = m_page->findChild<QLabel *>("segmentStatus");
    QVERIFY(status->text().contains(QLocale().toString(expected)));
}

void TestSegmentsPage::unmatchedValueWarns_data()
{
    // %1: the first customer's e-mail address (Latin: keyClicks types Latin-1 only).
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("warning"); // empty: none expected
    QTest::newRow("typo") << R"(email = "x%1")"
                          << QStringLiteral("No customer has “x%1” in “email”; did you mean “%1”?");
    QTest::newRow("in list") << R"(email in ("%1", "zzzzzz"))"
                             << QStringLiteral("No customer has “zzzzzz” in “email”.");
    QTest::newRow("existing value") << R"(email = "%1")" << QString();
}

void TestSegmentsPage::unmatchedValueWarns()
{
    QFETCH(QString, rule);
    QFETCH(QString, warning);
    const Column *emails = m_window->session()->data()->customers.find(Role::Email);
    QVERIFY(emails);
    const QString email = emails->value(0).toString();
    QVERIFY(!email.isEmpty());
    typeRule(rule.arg(email));
    auto *status = m_page->findChild<QLabel *>("segmentStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("customers")), 10000);
    if (warning.isEmpty())
        QVERIFY2(!status->text().contains(QStringLiteral("Warning")), qPrintable(status->text()));
    else
        QVERIFY2(status->text().contains(QStringLiteral("Warning: ")
                                         + warning.arg(email).toHtmlEscaped()),
                 qPrintable(status->text()));
}

void TestSegmentsPage::errorsAreUnderlined_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("no value") << "tier =";
    QTest::newRow("unknown field") << R"(tierx = "gold")";
    QTest::newRow("text compared with a number") << "tier > 3";
    QTest::newRow("unknown tier") << R"(r >= 4 and tier = "platnum")";
}

void TestSegmentsPage::errorsAreUnderlined()
{
    QFETCH(QString, rule);
    typeRule(rule);
    auto *error = m_page->findChild<QLabel *>("ruleError");
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
    QVERIFY(error->isVisible());
    // The underline sits where core says the problem is (its first argument, 1-based).
    const SegmentCounter::Counts *counts = m_page->session()->segmentCounter()->latest();
    QVERIFY(counts && !counts->errors.at(0).isEmpty());
    const int position = counts->errors.at(0).args().value(0).toInt();
    QVERIFY(position >= 1 && position <= rule.size() + 1);
    auto *text = m_page->findChild<QPlainTextEdit *>("ruleText");
    const auto marks = text->extraSelections();
    QCOMPARE(marks.size(), 1);
    const int start = marks.first().cursor.selectionStart();
    QVERIFY2(start == position - 1 || (position > rule.size() && start == rule.size() - 1),
             qPrintable(QStringLiteral("underline at %1, error at %2: %3")
                            .arg(start).arg(position).arg(error->text())));
    // And the segment counts nobody while its rule is wrong.
    QCOMPARE(shownCustomers(1), m_window->session()->data()->customerCount());
}

void TestSegmentsPage::undoRedoAndPriority()
{
    QUndoStack *undo = m_page->session()->segments()->undoStack();
    typeRule(R"(tier = "platinum")");
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({0}), 10000);
    QTest::qWait(1600); // a pause: the next edit is its own undo step
    typeRule(R"(tier = "gold")");
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({1}), 10000);
    undo->undo();
    QCOMPARE(m_page->session()->segments()->segment(0).rule, QStringLiteral(R"(tier = "platinum")"));
    QCOMPARE(m_page->findChild<QPlainTextEdit *>("ruleText")->toPlainText(),
             QStringLiteral(R"(tier = "platinum")"));
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({0}), 10000);
    undo->redo();
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({1}), 10000);

    // A second, overlapping segment below: it keeps only what the first leaves.
    m_page->findChild<QAction *>("newSegment")->trigger();
    QCOMPARE(m_page->currentSegment(), 1);
    auto *text = m_page->findChild<QPlainTextEdit *>("ruleText");
    QTest::keyClicks(text, R"(tier in ("gold", "iron"))");
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(1), tierCount({2}), 10000);
    // Raising its priority: it now takes the gold customers too.
    QKeySequence up(Qt::CTRL | Qt::Key_Up);
    QTest::keySequence(text, up);
    QCOMPARE(m_page->session()->segments()->segment(0).rule, QStringLiteral(R"(tier in ("gold", "iron"))"));
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({1, 2}), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(1), 0, 10000);
    undo->undo(); // the move
    QCOMPARE(m_page->session()->segments()->segment(0).rule, QStringLiteral(R"(tier = "gold")"));
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(m_page->session()->segments()->size(), 0);
}

void TestSegmentsPage::savedInProject()
{
    typeRule(R"(tier = "platinum")");
    auto *objective = m_page->findChild<QLineEdit *>("segmentObjective");
    // Chinese arrives as an input method commits it.
    objective->setFocus();
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("召回沉睡客户"));
    QApplication::sendEvent(objective, &ime);
    const QString path = m_window->session()->path();
    QTRY_VERIFY_WITH_TIMEOUT(
        ProjectFile::loadSettings(path)->value("segmentation").toObject().value("segments")
            .toArray().size() == 1, 5000);
    const QJsonObject saved = ProjectFile::loadSettings(path)->value("segmentation").toObject()
                                  .value("segments").toArray().first().toObject();
    QCOMPARE(saved.value("rule").toString(), QStringLiteral(R"(tier = "platinum")"));
    QTRY_COMPARE_WITH_TIMEOUT(ProjectFile::loadSettings(path)->value("segmentation").toObject()
                                  .value("segments").toArray().first().toObject()
                                  .value("objective").toString(),
                              QStringLiteral("召回沉睡客户"), 5000);
    // Reopened, the segment is there.
    m_window->openProject(path);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    QTRY_COMPARE(m_page->session()->segments()->size(), 1);
    QCOMPARE(m_page->session()->segments()->segment(0).objective, QStringLiteral("召回沉睡客户"));
}

void TestSegmentsPage::compilesEachRuleOnce_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<int>("valid");
    QTest::newRow("three rules") << QStringList{R"(tier = "platinum")", R"(tier = "gold")",
                                                "r >= 4"}
                                 << 3;
    QTest::newRow("one wrong") << QStringList{R"(tier = "platinum")", "tier >", "f >= 2"} << 2;
    QTest::newRow("all wrong") << QStringList{"tierx = 1", "tier > 3"} << 0;
    QTest::newRow("no segments") << QStringList{} << 0;
}

// The live count compiles each rule once per change (it used to compile twice: once to find
// the errors, once more inside the assignment), and what it counts is what the assignment of
// the valid rules gives.
void TestSegmentsPage::compilesEachRuleOnce()
{
    QFETCH(QStringList, rules);
    QFETCH(int, valid);
    // Let the page's own count of its new, empty segment finish first.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->session()->segmentCounter()->latest() != nullptr, 10000);
    QTest::qWait(200);
    Segmentation segmentation;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        Segment s;
        s.name = QStringLiteral("S%1").arg(i);
        s.rule = rules[i];
        segmentation.segments.append(s);
    }
    const auto session = m_window->session();
    const quint64 before = SegmentRule::compilations();
    const SegmentCounter::Counts counts = SegmentCounter::count(
        segmentation, *session->data(), *session->analysis(), *session->fields());
    QCOMPARE(SegmentRule::compilations() - before, quint64(rules.size()));

    QCOMPARE(counts.validSegmentation().size(), qsizetype(valid));
    QVERIFY(counts.assignment);
    auto expected = SegmentAssignment::assign(counts.validSegmentation(), *session->fields());
    QVERIFY(expected.ok());
    QCOMPARE(counts.assignment->counts, expected->counts);
    QCOMPARE(counts.assignment->segment, expected->segment);
    for (qsizetype i = 0; i < rules.size(); ++i)
        QCOMPARE(counts.errors[size_t(i)].isEmpty(), counts.validIndex[size_t(i)] >= 0);
}

void TestSegmentsPage::explainCustomer_data()
{
    // How the manager asks (the search field on the page, or a customer list's button,
    // context menu or double-click) and for a customer of which tier (0 platinum, 1 gold,
    // 3 lead; from a list, the best customer of the list: 0 and 1 of the segments, 3 of the
    // unassigned, iron or lead).
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("tier");
    QTest::newRow("search field, platinum") << "search" << 0;
    QTest::newRow("search field, gold") << "search" << 1;
    QTest::newRow("search field, lead") << "search" << 3;
    QTest::newRow("list button, platinum") << "button" << 0;
    QTest::newRow("list context menu, gold") << "menu" << 1;
    QTest::newRow("list double-click, unassigned") << "double-click" << 3;
}

void TestSegmentsPage::explainCustomer()
{
    QFETCH(QString, how);
    QFETCH(int, tier);
    // Overlapping on purpose: platinum customers match both rules, the first wins.
    typeRule(R"(tier = "platinum")");
    m_page->findChild<QAction *>("newSegment")->trigger();
    QTest::keyClicks(m_page->findChild<QPlainTextEdit *>("ruleText"), R"(tier in ("platinum", "gold"))");
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(1), tierCount({1}), 10000);
    QTRY_VERIFY(m_window->session()->segmentCounts() != nullptr);
    const auto analysis = m_window->session()->analysis();
    const Column *ids = m_window->session()->data()->customerIds();

    qsizetype row = -1;
    SegmentExplanationDialog *dialog = nullptr;
    if (how == "search") {
        for (qsizetype i = 0; i < analysis->summary.size() && row < 0; ++i)
            if (analysis->pyramid.tier[size_t(i)] == tier)
                row = i;
        QVERIFY(row >= 0);
        auto *field = m_page->findChild<QLineEdit *>("explainCustomerId");
        field->setFocus();
        // Blanks around a pasted id do not matter.
        QTest::keyClicks(field, QStringLiteral(" %1 ").arg(ids->displayText(row)));
        QTest::keyClick(field, Qt::Key_Return);
        dialog = m_page->findChild<SegmentExplanationDialog *>();
    } else {
        CustomerListDialog *list = m_page->showCustomers(tier == 0 ? 0 : tier == 1 ? 1 : 2);
        QVERIFY(list);
        QVERIFY(list->model()->rowCount() > 0);
        const QModelIndex first = list->model()->index(0, 0);
        row = list->model()->rows().front();
        // The row is chosen as a person does: a click on its first cell.
        QVERIFY(QTest::qWaitForWindowExposed(list));
        QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {},
                          list->view()->visualRect(first).center());
        QCOMPARE(list->view()->currentIndex(), first);
        if (how == "button") {
            auto *button = list->findChild<QPushButton *>("whyThisSegment");
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
        } else if (how == "menu") {
            QCOMPARE(list->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
            QCOMPARE(list->view()->actions().size(), 1);
            list->view()->actions().first()->trigger();
        } else {
            const QRect cell = list->view()->visualRect(first);
            // After the click above: the view only takes a double-click on the cell it was
            // pressed on.
            QTest::mouseDClick(list->view()->viewport(), Qt::LeftButton, {}, cell.center());
        }
        dialog = list->findChild<SegmentExplanationDialog *>();
    }
    QVERIFY(dialog);
    // What the analysis says, not the rule engine: the tier decides the segment.
    const int realTier = analysis->pyramid.tier[size_t(row)];
    if (how != "search" && tier == 3) {
        QVERIFY(realTier >= 2); // the unassigned list: iron or lead
        tier = realTier;
    }
    QCOMPARE(realTier, tier);
    const QString id = ids->displayText(row);
    QVERIFY2(dialog->headline().contains(id), qPrintable(dialog->headline()));
    const QString winner = tier == 0 ? m_page->session()->segments()->segment(0).name
                           : tier == 1 ? m_page->session()->segments()->segment(1).name : QString();
    if (winner.isEmpty())
        QVERIFY2(dialog->headline().contains("no segment"), qPrintable(dialog->headline()));
    else
        QVERIFY2(dialog->headline().contains(winner), qPrintable(dialog->headline()));
    QTreeWidget *tree = dialog->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    const QString states[2] = {tier == 0 ? "winner" : "no-match",
                               tier == 0 ? "matched" : tier == 1 ? "winner" : "no-match"};
    const char *tierNames[] = {"platinum", "gold", "iron", "lead"};
    for (int s = 0; s < 2; ++s) {
        QTreeWidgetItem *item = tree->topLevelItem(s);
        QCOMPARE(item->data(0, Qt::UserRole).toString(), states[s]);
        QCOMPARE(item->childCount(), 1);
        QTreeWidgetItem *condition = item->child(0);
        QCOMPARE(condition->text(0), m_page->session()->segments()->segment(s).rule);
        QCOMPARE(condition->data(1, Qt::UserRole).toBool(), s == 0 ? tier == 0 : tier <= 1);
        // The customer's own value of the field the condition tests.
        QCOMPARE(condition->text(2), QStringLiteral("tier = %1").arg(tierNames[tier]));
    }
    // SEGMENTA_SCREENSHOTS=DIR: the dialog as the manager sees it.
    if (const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("explain-%1-%2.png").arg(how).arg(tier)));
    }

    // An id nobody has says so, and lists nothing.
    QVERIFY(!dialog->explainId(m_window->session()->segmentCounts(), "NO-SUCH-ID"));
    QVERIFY(dialog->headline().contains("NO-SUCH-ID"));
    QCOMPARE(dialog->tree()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestSegmentsPage)
#include "tst_segmentspage.moc"
