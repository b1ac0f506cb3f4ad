// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/customeranalysis.h"
#include "project/projectfile.h"
#include "base/result.h"

#include <QCommandLineParser>

#include <optional>

namespace Segmenta::Cli {

// A project loaded and analysed as the command line asked: the step every command that needs
// the computed measures shares (analyze, scores, drivers, segments, export, check).
struct PreparedProject
{
    ProjectContents project;
    AnalysisOptions options;
    std::optional<qint32> holdoutFrom;
    std::optional<CustomerAnalysis> analysis;
};

// PROJECT plus the analysis options (--as-of, --time-unit, --holdout-from, --rfm-ties,
// --value, --clusters (--no-clusters, a no-op kept for old scripts), the lifecycle and growth thresholds of thresholdoptions.h) and --help.
void addAnalysisOptions(QCommandLineParser &parser);
// Parses those options, loads the project and runs the analysis; on failure prints one line
// prefixed with the command's name and returns nothing.
std::optional<PreparedProject> prepareProject(QCommandLineParser &parser, const QString &command);
// Adds the k-means clusters to the analysis when it was run without them (a rule or a list
// column names `cluster`); on failure prints one line and returns false.
bool addClusters(PreparedProject &prepared, const QString &command);

} // namespace Segmenta::Cli
