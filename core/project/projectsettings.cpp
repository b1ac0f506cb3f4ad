// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectsettings.h"

namespace Segmenta::ProjectSettings {

Result<Segmentation> segmentation(const QJsonObject &settings)
{
    const QJsonValue stored = settings.value(kSegmentation);
    if (stored.isUndefined() || stored.isNull())
        return Segmentation();
    // Anything but an object fails as a segment file without a version would.
    return Segmentation::fromJson(stored.toObject());
}

void setSegmentation(QJsonObject &settings, const Segmentation &segmentation)
{
    settings.insert(kSegmentation, segmentation.toJson());
}

} // namespace Segmenta::ProjectSettings
