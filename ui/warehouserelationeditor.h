// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace Segmenta {

// Where a warehouse relation comes from: a table (schema.table) or a read-only SELECT.
class WarehouseRelationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WarehouseRelationEditor(QWidget *parent = nullptr);

    void setRelation(const QString &table, const QString &query);
    // Exactly one of them is non-empty unless the editor is empty.
    QString table() const;
    QString query() const;
    bool isEmpty() const;

Q_SIGNALS:
    void changed();

private:
    void updatePlaceholder();

    QComboBox *m_kind;
    QPlainTextEdit *m_text;
};

} // namespace Segmenta
