// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include "clioutput.h"
#include "commandline.h"
#include "outputguard.h"
#include "preparedproject.h"

#include "analysis/customeranalysis.h"
#include "analysis/driveranalysis.h"
#include "analysis/clv/holdoutbacktest.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace Segmenta::Cli {

namespace {

QJsonObject backtestJson(const BacktestResult &b)
{
    QJsonArray bins;
    for (const BacktestResult::FrequencyBin &bin : b.byFrequency)
        bins.append(QJsonObject{{QStringLiteral("x"), bin.frequency},
                                {QStringLiteral("or_more"), bin.orMore},
                                {QStringLiteral("customers"), bin.customers},
                                {QStringLiteral("actual_mean"), bin.actualMean},
                                {QStringLiteral("expected_mean"), bin.expectedMean}});
    return QJsonObject{{QStringLiteral("cohort"), b.cohort},
                       {QStringLiteral("holdout_length"), b.holdoutLength},
                       {QStringLiteral("actual"), b.actualHoldout},
                       {QStringLiteral("predicted"), b.predictedHoldout},
                       {QStringLiteral("r"), b.fit.parameters.r},
                       {QStringLiteral("alpha"), b.fit.parameters.alpha},
                       {QStringLiteral("a"), b.fit.parameters.a},
                       {QStringLiteral("b"), b.fit.parameters.b},
                       {QStringLiteral("by_frequency"), bins}};
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the analyses of a project (80/20, pyramid, RFM, lifetime value, value groups, "
        "lifecycle, growth, activity vs assets, clusters) and prints them as one JSON object."));
    addAnalysisOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format; accepted for clarity).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    auto prepared = prepareProject(parser, QStringLiteral("analyze"));
    if (!prepared)
        return 1;
    const Dataset &data = prepared->project.data;
    const CustomerAnalysis &analysis = *prepared->analysis;
    QJsonObject out = analysis.toJson(data);
    if (prepared->holdoutFrom) {
        BacktestOptions bo;
        bo.unit = prepared->options.unit;
        bo.cutDay = *prepared->holdoutFrom; // the holdout runs to the end of the data
        auto backtest = HoldoutBacktest::run(data, bo);
        out.insert(QStringLiteral("holdout"),
                   backtest ? backtestJson(*backtest)
                            : QJsonObject{{QStringLiteral("error"), backtest.errorString()}});
    }
    printJson(out);
    return 0;
}

int runScores(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes one row per customer: customer_id, recency, frequency, monetary, r, f, m, "
        "rfm_segment, tier, p_alive, expected_purchases, purchase_probability, clv, "
        "value_group, lifecycle, cluster."));
    addAnalysisOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The CSV file to write."), QStringLiteral("FILE")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    if (!parser.isSet(QStringLiteral("output"))) {
        printError(QStringLiteral("scores: name the file to write with -o FILE.csv."));
        return 2;
    }
    if (!outputIsNotAnInput(QStringLiteral("scores"), QStringLiteral("-o"),
                            parser.value(QStringLiteral("output")), parser.positionalArguments()))
        return 2;
    auto prepared = prepareProject(parser, QStringLiteral("scores"));
    if (!prepared)
        return 1;
    const Dataset &data = prepared->project.data;
    const CustomerAnalysis &analysis = *prepared->analysis;
    const QString path = parser.value(QStringLiteral("output"));
    if (Status st = analysis.writeScores(data, path); !st) {
        printError(st.errorString());
        return 1;
    }
    printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                          {QStringLiteral("customers"), qint64(data.customerCount())}});
    return 0;
}

int runDrivers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "What sets valuable customers apart: regression of customer value (linear) or of "
        "being in the top 20 % by revenue (logistic) on the customer attributes, with "
        "categorical attributes dummy-coded, plus principal components of the numeric ones."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .segmenta project."));
    parser.addOption({QStringLiteral("target"), QStringLiteral("value (default) or high_value."), QStringLiteral("TARGET"), QStringLiteral("value")});
    parser.addOption({QStringLiteral("x"), QStringLiteral("An attribute to use (repeatable); default: every usable attribute."), QStringLiteral("ATTRIBUTE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format; accepted for clarity).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("drivers: name one project."));
        return 2;
    }
    DriverOptions options;
    const QString target = parser.value(QStringLiteral("target"));
    if (target == u"value")
        options.target = DriverOptions::Target::Value;
    else if (target == u"high_value")
        options.target = DriverOptions::Target::HighValue;
    else {
        printError(QStringLiteral("drivers: --target must be value or high_value."));
        return 2;
    }
    options.predictors = parser.values(QStringLiteral("x"));
    auto project = ProjectFile::load(parser.positionalArguments().constFirst());
    if (!project) {
        printError(project.errorString());
        return 1;
    }
    const Dataset &data = project->data;
    const CustomerSummary summary = CustomerSummary::compute(data);
    auto drivers = DriverAnalysis::run(data, summary, options);
    if (!drivers) {
        printError(drivers.errorString());
        return 1;
    }
    printJson(drivers->toJson());
    return 0;
}

} // namespace Segmenta::Cli
