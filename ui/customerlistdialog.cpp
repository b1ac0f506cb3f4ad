// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerlistdialog.h"

#include "customerlistmodel.h"
#include "base/csvwriter.h"
#include "language.h"
#include "numberformat.h"
#include "project/projectsettings.h"
#include "messagetext.h"
#include "projectsession.h"
#include "segmentcounts.h"
#include "segmentexplanationdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Segmenta {

CustomerListDialog::CustomerListDialog(ProjectSession *session, std::vector<qint32> rows,
                                       const QString &title, QWidget *parent)
    : QDialog(parent), m_session(session), m_fields(session->fields()), m_title(title)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("customerList"));
    const qsizetype count = qsizetype(rows.size());
    m_model = new CustomerListModel(this);
    // The language the project's call lists go out in (the Export page's choice, else the UI
    // language), so a list from a chart reads as the call lists do (docs/export.md).
    QString code = session->settings().value(ProjectSettings::kListLanguage).toString();
    if (code.isEmpty())
        code = Language::current();
    ListLanguage::Language language = ListLanguage::Language::English;
    const bool names = ListLanguage::fromCode(code, language);
    m_model->setListLanguage(names, language, NumberFormat::currency(session->settings()));
    m_model->setCustomers(m_fields, std::move(rows));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("%1: %Ln customers. Click a column header to sort.", nullptr,
                                int(count)).arg(title),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    // No sort indicator yet: enabling sorting would otherwise re-sort by the first column and
    // lose the order the rows came in (best prospects first).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *why = buttons->addButton(tr("Why This Segment?"), QDialogButtonBox::ActionRole);
    why->setObjectName(QStringLiteral("whyThisSegment"));
    why->setToolTip(tr("Which segment the selected customer is in, the rules tried in "
                       "priority order and which of their conditions held."));
    why->setEnabled(false);
    connect(why, &QPushButton::clicked, this, &CustomerListDialog::explainCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, why,
            [why](const QModelIndex &current) { why->setEnabled(current.isValid()); });
    auto *whyAction = new QAction(why->text(), m_view);
    connect(whyAction, &QAction::triggered, this, &CustomerListDialog::explainCurrent);
    m_view->addAction(whyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &CustomerListDialog::explainCurrent);
    QPushButton *save = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &CustomerListDialog::saveCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

CustomerListDialog *CustomerListDialog::show(ProjectSession *session, std::vector<qint32> rows,
                                             const QString &title, QWidget *parent)
{
    if (!session->fields() || rows.empty())
        return nullptr;
    auto *dialog = new CustomerListDialog(session, std::move(rows), title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::show();
    return dialog;
}

SegmentExplanationDialog *CustomerListDialog::explainCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint32 row = m_model->rows()[size_t(current.row())];
    auto *dialog = SegmentExplanationDialog::open(this);
    auto counts = m_session->segmentCounts();
    // A count over another analysis has other row numbers and fields: wait for the next one.
    if (counts && counts->fields != m_fields)
        counts.reset();
    dialog->explainRow(std::move(counts), row);
    return dialog;
}

void CustomerListDialog::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Customers"),
                                                      m_title + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter csv(path);
    Status status = csv.open();
    if (status) {
        QStringList line;
        for (int c = 0; c < m_model->columnCount(); ++c)
            line.append(m_model->headerData(c, Qt::Horizontal).toString());
        csv.writeRow(line);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            line.clear();
            for (int c = 0; c < m_model->columnCount(); ++c)
                line.append(m_model->data(m_model->index(r, c), CustomerListModel::FileTextRole)
                                .toString());
            csv.writeRow(line);
        }
        status = csv.commit();
    }
    if (!status)
        QMessageBox::warning(this, tr("Save Customers"), messageText(status.error()));
}

} // namespace Segmenta
