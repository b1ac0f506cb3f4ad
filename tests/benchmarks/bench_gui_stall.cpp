// SPDX-License-Identifier: GPL-3.0-or-later
// GUI stall benchmark (docs/performance.md, "GUI stall"): drives the real main window through
// importing N customers' files (the demo generator's, about 7 order lines each), the analysis that
// follows, reopening the saved project, and visiting every page, while a 10 ms timer on the GUI
// thread records the gaps between its ticks. The longest gap is the longest the window was frozen.
// Prints one JSON object: per phase, seconds and the longest gap in ms.
//
//   QT_QPA_PLATFORM=offscreen bench_gui_stall [--customers N] [--folder DIR]
#include "benchsupport.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "import/tableimportoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Segmenta;

namespace {

// Ticks every 10 ms on the GUI thread; a gap much longer than 10 ms means the event loop was
// busy (or blocked) for that long.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_verbose && (now - m_last) / 1e6 > 50)
                std::fprintf(stderr, "  gap %.0f ms ending at %.3f s\n", (now - m_last) / 1e6,
                             now / 1e9);
            m_longest = std::max(m_longest, (now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    // The longest gap since start(), including the one still open.
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, (m_clock.nsecsElapsed() - m_last) / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_verbose = qEnvironmentVariableIsSet("SEGMENTA_STALL_TRACE");
    qint64 m_last = 0;
    double m_longest = 0;
};

// With SEGMENTA_STALL_TRACE set, names every event that took more than 50 ms to handle on
// the GUI thread, to find what stalls.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > 50 && ++m_depth == 1)
            std::fprintf(stderr, "  event %d to %s (%s) took %.0f ms\n", type,
                         receiver->metaObject()->className(),
                         qPrintable(receiver->objectName()), ms);
        if (ms > 50)
            --m_depth;
        return result;
    }

private:
    bool m_trace = qEnvironmentVariableIsSet("SEGMENTA_STALL_TRACE");
    int m_depth = 0;
};

// Runs the event loop until the session reports an analysis (or fails).
bool waitForAnalysis(ProjectSession *session, int timeoutMs)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(session, &ProjectSession::analysisChanged, &loop, [&] {
        if (session->fields()) {
            ok = true;
            loop.quit();
        }
    });
    QObject::connect(session, &ProjectSession::failed, &loop,
                     [&](const QString &, const QString &message) {
                         std::fprintf(stderr, "failed: %s\n", qPrintable(message));
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    TracingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentaBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("folder"),
                      QStringLiteral("Where the demo files are or go (default: temporary)."),
                      QStringLiteral("DIR")});
    parser.process(app);

    QTemporaryDir temp;
    const QString folder = parser.isSet(QStringLiteral("folder"))
                               ? parser.value(QStringLiteral("folder"))
                               : temp.path();
    QDir().mkpath(folder);
    DemoFiles files;
    files.customersPath = QDir(folder).filePath(QStringLiteral("customers.csv"));
    files.ordersPath = QDir(folder).filePath(QStringLiteral("orders.csv"));
    if (!QFileInfo::exists(files.customersPath) || !QFileInfo::exists(files.ordersPath)) {
        DemoOptions demo;
        demo.customers = parser.value(QStringLiteral("customers")).toLongLong();
        demo.chineseHeaders = false;
        auto generated = DemoGenerator::write(folder, demo);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.errorString()));
            return 1;
        }
        files = *generated;
    }
    TableImportOptions customers, orders;
    customers.kind = TableKind::Customers;
    customers.path = files.customersPath;
    orders.kind = TableKind::Transactions;
    orders.path = files.ordersPath;
    const QString project = QDir(temp.path()).filePath(QStringLiteral("stall.segmenta"));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    spin(200);

    StallMeter meter;
    QJsonArray phases;
    QElapsedTimer clock;
    auto phase = [&](const QString &name, double seconds, double gap) {
        phases.append(QJsonObject{{QStringLiteral("phase"), name},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("longest_gap_ms"), gap}});
    };
    double worst = 0;

    // 1. Import both files and save the project, then the analysis that follows on its own.
    meter.start();
    clock.start();
    window.session()->importFiles(customers, orders, project);
    if (!waitForAnalysis(window.session(), 600000))
        return 1;
    double gap = meter.stop();
    worst = std::max(worst, gap);
    phase(QStringLiteral("import, save and analyse"), clock.nsecsElapsed() / 1e9, gap);
    spin(500); // let the pages that react to the analysis settle

    // 2. Reopen the saved project (load + analysis).
    meter.start();
    clock.restart();
    window.openProject(project);
    if (!waitForAnalysis(window.session(), 600000))
        return 1;
    gap = meter.stop();
    worst = std::max(worst, gap);
    phase(QStringLiteral("open and analyse"), clock.nsecsElapsed() / 1e9, gap);
    spin(500);

    // 3. Every page, one after another, each given half a second to settle.
    for (const QString &page : window.pageNames()) {
        meter.start();
        clock.restart();
        window.showPage(page);
        spin(500);
        gap = meter.stop();
        worst = std::max(worst, gap);
        phase(QStringLiteral("page ") + page, clock.nsecsElapsed() / 1e9, gap);
    }

    const auto data = window.session()->data();
    const QJsonObject out{{QStringLiteral("customers"), qint64(data->customerCount())},
                          {QStringLiteral("transactions"), qint64(data->transactionCount())},
                          {QStringLiteral("phases"), phases},
                          {QStringLiteral("longest_gap_ms"), worst},
                          {QStringLiteral("peak_mb"), Bench::peakMegabytes()}};
    std::printf("%s", QJsonDocument(out).toJson().constData());
    return 0;
}
