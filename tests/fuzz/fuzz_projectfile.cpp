// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a project file, opened and validated by ProjectFile::load and
// the snapshot list. Must never crash or allocate by a damaged size; whatever loads must be
// consistent (every text code inside its pool).
#include "project/projectfile.h"
#include "project/snapshotstore.h"

#include <QDir>
#include <QTemporaryFile>

#include <cstdlib>

using namespace Segmenta;

namespace {

void checkTable(const Table &table)
{
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        const Column &column = table.column(c);
        if (column.size() != table.rowCount())
            std::abort();
        if (column.type() != ColumnType::Text)
            continue;
        for (qint32 code : column.codes())
            if (code >= column.pool().size() || code < Column::kMissingCode)
                std::abort();
        for (qint32 code = 0; code < column.pool().size(); ++code)
            (void)column.pool().text(code); // every string readable
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/fuzz-XXXXXX.segmenta"));
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    auto project = ProjectFile::load(file.fileName());
    if (project) {
        checkTable(project->data.customers);
        checkTable(project->data.transactions);
    }
    if (auto snapshots = SnapshotStore::list(file.fileName()))
        for (const SnapshotStore::Entry &entry : *snapshots)
            (void)SnapshotStore::load(file.fileName(), entry.id);
    return 0;
}
