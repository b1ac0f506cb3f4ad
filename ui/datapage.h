// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace Segmenta {

class Dataset;
class ProjectSession;
class TableBrowser;

// The imported tables of the session's project, read straight from core's columns: filter,
// sort, column profiles.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(ProjectSession *session, QWidget *parent = nullptr);
    TableBrowser *customers() const { return m_customers; }
    TableBrowser *transactions() const { return m_transactions; }

private:
    void setDataset(std::shared_ptr<const Dataset> data);

    QTabWidget *m_tabs;
    TableBrowser *m_customers;
    TableBrowser *m_transactions;
};

} // namespace Segmenta
