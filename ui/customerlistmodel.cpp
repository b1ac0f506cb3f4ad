// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerlistmodel.h"

#include "fieldnames.h"
#include "numberformat.h"
#include "segments/rules/customerfields.h"
#include "data/query/roworder.h"

#include <unordered_set>

#include <cmath>

namespace Segmenta {

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomerListModel::setListLanguage(bool names, ListLanguage::Language language,
                                        const QString &currency)
{
    beginResetModel();
    m_names = names;
    m_language = language;
    m_currency = currency;
    switch (language) {
    case ListLanguage::Language::SimplifiedChinese:
        m_locale = QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
        break;
    case ListLanguage::Language::TraditionalChinese:
        m_locale = QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
        break;
    case ListLanguage::Language::English:
        m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
        break;
    }
    endResetModel();
}

void CustomerListModel::setCustomers(std::shared_ptr<const CustomerFields> fields,
                                     std::vector<qint32> rows)
{
    beginResetModel();
    m_fields = std::move(fields);
    m_rows = std::move(rows);
    m_columns.clear();
    if (m_fields) {
        const auto &all = m_fields->fields();
        // Imported id and name columns first, so a person can be recognised; then the
        // computed measures; then the other imported columns.
        // A role's alias ("customer") names the same column as its header: shown once.
        std::vector<int> imported;
        std::unordered_set<const Column *> seen;
        for (int i = 0; i < int(all.size()); ++i) {
            if (all[size_t(i)].computed || !seen.insert(all[size_t(i)].column).second)
                continue;
            const Role role = all[size_t(i)].column->role();
            if (role == Role::Customer || role == Role::Name)
                m_columns.push_back(i);
            else
                imported.push_back(i);
        }
        for (int i = 0; i < int(all.size()); ++i)
            if (all[size_t(i)].computed)
                m_columns.push_back(i);
        m_columns.insert(m_columns.end(), imported.begin(), imported.end());
    }
    endResetModel();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_fields)
        return {};
    const Column &c = *m_fields->fields()[size_t(m_columns[size_t(index.column())])].column;
    const qsizetype row = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return c.type() == ColumnType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if ((role != Qt::DisplayRole && role != FileTextRole) || c.isMissing(row))
        return {};
    return cellText(index.column(), row, role == FileTextRole);
}

QString CustomerListModel::cellText(int column, qsizetype row, bool forFile) const
{
    const CustomerFields::Field &field = m_fields->fields()[size_t(m_columns[size_t(column)])];
    const Column &c = *field.column;
    const ListLanguage::Unit unit = m_names && field.computed ? ListLanguage::unit(field.name)
                                                              : ListLanguage::Unit::None;
    if (c.type() == ColumnType::Number) {
        const double v = c.number(row);
        if (unit == ListLanguage::Unit::Probability)
            return forFile ? QString::number(std::round(v * 1000.0) / 10.0, 'f', 1)
                           : NumberFormat::percent(v, 1, m_locale);
        if (unit == ListLanguage::Unit::Money)
            return forFile ? QString::number(v, 'f', 2) : NumberFormat::fixed(v, 2, m_locale);
        const bool whole = v == std::floor(v) && std::abs(v) < 1e15;
        const int decimals = whole ? 0 : (std::abs(v) < 1 ? 3 : 2);
        return forFile ? QString::number(v, 'f', decimals) : m_locale.toString(v, 'f', decimals);
    }
    if (c.type() == ColumnType::Date && !c.hasTime())
        return forFile ? c.date(row).toString(Qt::ISODate)
                       : m_locale.toString(c.date(row), QLocale::ShortFormat);
    const QString text = c.displayText(row);
    if (m_names && field.computed) {
        const QString name = ListLanguage::value(field.name, text, m_language);
        if (!name.isNull())
            return name;
    }
    return text;
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_fields)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const CustomerFields::Field &field = m_fields->fields()[size_t(m_columns[size_t(section)])];
    if (!m_names)
        return field.name;
    // Imported columns keep the header they came with; computed ones are named as in the
    // call lists.
    return field.computed ? ListLanguage::header(field.name, m_language, m_currency)
                          : FieldNames::displayName(field.name, field.column, false);
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (!m_fields || column < 0 || column >= int(m_columns.size()))
        return;
    const Column &c = *m_fields->fields()[size_t(m_columns[size_t(column)])].column;
    beginResetModel();
    m_rows = RowOrder::sorted(c, order == Qt::AscendingOrder, &m_rows);
    endResetModel();
}

} // namespace Segmenta
