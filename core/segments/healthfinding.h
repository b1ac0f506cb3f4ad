// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QJsonObject>
#include <QString>

namespace Segmenta {

enum class HealthSeverity : quint8 { Info, Warning, Error };
QString healthSeverityName(HealthSeverity severity); // "info", "warning", "error"

// One result of the segmentation health checks (docs/health-checks.md): which check
// fired (a stable code the UI and scripts react to), for which segment (empty when it concerns
// the whole segmentation), the reason as a translatable sentence with the numbers filled in as
// arguments, and the same numbers by name for the JSON output and the tests.
struct HealthFinding
{
    QString code;
    HealthSeverity severity = HealthSeverity::Warning;
    QString segment;
    Message reason;
    QJsonObject numbers;

    // {"code", "severity", "segment" (when any), "reason" (English), "numbers"}
    QJsonObject toJson() const;
};

} // namespace Segmenta
