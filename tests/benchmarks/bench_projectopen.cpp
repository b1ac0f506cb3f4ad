// SPDX-License-Identifier: GPL-3.0-or-later
// Project open benchmark: opens a saved project (bench_import --folder DIR writes
// DIR/bench.segmenta) and prints one JSON object with the seconds of each open, the resident
// memory after it and the peak. With --save-to it also saves what it opened there and times the
// save. Run it as its own process so the peak is the open's alone (docs/performance.md).
//
//   bench_projectopen PROJECT [--repeat N] [--save-to FILE]
#include "project/projectfile.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Segmenta;
using Segmenta::Bench::peakMegabytes;

namespace {

// Resident memory now, in MB (VmRSS; 0 where /proc is missing).
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project to open."));
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Opens in a row (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("save-to"), QStringLiteral("Also save the opened project here, timed."), QStringLiteral("FILE")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().constFirst();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QJsonArray seconds;
    double best = 1e9;
    double residentAfterOpen = 0;
    ProjectContents kept;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto loaded = ProjectFile::load(path);
        const double s = timer.nsecsElapsed() / 1e9;
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.errorString()));
            return 1;
        }
        residentAfterOpen = residentMegabytes();
        seconds.append(s);
        best = std::min(best, s);
        kept = loaded.takeValue();
    }
    QJsonObject out{{QStringLiteral("customers"), qint64(kept.data.customerCount())},
                    {QStringLiteral("transactions"), qint64(kept.data.transactionCount())},
                    {QStringLiteral("open_s"), seconds},
                    {QStringLiteral("open_best_s"), best},
                    {QStringLiteral("resident_mb_after_open"), residentAfterOpen},
                    {QStringLiteral("peak_mb"), peakMegabytes()}};
    if (parser.isSet(QStringLiteral("save-to"))) {
        QElapsedTimer timer;
        timer.start();
        if (Status st = ProjectFile::save(parser.value(QStringLiteral("save-to")), kept); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.errorString()));
            return 1;
        }
        out.insert(QStringLiteral("save_s"), timer.nsecsElapsed() / 1e9);
        out.insert(QStringLiteral("peak_mb_after_save"), peakMegabytes());
    }
    std::printf("%s", QJsonDocument(out).toJson().constData());
    return 0;
}
