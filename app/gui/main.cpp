// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta: the desktop application. Command-line parsing only; the window is in ui/.
#include "colorscheme.h"
#include "language.h"
#include "mainwindow.h"
#include "projectsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Time for the pages to lay out and draw what the analyses brought before the window is
// grabbed or the report printed; at once they could still be half drawn.
constexpr int kSettleMs = 800;

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("language"), QStringLiteral("User interface language: en, zh_CN or zh_TW."),
                      QStringLiteral("CODE")});
    parser.setApplicationDescription(QStringLiteral("Customer segmentation for marketing managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the demo project (built on first use).")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Show this page once a project is open (start, data, ...)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Save a picture of the window to FILE once the project is open, then quit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("window-size"),
                      QStringLiteral("Open the window at this size, e.g. 1024x768 (for screenshots)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("report"),
                      QStringLiteral("Write the workshop report (PDF) to FILE once the project is open, then quit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("color-scheme"),
                      QStringLiteral("light or dark: force that palette instead of the system's "
                                     "(also SEGMENTA_COLOR_SCHEME)."),
                      QStringLiteral("SCHEME")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A .segmenta project to open."));
}

void setUpApplication()
{
    QApplication::setApplicationName(QStringLiteral("Segmenta"));
    QApplication::setOrganizationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segmenta.svg")));
    // Ties the windows to the installed org.segmenta.Segmenta.desktop (icon and name on
    // Wayland docks and task bars); packaging/linux/ holds the file.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.segmenta.Segmenta"));
}

// Applies --window-size; false (after a message) when it is not WIDTHxHEIGHT.
bool applyWindowSize(const QCommandLineParser &parser, Segmenta::MainWindow *window)
{
    if (!parser.isSet(QStringLiteral("window-size")))
        return true;
    const QStringList wh = parser.value(QStringLiteral("window-size")).split(u'x');
    const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
    if (wh.size() != 2 || w <= 0 || h <= 0) {
        std::fprintf(stderr, "segmenta: --window-size must be WIDTHxHEIGHT, e.g. 1024x768.\n");
        return false;
    }
    window->resize(w, h);
    return true;
}

// --page, --screenshot and --report: once the analyses have run, so that every page has its
// content; the last two then quit.
void runWhenAnalysed(Segmenta::MainWindow *window, const QString &page, const QString &screenshot,
                     const QString &report)
{
    if (page.isEmpty() && screenshot.isEmpty() && report.isEmpty())
        return;
    if (!screenshot.isEmpty() || !report.isEmpty())
        window->setErrorHandler([](const QString &, const QString &message) {
            std::fprintf(stderr, "segmenta: %s\n", qPrintable(message));
            // Also when the project fails to open before the event loop runs.
            QTimer::singleShot(0, [] { QApplication::exit(1); });
        });
    auto done = std::make_shared<bool>(false); // a later analysis (e.g. recount) starts no second run
    QObject::connect(window->session(), &Segmenta::ProjectSession::analysisChanged, window, [=] {
        if (!window->session()->analysis() || *done)
            return;
        *done = true;
        if (!page.isEmpty())
            window->showPage(page);
        if (!screenshot.isEmpty() || !report.isEmpty())
            QTimer::singleShot(kSettleMs, window, [window, screenshot, report] {
                if (!screenshot.isEmpty())
                    window->grab().save(screenshot);
                if (report.isEmpty()) {
                    QApplication::exit(0);
                    return;
                }
                // Computes what the pages not shown have not (backtest, drivers, clusters).
                window->writeWorkshopReport(report, [](const QString &error, bool) {
                    if (!error.isEmpty())
                        std::fprintf(stderr, "segmenta: %s\n", qPrintable(error));
                    QApplication::exit(error.isEmpty() ? 0 : 1);
                });
            });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // Answered before QApplication, which needs a display: "segmenta --version" works over ssh
    // and in scripts (the text is the one QCommandLineParser's --version would print).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("Segmenta %s\n", SEGMENTA_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    setUpApplication();

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const QString scheme = parser.isSet(QStringLiteral("color-scheme"))
                               ? parser.value(QStringLiteral("color-scheme"))
                               : qEnvironmentVariable("SEGMENTA_COLOR_SCHEME");
    if (!Segmenta::ColorScheme::apply(scheme)) {
        std::fprintf(stderr, "segmenta: --color-scheme must be light or dark, not “%s”.\n",
                     qPrintable(scheme));
        return 2;
    }
    // For this run only: the Language menu is what changes the saved choice.
    Segmenta::Language::install(app, parser.value(QStringLiteral("language")));

    // On the heap: switching the language replaces the window with a new one (each window
    // installs its own handler for documents opened by macOS).
    auto *window = new Segmenta::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!applyWindowSize(parser, window))
        return 2;
    window->show();
    runWhenAnalysed(window, parser.value(QStringLiteral("page")),
                    parser.value(QStringLiteral("screenshot")), parser.value(QStringLiteral("report")));
    if (parser.isSet(QStringLiteral("demo")))
        window->openDemo();
    else if (!parser.positionalArguments().isEmpty())
        window->openProject(parser.positionalArguments().constFirst());
    return app.exec();
}
