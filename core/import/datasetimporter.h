// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/dataset.h"
#include "base/result.h"
#include "import/tableimportoptions.h"

#include <optional>

namespace Segmenta {

class TaskControl;

// Imports a customer list and/or a transactions file and links them into one Dataset.
class DatasetImporter
{
public:
    static Result<Dataset> run(const std::optional<TableImportOptions> &customers,
                               const std::optional<TableImportOptions> &transactions,
                               TaskControl *control = nullptr);
};

} // namespace Segmenta
