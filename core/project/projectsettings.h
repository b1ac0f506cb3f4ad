// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "data/dataset.h"
#include "segments/segmentation.h"

#include <QJsonObject>
#include <QString>

namespace Segmenta {

// The keys of a project's settings (ProjectContents::settings, one JSON object in the file),
// spelled once for the desktop and the command line, and the typed reading of the segments
// stored under one of them.
namespace ProjectSettings {

// The segments as a segment file (Segmentation::toJson, docs/segments.md).
inline const QString kSegmentation = QStringLiteral("segmentation");
// The warehouse source of a project imported from a database (WarehouseSource::toJson, never
// the password); a refresh runs it again.
inline const QString kWarehouse = QStringLiteral("warehouse");
// The day target lists last went to sales (yyyy-MM-dd): the health checks' "never used".
inline const QString kLastExport = QStringLiteral("last_export");
// The language of the last target lists: "en", "zh_CN", "zh_TW", or "codes" for the code
// names (docs/export.md); the Export page and `export` start from it.
inline const QString kListLanguage = QStringLiteral("list_language");
// The day of the last refresh from the warehouse (yyyy-MM-dd).
inline const QString kLastRefresh = QStringLiteral("last_refresh");

// The currency sign money is shown with ("¥", "$", "€"); set at import from the sign seen in the
// amounts (TableImportReport::currency) and changed by the user; absent: the locale's.
inline const QString kCurrency = QStringLiteral("currency");

// The stored segments: an empty segmentation when none are stored; an error (the segment
// file's own, Segmentation::fromJson) when the stored value does not read, so that a damaged
// project is reported rather than shown as one without segments.
Result<Segmentation> segmentation(const QJsonObject &settings);
void setSegmentation(QJsonObject &settings, const Segmentation &segmentation);
// Sets kCurrency from the first sign the imports of data saw, unless a currency is already set.
void adoptImportedCurrency(QJsonObject &settings, const Dataset &data);

} // namespace ProjectSettings

} // namespace Segmenta
