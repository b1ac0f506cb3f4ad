// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/measures/growthtrend.h"
#include "analysis/measures/lifecyclestages.h"

#include <QCommandLineParser>

namespace Segmenta::Cli {

// The lifecycle and growth (docs/domain.md, "Lifecycle", "Growth") thresholds as command-line
// options:
// --churn-days, --recent-days, --loyal-purchase-days, --churn-p-alive, --loyal-p-alive,
// --growth-window-days, --growing-change, --declining-change, --slope-months.
void addThresholdOptions(QCommandLineParser &parser);

// Reads the options that are set over the defaults in lifecycle and growth and checks the
// result as the analyses do. On a bad value prints one line prefixed with the command's name
// (which option, what it must be) and returns false.
bool readThresholdOptions(const QCommandLineParser &parser, const QString &command,
                          LifecycleOptions &lifecycle, GrowthOptions &growth);

} // namespace Segmenta::Cli
