// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace Segmenta {

class Dataset;
class TableBrowser;

// The imported tables, read straight from core's columns: filter, sort, column profiles.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);
    void setDataset(std::shared_ptr<const Dataset> data);
    TableBrowser *customers() const { return m_customers; }
    TableBrowser *transactions() const { return m_transactions; }

private:
    QTabWidget *m_tabs;
    TableBrowser *m_customers;
    TableBrowser *m_transactions;
};

} // namespace Segmenta
