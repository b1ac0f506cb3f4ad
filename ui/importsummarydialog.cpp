// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarydialog.h"

#include "messagetext.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Segmenta {

namespace {
const int kShownRejections = 2000;
}

ImportSummaryDialog::ImportSummaryDialog(const QList<TableImportReport> &reports, QWidget *parent)
    : QDialog(parent), m_reports(reports)
{
    setWindowTitle(tr("Import Summary"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    qint64 rejected = 0;
    for (const TableImportReport &r : reports) {
        rejected += r.rejected;
        auto *label = new QLabel(tr("<b>%1</b> (%2, %3): %L4 lines read, %L5 loaded, %L6 rejected, %L7 blank.")
                                     .arg(QFileInfo(r.path).fileName().toHtmlEscaped(), r.encoding, r.delimiter)
                                     .arg(r.lines).arg(r.loaded).arg(r.rejected).arg(r.blank),
                                 this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *table = new QTableWidget(this);
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason"), tr("Text")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int row = 0;
    for (const TableImportReport &r : reports) {
        for (const RejectedLine &line : r.rejections) {
            if (row >= kShownRejections)
                break;
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(QString::number(line.line)));
            table->setItem(row, 1, new QTableWidgetItem(line.column));
            table->setItem(row, 2, new QTableWidgetItem(messageText(line.reason)));
            table->setItem(row, 3, new QTableWidgetItem(line.text));
            ++row;
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 70);
    table->setColumnWidth(1, 110);
    table->setColumnWidth(2, 330);
    table->setWordWrap(false);
    table->setVisible(rejected > 0);
    layout->addWidget(table, 1);
    if (rejected > row)
        layout->addWidget(new QLabel(tr("The first %L1 of %L2 rejected lines are shown; save them to see all.").arg(row).arg(rejected), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save Rejected Lines…"), QDialogButtonBox::ActionRole);
    save->setEnabled(rejected > 0);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejected Lines"),
                                                          QStringLiteral("rejected.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        TableImportReport all;
        for (const TableImportReport &r : m_reports)
            all.rejections += r.rejections;
        if (Status st = all.writeRejected(path); !st)
            QMessageBox::warning(this, tr("Save Rejected Lines"), messageText(st.error()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace Segmenta
