// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouserelationeditor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>

namespace Segmenta {

namespace {
enum Kind { Table, Query };
}

WarehouseRelationEditor::WarehouseRelationEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Table"), Table);
    m_kind->addItem(tr("SELECT query"), Query);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Three lines: enough for a short query, small for a table name.
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // no gaps between the form's rows
    layout->addWidget(m_kind, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setFocusProxy(m_text); // the form's label focuses the text
    updatePlaceholder();
    connect(m_kind, &QComboBox::activated, this, [this] {
        updatePlaceholder();
        Q_EMIT changed();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &WarehouseRelationEditor::changed);
}

void WarehouseRelationEditor::updatePlaceholder()
{
    m_text->setPlaceholderText(m_kind->currentData().toInt() == Table
                                   ? tr("schema.table, e.g. sales.orders")
                                   : tr("SELECT customer_id, order_date, amount FROM sales.orders WHERE …"));
}

void WarehouseRelationEditor::setRelation(const QString &table, const QString &query)
{
    const bool isQuery = table.isEmpty() && !query.isEmpty();
    m_kind->setCurrentIndex(m_kind->findData(isQuery ? Query : Table));
    m_text->setPlainText(isQuery ? query : table);
    updatePlaceholder();
}

QString WarehouseRelationEditor::table() const
{
    return m_kind->currentData().toInt() == Table ? m_text->toPlainText().trimmed() : QString();
}

QString WarehouseRelationEditor::query() const
{
    return m_kind->currentData().toInt() == Query ? m_text->toPlainText().trimmed() : QString();
}

bool WarehouseRelationEditor::isEmpty() const
{
    return m_text->toPlainText().trimmed().isEmpty();
}

} // namespace Segmenta
