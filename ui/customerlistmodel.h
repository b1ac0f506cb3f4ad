// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/listlanguage.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>
#include <vector>

namespace Segmenta {

class CustomerFields;

// Some customers (row numbers into the customer table) with every field a rule can name:
// the computed measures first (tier, RFM, CLV, ...), then the imported columns. Cells are
// formatted on demand from the columns; nothing is copied. Used wherever a chart or a table
// shows "the customers behind" a bar, a cell or a segment.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CustomerListModel(QObject *parent = nullptr);

    // Text of a cell for a file: numbers without thousands separators, probabilities as
    // percentages and money with two decimals as in the call lists, ISO dates.
    static constexpr int FileTextRole = Qt::UserRole + 1;

    // How the list reads, as the call lists do (docs/export.md, "Language and header style"):
    // names selects headers and computed values in language, probabilities as percentages and
    // money with two decimals (the currency in the header); otherwise the fields' codes and
    // raw values, as for scripts.
    void setListLanguage(bool names, ListLanguage::Language language, const QString &currency);

    // fields must stay alive as long as the model shows them (shared, so it does).
    void setCustomers(std::shared_ptr<const CustomerFields> fields, std::vector<qint32> rows);
    const std::vector<qint32> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QString cellText(int column, qsizetype row, bool forFile) const;

    bool m_names = false;
    ListLanguage::Language m_language = ListLanguage::Language::English;
    QString m_currency;
    QLocale m_locale;
    std::shared_ptr<const CustomerFields> m_fields;
    std::vector<qint32> m_rows;
    std::vector<int> m_columns; // field indexes, in display order
};

} // namespace Segmenta
