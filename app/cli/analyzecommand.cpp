#include "analyzecommand.h"

#include "clioutput.h"

#include "customeranalysis.h"
#include "driveranalysis.h"
#include "holdoutbacktest.h"
#include "projectfile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace Segmenta::Cli {

namespace {

void addAnalysisOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .segmenta project."));
    parser.addOption({QStringLiteral("as-of"), QStringLiteral("Analysis date (yyyy-MM-dd); orders on or after it are ignored. Default: the day after the last order."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("time-unit"), QStringLiteral("Unit of the lifetime value models: day, week (default) or month."), QStringLiteral("UNIT"), QStringLiteral("week")});
    parser.addOption({QStringLiteral("holdout-from"), QStringLiteral("Backtest: fit the purchase model before DATE and compare its forecast with what happened from DATE on."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("rfm-ties"), QStringLiteral("How equal values are scored: share (as the R package rfm, default) or split (equal-size bins)."), QStringLiteral("RULE"), QStringLiteral("share")});
    parser.addOption({QStringLiteral("value"), QStringLiteral("What ranks customers in the 80/20 view and the pyramid: revenue (default), profit or clv."), QStringLiteral("BASIS"), QStringLiteral("revenue")});
    parser.addOption({QStringLiteral("no-clusters"), QStringLiteral("Skip the k-means clusters.")});
}

struct Prepared
{
    ProjectContents project;
    AnalysisOptions options;
    std::optional<qint32> holdoutFrom;
    std::optional<CustomerAnalysis> analysis;
};

std::optional<Prepared> prepare(QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("%1: name one project.").arg(command));
        return std::nullopt;
    }
    Prepared p;
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QDate d = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!d.isValid()) {
            printError(QStringLiteral("%1: --as-of must be a date such as 2024-06-30.").arg(command));
            return std::nullopt;
        }
        p.options.asOfDay = Column::toDays(d);
    }
    if (!timeUnitFromName(parser.value(QStringLiteral("time-unit")), p.options.unit)) {
        printError(QStringLiteral("%1: --time-unit must be day, week or month.").arg(command));
        return std::nullopt;
    }
    const QString ties = parser.value(QStringLiteral("rfm-ties"));
    if (ties == u"share")
        p.options.rfm.ties = RfmTieRule::Share;
    else if (ties == u"split")
        p.options.rfm.ties = RfmTieRule::Split;
    else {
        printError(QStringLiteral("%1: --rfm-ties must be share or split.").arg(command));
        return std::nullopt;
    }
    if (!valueBasisFromName(parser.value(QStringLiteral("value")), p.options.valueBasis)) {
        printError(QStringLiteral("%1: --value must be revenue, profit or clv.").arg(command));
        return std::nullopt;
    }
    p.options.clusters = !parser.isSet(QStringLiteral("no-clusters"));
    if (parser.isSet(QStringLiteral("holdout-from"))) {
        const QDate d = QDate::fromString(parser.value(QStringLiteral("holdout-from")), Qt::ISODate);
        if (!d.isValid()) {
            printError(QStringLiteral("%1: --holdout-from must be a date such as 1997-10-01.").arg(command));
            return std::nullopt;
        }
        p.holdoutFrom = Column::toDays(d);
    }
    auto loaded = ProjectFile::load(parser.positionalArguments().constFirst());
    if (!loaded) {
        printError(loaded.errorString());
        return std::nullopt;
    }
    p.project = loaded.takeValue();
    auto analysis = CustomerAnalysis::run(p.project.data, p.options);
    if (!analysis) {
        printError(analysis.errorString());
        return std::nullopt;
    }
    p.analysis = analysis.takeValue();
    return p;
}

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
    parser.process(arguments);
    auto prepared = prepare(parser, QStringLiteral("analyze"));
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
    parser.process(arguments);
    if (!parser.isSet(QStringLiteral("output"))) {
        printError(QStringLiteral("scores: name the file to write with -o FILE.csv."));
        return 2;
    }
    auto prepared = prepare(parser, QStringLiteral("scores"));
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
    parser.process(arguments);
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
