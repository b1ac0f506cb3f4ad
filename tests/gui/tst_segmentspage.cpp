// Drives the segment editor in the real window: add a segment, type rules and see the live
// counts follow (checked against the analysis' own tiers, not the rule engine), errors
// underlined, priority changed, every edit undone and redone, and the segments saved into the
// project file.
#include "customeranalysis.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "projectsession.h"
#include "segmentassignment.h"
#include "segmentrule.h"
#include "segmentcounter.h"
#include "segmentdocument.h"
#include "segmentspage.h"
#include "segmenttablemodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    void errorsAreUnderlined_data();
    void errorsAreUnderlined();
    void undoRedoAndPriority();
    void savedInProject();
    void compilesEachRuleOnce_data();
    void compilesEachRuleOnce();

private:
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
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "600"});
    QCOMPARE(run.exitCode, 0);
    m_project = run.json().value("project").toString();
    QVERIFY(QFile::exists(m_project));
}

void TestSegmentsPage::init()
{
    // A fresh copy per test so saved segments of one test do not leak into the next.
    const QString copy = m_dir.filePath(QStringLiteral("p%1.segmenta").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(QFile::copy(m_project, copy));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openProject(copy);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    QVERIFY(m_window->showPage("segments"));
    m_page = m_window->segmentsPage();
    QCOMPARE(m_page->document()->size(), 0);
    m_page->findChild<QAction *>("newSegment")->trigger();
    QCOMPARE(m_page->document()->size(), 1);
}

void TestSegmentsPage::cleanup()
{
    m_window.reset();
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
    QCOMPARE(m_page->document()->segment(0).rule, rule);
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
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY(!error->text().isEmpty());
    // The underline sits where core says the problem is (its first argument, 1-based).
    const SegmentCounter::Counts *counts = m_page->counter()->latest();
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
    QUndoStack *undo = m_page->undoStack();
    typeRule(R"(tier = "platinum")");
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({0}), 10000);
    QTest::qWait(1600); // a pause: the next edit is its own undo step
    typeRule(R"(tier = "gold")");
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({1}), 10000);
    undo->undo();
    QCOMPARE(m_page->document()->segment(0).rule, QStringLiteral(R"(tier = "platinum")"));
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
    QCOMPARE(m_page->document()->segment(0).rule, QStringLiteral(R"(tier in ("gold", "iron"))"));
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(0), tierCount({1, 2}), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shownCustomers(1), 0, 10000);
    undo->undo(); // the move
    QCOMPARE(m_page->document()->segment(0).rule, QStringLiteral(R"(tier = "gold")"));
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(m_page->document()->size(), 0);
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
    QTRY_COMPARE(m_page->document()->size(), 1);
    QCOMPARE(m_page->document()->segment(0).objective, QStringLiteral("召回沉睡客户"));
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
    QTRY_VERIFY_WITH_TIMEOUT(m_page->counter()->latest() != nullptr, 10000);
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

QTEST_MAIN(TestSegmentsPage)
#include "tst_segmentspage.moc"
