// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/tableimportreport.h"

#include <QDialog>

namespace Segmenta {

// After an import: what happened to every line of every file, the rejected lines with their
// reasons, and a way to save them for whoever fixes the source system.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportSummaryDialog(const QList<TableImportReport> &reports, QWidget *parent = nullptr);

private:
    QList<TableImportReport> m_reports;
};

} // namespace Segmenta
