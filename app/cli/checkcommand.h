// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli check PROJECT [--json] [--stale-days N] [--today DATE] [analysis options]
// Runs the segmentation health checks (docs/health-checks.md) on the project's
// segments and prints the findings: JSON with --json, else one readable line each. Findings
// are not failures: the exit code is 0 unless the project or its segments cannot be read.
int runCheck(const QStringList &arguments);

} // namespace Segmenta::Cli
