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

void adoptImportedCurrency(QJsonObject &settings, const Dataset &data)
{
    if (!settings.value(kCurrency).toString().isEmpty())
        return;
    for (const TableImportReport &report : data.imports) {
        if (!report.currency.isEmpty()) {
            settings.insert(kCurrency, report.currency);
            return;
        }
    }
}

} // namespace Segmenta::ProjectSettings
