#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class QLabel;
class QTableView;

namespace Segmenta {

class CustomerFields;
class CustomerListModel;

// "The customers behind it": opened when a bar, a cell or a layer of a chart is clicked.
// Shows those customers with every field (sortable by any column) and saves them as CSV.
class CustomerListDialog : public QDialog
{
    Q_OBJECT

public:
    // rows: row numbers into the customer table. title says what was clicked, e.g.
    // "Gold tier" or "R = 5, F = 3".
    CustomerListDialog(std::shared_ptr<const CustomerFields> fields, std::vector<qint32> rows,
                       const QString &title, QWidget *parent = nullptr);

    // Opens a non-modal dialog (deleted on close) unless rows is empty.
    static CustomerListDialog *show(std::shared_ptr<const CustomerFields> fields,
                                    std::vector<qint32> rows, const QString &title,
                                    QWidget *parent);

    CustomerListModel *model() const { return m_model; }

private:
    void saveCsv();

    CustomerListModel *m_model;
    QTableView *m_view;
    QString m_title;
};

} // namespace Segmenta
