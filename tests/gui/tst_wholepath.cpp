// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's whole path, with the keyboard and mouse only, as a person walks it in front of
// a client (docs/user/pages.md): an empty window → File → Import Files… → the GB18030 files
// with Chinese headers typed in → Next through every page → the Overview → three segments typed
// on the Segments page, one with an error, an edit undone and redone with Ctrl+Z / Ctrl+Shift+Z
// → the target lists exported as XLSX and as CSV, read back (headers in the UI language,
// translated tiers, plain numbers, no customer twice) → File → Workshop Report…, every chart of
// the PDF drawn. In English and 简体中文, and at 1024 × 700.
#include "guiinput.h"
#include "importwizard.h"
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "overviewpage.h"
#include "projectsession.h"
#include "segmentcounts.h"
#include "segmentdocument.h"
#include "segments/segmentassignment.h"
#include "testsupport.h"
#include "workshopreport.h"
#include "import/xlsx/xlsxreader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

namespace {

// An empty chart leaves its title at most, under 0.3 % of its pixels (tst_workshopreport); the
// five customers of these files draw sparse charts (three points of a scatter, one k of the
// elbow: about 1 %), so the bar is the title's, not tst_workshopreport's 1 %.
constexpr double kMinInk = 0.003;
constexpr int kReportTimeoutMs = 180000;

// One list as read back: its header and rows of text.
struct List
{
    QStringList header;
    QList<QStringList> rows;
};

// RFC 4180 fields of one CSV line (the lists quote what needs it; no line breaks in these).
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

List readCsv(const QString &path)
{
    List list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (list.header.isEmpty())
            list.header = csvFields(line);
        else
            list.rows << csvFields(line);
    }
    return list;
}

QList<List> readXlsx(const QString &path)
{
    QList<List> lists;
    const auto sheets = XlsxReader::sheetNames(path);
    if (!sheets)
        return lists;
    for (const QString &sheet : *sheets) {
        auto reader = XlsxReader::open(path, sheet);
        if (!reader)
            return {};
        List list;
        Record record;
        while ((*reader)->next(record)) {
            QStringList fields;
            for (std::string_view f : record.fields)
                fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
            if (list.header.isEmpty())
                list.header = fields;
            else
                list.rows << fields;
        }
        lists << list;
    }
    return lists;
}

} // namespace

class TestWholePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wholePath_data();
    void wholePath();

private:
    void importFiles(MainWindow &window, const QString &project);
    void typeSegments(MainWindow &window);
    void exportLists(MainWindow &window, const QString &folder, int format);
    // assigned: the customers the segments took (the rest are unassigned and on no list).
    void checkLists(const QList<List> &lists, const QString &format, qint64 assigned);
    void writeReport(MainWindow &window, const QString &pdf);

    Test::ModalGuard m_modalGuard;
    QTemporaryDir m_dir;
    QString m_language;
};

void TestWholePath::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_wholepath");
    // The Qt file dialog, whatever the platform: the test types into it.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed");
}

void TestWholePath::cleanup()
{
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp, QStringLiteral("en"));
}

void TestWholePath::wholePath_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("English") << "en" << QSize(1366, 768);
    QTest::newRow("简体中文") << "zh_CN" << QSize(1366, 768);
    QTest::newRow("English 1024x700") << "en" << QSize(1024, 700);
}

