// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/healthfinding.h"

namespace Segmenta {

QString healthSeverityName(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Info:
        return QStringLiteral("info");
    case HealthSeverity::Warning:
        return QStringLiteral("warning");
    case HealthSeverity::Error:
        break;
    }
    return QStringLiteral("error");
}

QJsonObject HealthFinding::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("severity"), healthSeverityName(severity)},
                  {QStringLiteral("reason"), reason.toString()},
                  {QStringLiteral("numbers"), numbers}};
    if (!segment.isEmpty())
        o.insert(QStringLiteral("segment"), segment);
    return o;
}

} // namespace Segmenta
