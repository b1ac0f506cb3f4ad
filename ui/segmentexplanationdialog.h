// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QTreeWidget;

namespace Segmenta {

struct SegmentCounts;

// "Why is this customer in this segment?" (docs/domain.md, "Segments": the first segment in
// priority order whose rule matches wins): every segment in priority order with whether its rule
// matched, and under each rule its conditions, whether each held and the customer's own value of
// the field. The explanation is computed on the GUI thread: it evaluates each condition for one
// customer, and finding the customer by id is one pass over the id codes (about a millisecond for a
// million customers), so there is nothing worth a thread.
class SegmentExplanationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SegmentExplanationDialog(QWidget *parent = nullptr);

    // The parent's explanation dialog (made on first use, non-modal, reused so that one id
    // after another updates one window), shown and raised.
    static SegmentExplanationDialog *open(QWidget *parent);

    // Explains one customer (a row of the customer table the count was made on).
    void explainRow(std::shared_ptr<const SegmentCounts> counts, qsizetype row);
    // Finds the customer by id first; says so when none has it. False when not found.
    bool explainId(std::shared_ptr<const SegmentCounts> counts, const QString &id);

    QString headline() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    void showMessage(const QString &text);

    QLabel *m_headline;
    QTreeWidget *m_tree;
    std::shared_ptr<const SegmentCounts> m_counts; // keeps the explained columns alive
};

} // namespace Segmenta
