// segmenta: the desktop application. Command-line parsing only; the window is in ui/.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Segmenta"));
    QApplication::setOrganizationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer segmentation for marketing managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Save a screenshot of the window to FILE once the project is open, then quit."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A .segmenta project to open."));
    parser.process(app);

    Segmenta::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(3000, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
