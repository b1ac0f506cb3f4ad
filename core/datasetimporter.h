#pragma once

#include "dataset.h"
#include "result.h"
#include "tableimportoptions.h"

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