void TestWholePath::wholePath()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    m_language = language;
    // The language setting at start, as `segmenta --language` leaves it.
    Language::setCurrent(language);
    Language::install(*qApp, language);
    static int run = 0;
    const QString folder = m_dir.filePath(QStringLiteral("run%1").arg(++run));
    QVERIFY(QDir().mkpath(folder));

    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    importFiles(window, QDir(folder).filePath(QStringLiteral("shop.segmenta")));
    if (QTest::currentTestFailed())
        return;

    // The Overview, clicked in the navigation, counts the five imported customers.
    QVERIFY(Test::clickNavigation(&window, QStringLiteral("overview")));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->analysis() != nullptr, 30000);
    auto *overview = window.findChild<OverviewPage *>();
    QVERIFY(overview && overview->isVisible());
    QTRY_VERIFY2(overview->figuresHtml().contains(u'5'), qPrintable(overview->figuresHtml()));

    typeSegments(window);
    if (QTest::currentTestFailed())
        return;

    const QString xlsxFolder = QDir(folder).filePath(QStringLiteral("xlsx"));
    exportLists(window, xlsxFolder, 0);
    if (QTest::currentTestFailed())
        return;
    const QStringList workbooks = QDir(xlsxFolder).entryList({QStringLiteral("*.xlsx")}, QDir::Files);
    QCOMPARE(workbooks.size(), 1);
    // Every customer a segment took is on a list (those without orders fall out of the third).
    const auto counts = window.session()->segmentCounts();
    const qint64 assigned = window.session()->data()->customerCount() - counts->assignment->unassigned;
    QVERIFY(assigned >= 3);
    checkLists(readXlsx(QDir(xlsxFolder).filePath(workbooks.first())), QStringLiteral("xlsx"), assigned);
    if (QTest::currentTestFailed())
        return;

    const QString csvFolder = QDir(folder).filePath(QStringLiteral("csv"));
    exportLists(window, csvFolder, 1);
    if (QTest::currentTestFailed())
        return;
    QList<List> csvLists;
    for (const QString &file : QDir(csvFolder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        csvLists << readCsv(QDir(csvFolder).filePath(file));
    checkLists(csvLists, QStringLiteral("csv"), assigned);
    if (QTest::currentTestFailed())
        return;

    writeReport(window, QDir(folder).filePath(QStringLiteral("report.pdf")));
}

// File → Import Files… with Alt+F, I; the paths typed into the fields Alt+C, Alt+O and Alt+P
// reach; Next until Finish; the import summary closed with Escape.
void TestWholePath::importFiles(MainWindow &window, const QString &project)
{
    QVERIFY(Test::pressMenuItem(&window, Qt::Key_F, Qt::Key_I));
    ImportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<ImportWizard *>()) && wizard->isVisible());
    QVERIFY(Test::activate(wizard));
    QVERIFY(Test::typeInto(wizard, Qt::Key_C, Test::testData(QStringLiteral("gb18030_customers.csv"))));
    QVERIFY(Test::typeInto(wizard, Qt::Key_O, Test::testData(QStringLiteral("gb18030_orders.csv"))));
    QVERIFY(Test::typeInto(wizard, Qt::Key_P, project));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QList<int> visited{wizard->currentId()};
    for (int step = 0; step < 5 && next->isVisible() && next->isEnabled(); ++step) {
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY2(wizard->currentId() != visited.last(), "Next did not move on");
        visited.append(wizard->currentId());
    }
    QVERIFY(visited.contains(int(ImportWizard::CustomersPage)));
    QVERIFY(visited.contains(int(ImportWizard::TransactionsPage)));
    QVERIFY(finish->isVisible() && finish->isEnabled());
    QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(Test::waitForSignal(changed, 30000));
    QCOMPARE(window.session()->data()->customerCount(), 5);
    QCOMPARE(window.session()->data()->transactionCount(), 5);
    QWidget *summary = nullptr;
    QTRY_VERIFY((summary = QApplication::activeModalWidget()) != nullptr);
    QTest::keyClick(summary, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(Test::activate(&window)); // a window manager gives it back
}

// Three segments, each added with Ctrl+Shift+N and its rule typed where the focus lands; the
// second rule has an error, which the page says. The third segment's typing and its adding are
// undone with Ctrl+Z in the segment table, then redone with Ctrl+Shift+Z.
void TestWholePath::typeSegments(MainWindow &window)
{
    QVERIFY(Test::clickNavigation(&window, QStringLiteral("segments")));
    SegmentDocument *document = window.session()->segments();
    const QStringList rules = {QStringLiteral(R"(tier in ("platinum", "gold"))"),
                               QStringLiteral("frequency >> 1"),
                               QStringLiteral("frequency >= 1")};
    for (const QString &rule : rules) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *text = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        QVERIFY2(text && text->objectName() == u"ruleText", "a new segment leaves the focus elsewhere");
        QTest::keyClicks(text, rule);
        QCOMPARE(document->segment(document->size() - 1).rule, rule);
    }
    QCOMPARE(document->size(), 3);
    // The error is said where the rule is, and the count leaves that segment out.
    auto *error = window.findChild<QLabel *>(QStringLiteral("ruleError"));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->segmentCounts()
                                 && window.session()->segmentCounts()->segmentation.size() == 3,
                             20000);
    QVERIFY(window.session()->segmentCounts()->errors[0].isEmpty());
    QVERIFY(!window.session()->segmentCounts()->errors[1].isEmpty());
    QVERIFY(error);

    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    QVERIFY(table);
    const QModelIndex third = table->model()->index(2, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
    QTest::keySequence(table, QKeySequence::Undo);
    QCOMPARE(document->size(), 3);
    QVERIFY(document->segment(2).rule.isEmpty());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
    QCOMPARE(document->size(), 2);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
    QCOMPARE(document->size(), 3);
    QCOMPARE(document->segment(2).rule, rules[2]);
}

