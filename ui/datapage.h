#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace Segmenta {

class ColumnTableModel;
class Dataset;

// The imported tables, read straight from core's columns.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);
    void setDataset(std::shared_ptr<const Dataset> data);

private:
    QTabWidget *m_tabs;
    ColumnTableModel *m_customers;
    ColumnTableModel *m_transactions;
};

} // namespace Segmenta
