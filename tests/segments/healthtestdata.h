// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the health and snapshot tests: a dataset from CSV text, through the real importer.
#include "import/datasetimporter.h"
#include "testsupport.h"

#include <QTemporaryDir>

namespace Segmenta::HealthTest {

inline Dataset importCsv(const QByteArray &customers, const QByteArray &orders)
{
    static QTemporaryDir dir;
    static int files = 0;
    const QString c = dir.filePath(QStringLiteral("customers%1.csv").arg(++files));
    const QString t = dir.filePath(QStringLiteral("orders%1.csv").arg(files));
    Test::writeBytes(c, customers);
    Test::writeBytes(t, orders);
    TableImportOptions co, to;
    co.path = c;
    co.kind = TableKind::Customers;
    to.path = t;
    auto d = DatasetImporter::run(co, to);
    return d.ok() ? d.takeValue() : Dataset();
}

} // namespace Segmenta::HealthTest