// The Export page: the format chosen with a click on its radio button (0: XLSX, 1: CSV), the
// folder typed into its field, Export Target Lists clicked; waits for the lists.
void TestWholePath::exportLists(MainWindow &window, const QString &folder, int format)
{
    QVERIFY(Test::clickNavigation(&window, QStringLiteral("export")));
    QWidget *page = window.findChild<QWidget *>(QStringLiteral("exportButton"))->parentWidget();
    const auto formats = page->findChildren<QRadioButton *>();
    QVERIFY(formats.size() >= 2);
    QTest::mouseClick(formats[format], Qt::LeftButton, {}, QPoint(8, formats[format]->height() / 2));
    QVERIFY(formats[format]->isChecked());
    // The segment with the error is listed, and cannot be chosen.
    auto *segments = page->findChild<QListWidget *>(QStringLiteral("exportSegments"));
    QTRY_COMPARE(segments->count(), 3);
    QVERIFY(!(segments->item(1)->flags() & Qt::ItemIsEnabled));
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("exportFolder"));
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, folder);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("exportButton"));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder).entryList(QDir::Files).isEmpty() && button->isEnabled(),
                             30000);
}

// Headers in the UI language, tiers translated, probabilities plain percentages, each customer
// on one list only, every customer of a valid segment listed.
void TestWholePath::checkLists(const QList<List> &lists, const QString &format, qint64 assigned)
{
    const bool chinese = m_language == u"zh_CN";
    QCOMPARE(lists.size(), 2); // the segment with the error has no list
    QSet<QString> ids;
    qsizetype rows = 0;
    for (const List &list : lists) {
        const int id = int(list.header.indexOf(chinese ? QStringLiteral("客户编号") : QStringLiteral("Customer ID")));
        const int tier = int(list.header.indexOf(chinese ? QStringLiteral("价值等级") : QStringLiteral("Value tier")));
        const int probability = int(list.header.indexOf(chinese ? QStringLiteral("购买概率 (%)") : QStringLiteral("Purchase probability (%)")));
        QVERIFY2(id >= 0 && tier >= 0 && probability >= 0,
                 qPrintable(format + QStringLiteral(": ") + list.header.join(QStringLiteral(" | "))));
        const QStringList tiers = chinese ? QStringList{"白金", "黄金", "铁", "铅"}
                                          : QStringList{"Platinum", "Gold", "Iron", "Lead"};
        for (const QStringList &row : list.rows) {
            QVERIFY2(!ids.contains(row.value(id)), qPrintable(row.value(id) + QStringLiteral(" is on two lists")));
            ids.insert(row.value(id));
            QVERIFY2(tiers.contains(row.value(tier)), qPrintable(row.value(tier)));
            const QString p = row.value(probability);
            QVERIFY2(p.isEmpty() || QRegularExpression(QStringLiteral(R"(^\d{1,3}(\.\d+)?$)")).match(p).hasMatch()
                         || (format == u"xlsx" && p.toDouble() >= 0 && p.toDouble() <= 1),
                     qPrintable(format + QStringLiteral(": ") + p));
            ++rows;
        }
    }
    QCOMPARE(qint64(rows), assigned);
}

// File → Workshop Report… with Alt+F, W; the file name typed into the file dialog; every chart
// of the PDF has ink.
void TestWholePath::writeReport(MainWindow &window, const QString &pdf)
{
    Test::FileDialogTyper typer(pdf);
    QVERIFY(Test::pressMenuItem(&window, Qt::Key_F, Qt::Key_W));
    QTRY_VERIFY_WITH_TIMEOUT(typer.typed(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pdf), kReportTimeoutMs);
    QStringList titles;
    for (const WorkshopReport::Chart &chart : window.workshopReport().charts)
        titles << chart.title;
    const QList<double> shares = Test::figureInk(pdf, pdf + QStringLiteral("-figures"));
    QCOMPARE(shares.size(), titles.size());
    for (int i = 0; i < titles.size(); ++i)
        QVERIFY2(shares[i] > kMinInk, qPrintable(QStringLiteral("the chart “%1” is empty (%2 % ink)")
                                                     .arg(titles[i])
                                                     .arg(shares[i] * 100, 0, 'f', 2)));
}

QTEST_MAIN(TestWholePath)
#include "tst_wholepath.moc"
