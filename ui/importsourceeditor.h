// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/sourcepreview.h"
#include "import/tableimportoptions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Segmenta {

// One file of the import wizard: its layout (encoding, delimiter, header, sheet) with a live
// preview, and a role for every column, pre-filled from the headers.
class ImportSourceEditor : public QWidget
{
    Q_OBJECT

public:
    ImportSourceEditor(TableKind kind, QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const { return m_options.path; }
    // The options as chosen, with the roles as explicit mappings.
    TableImportOptions options() const;
    QStringList ambiguousDateColumns() const { return m_preview.ambiguousDateColumns; }
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void reload();
    void fillPreview();

    TableImportOptions m_options;
    SourcePreview m_preview;
    QString m_problem;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QComboBox *m_sheet;
    QLabel *m_status;
    QTableWidget *m_table;
    QList<QComboBox *> m_roleBoxes;
};

} // namespace Segmenta
