// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedproject.h"

#include "clioutput.h"
#include "dateoption.h"
#include "thresholdoptions.h"

#include <QDate>

#include <cmath>

namespace Segmenta::Cli {

void addAnalysisOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .segmenta project."));
    parser.addOption({QStringLiteral("as-of"), QStringLiteral("Analysis date (yyyy-MM-dd); orders on or after it are ignored. Default: the day after the last order."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("time-unit"), QStringLiteral("Unit of the lifetime value models: day, week (default) or month."), QStringLiteral("UNIT"), QStringLiteral("week")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Purchase model behind the lifetime value: bgnbd (default), paretonbd, mbgnbd, or auto (the best holdout forecast with --holdout-from, else the lowest BIC)."), QStringLiteral("MODEL"), QStringLiteral("bgnbd")});
    parser.addOption({QStringLiteral("horizon"), QStringLiteral("Forecast horizon of the lifetime value, in --time-unit units. Default: one year (52 weeks, 12 months or 365 days)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("holdout-from"), QStringLiteral("Backtest: fit the purchase model before DATE and compare its forecast with what happened from DATE on."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("rfm-ties"), QStringLiteral("How equal values are scored: share (as the R package rfm, default) or split (equal-size bins)."), QStringLiteral("RULE"), QStringLiteral("share")});
    parser.addOption({QStringLiteral("value"), QStringLiteral("What ranks customers in the 80/20 view and the pyramid: revenue (default), profit or clv."), QStringLiteral("BASIS"), QStringLiteral("revenue")});
    parser.addOption({QStringLiteral("clusters"), QStringLiteral("Compute the k-means clusters even when no rule or list column names them.")});
    // Kept for scripts written when the clusters were computed by default: now a no-op.
    parser.addOption({QStringLiteral("no-clusters"), QStringLiteral("Accepted for old scripts; the clusters are computed only when asked for.")});
    addThresholdOptions(parser);
}

std::optional<PreparedProject> prepareProject(QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("%1: name one project.").arg(command));
        return std::nullopt;
    }
    PreparedProject p;
    if (!readDateOption(parser, command, QStringLiteral("as-of"), p.options.asOfDay))
        return std::nullopt;
    if (!timeUnitFromName(parser.value(QStringLiteral("time-unit")), p.options.unit)) {
        printError(QStringLiteral("%1: --time-unit must be day, week or month.").arg(command));
        return std::nullopt;
    }
    if (!purchaseModelFromName(parser.value(QStringLiteral("model")), p.options.lifetime.model)) {
        printError(QStringLiteral("%1: --model must be bgnbd, paretonbd, mbgnbd or auto.").arg(command));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("horizon"))) {
        bool ok = false;
        const double horizon = parser.value(QStringLiteral("horizon")).toDouble(&ok);
        if (!ok || !(horizon > 0) || !std::isfinite(horizon)) {
            printError(QStringLiteral("%1: --horizon must be a positive number of time units.").arg(command));
            return std::nullopt;
        }
        p.options.lifetime.horizon = horizon;
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
    p.options.clusters = parser.isSet(QStringLiteral("clusters"));
    if (!readThresholdOptions(parser, command, p.options.lifecycle, p.options.growth))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("holdout-from"))) {
        qint32 day = 0;
        if (!readDateOption(parser, command, QStringLiteral("holdout-from"), day))
            return std::nullopt;
        p.holdoutFrom = day;
        p.options.lifetime.holdoutFromDay = day; // the model comparison's holdout errors
    }
    auto loaded = ProjectFile::load(parser.positionalArguments().constFirst());
    if (!loaded) {
        printError(loaded.errorString());
        return std::nullopt;
    }
    p.project = loaded.takeValue();
    // Per-customer output (scores, segments, lists) covers only the sample: say so every time.
    if (p.project.data.sample)
        printLine(QStringLiteral("%1: %2").arg(command, p.project.data.sample->note().toString()));
    auto analysis = CustomerAnalysis::run(p.project.data, p.options);
    if (!analysis) {
        printError(analysis.errorString());
        return std::nullopt;
    }
    p.analysis = analysis.takeValue();
    return p;
}

bool addClusters(PreparedProject &prepared, const QString &command)
{
    if (Status st = prepared.analysis->addClusters(); !st) {
        printError(QStringLiteral("%1: %2").arg(command, st.errorString()));
        return false;
    }
    prepared.options.clusters = true;
    return true;
}

} // namespace Segmenta::Cli
