// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmenttablemodel.h"

#include "messagetext.h"
#include "segments/segmentassignment.h"
#include "segmentdocument.h"
#include "segments/segmentfigures.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

#include <cmath>

namespace Segmenta {

namespace {
const QString kMime = QStringLiteral("application/x-segmenta-segment-row");
}

SegmentTableModel::SegmentTableModel(SegmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // Structure changes reset the view; edits of one segment repaint its row only.
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &SegmentDocument::segmentInserted, this, reset);
    connect(document, &SegmentDocument::segmentRemoved, this, reset);
    connect(document, &SegmentDocument::segmentMoved, this, reset);
    connect(document, &SegmentDocument::resetDone, this, reset);
    connect(document, &SegmentDocument::segmentChanged, this, [this](qsizetype row) {
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    });
}

void SegmentTableModel::setCounts(std::shared_ptr<const SegmentCounter::Counts> counts)
{
    m_counts = std::move(counts);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool SegmentTableModel::isUnassignedRow(int row) const
{
    return row == int(m_document->size());
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->size()) + 1;
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::figure(int row, int column, int role) const
{
    if (!m_counts || !m_counts->figures)
        return {};
    // The figures cover only the segments whose rules compiled; the last figures row is the
    // unassigned customers.
    qsizetype figureRow = qsizetype(m_counts->figures->rows.size()) - 1;
    if (!isUnassignedRow(row)) {
        if (size_t(row) >= m_counts->validIndex.size() || m_counts->validIndex[size_t(row)] < 0)
            return {};
        figureRow = m_counts->validIndex[size_t(row)];
    }
    const SegmentFigures::Row &f = m_counts->figures->rows[size_t(figureRow)];
    const QLocale locale;
    auto percent = [&locale](double v) { return locale.toString(v * 100, 'f', 1) + QStringLiteral(" %"); };
    auto sortOrShow = [role](double v, const QString &text) -> QVariant {
        if (role == Qt::UserRole)
            return v;
        return std::isfinite(v) ? QVariant(text) : QVariant(QStringLiteral("–"));
    };
    switch (column) {
    case Customers:
        return sortOrShow(double(f.customers), locale.toString(f.customers));
    case CustomerShare:
        return sortOrShow(f.customerShare, percent(f.customerShare));
    case RevenueShare:
        return sortOrShow(f.revenueShare, percent(f.revenueShare));
    case Profit:
        return sortOrShow(f.profit, locale.toString(f.profit, 'f', 0));
    case MeanClv:
        return sortOrShow(f.meanClv, locale.toString(f.meanClv, 'f', 0));
    case MeanProbability:
        return sortOrShow(f.meanPurchaseProbability, percent(f.meanPurchaseProbability));
    default:
        return {};
    }
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const bool unassigned = isUnassignedRow(row);
    if (role == Qt::DisplayRole || role == Qt::UserRole) {
        switch (index.column()) {
        case Priority:
            return unassigned ? QVariant() : QVariant(row + 1);
        case Name:
            return unassigned ? tr("Unassigned") : m_document->segment(row).name;
        default:
            return figure(row, index.column(), role);
        }
    }
    if (role == Qt::ToolTipRole && !unassigned && m_counts
        && size_t(row) < m_counts->errors.size() && !m_counts->errors[size_t(row)].isEmpty())
        return messageText(m_counts->errors[size_t(row)]);
    if (role == Qt::ForegroundRole && !unassigned && m_counts
        && size_t(row) < m_counts->errors.size() && !m_counts->errors[size_t(row)].isEmpty())
        return QPalette().brush(QPalette::PlaceholderText);
    if (role == Qt::FontRole && unassigned) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Customers)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void SegmentTableModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    Q_EMIT headerDataChanged(Qt::Horizontal, Profit, MeanClv);
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The unit in the header keeps the cells narrow (docs/user/pages.md, Segments).
    auto withCurrency = [this](const QString &title) {
        return m_currency.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, m_currency);
    };
    switch (section) {
    case Priority:
        return tr("#");
    case Name:
        return tr("Segment");
    case Customers:
        return tr("Customers");
    case CustomerShare:
        return tr("% of customers");
    case RevenueShare:
        return tr("% of revenue");
    case Profit:
        return withCurrency(tr("Profit"));
    case MeanClv:
        return withCurrency(tr("Mean CLV"));
    case MeanProbability:
        return tr("Purchase probability");
    default:
        return {};
    }
}

Qt::ItemFlags SegmentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isUnassignedRow(index.row()))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions SegmentTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SegmentTableModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *SegmentTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || isUnassignedRow(indexes.first().row()))
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool SegmentTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kMime))
        return false;
    bool ok = false;
    const int from = data->data(kMime).toInt(&ok);
    if (!ok)
        return false;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_document->size()));
    if (to > from)
        --to; // dropping below the dragged row: it leaves its old place first
    to = std::clamp(to, 0, int(m_document->size()) - 1);
    m_document->moveSegment(from, to);
    return false; // the document moved it; the view must not remove the source row
}

} // namespace Segmenta
