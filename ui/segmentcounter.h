// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentcounts.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace Segmenta {

// What the segment editor shows while a rule is typed: each rule compiled on its own (so one
// bad rule does not hide the others' counts), the valid ones assigned in priority order, and
// their P&L. Runs off the GUI thread; each request carries a generation number and a result
// older than the latest request is dropped (DB Browser for SQLite's pattern), so typing fast
// never shows stale counts.
class SegmentCounter : public QObject
{
    Q_OBJECT

public:
    using Counts = SegmentCounts;

    explicit SegmentCounter(QObject *parent = nullptr);
    ~SegmentCounter() override;

    void setInputs(std::shared_ptr<const Dataset> data,
                   std::shared_ptr<const CustomerAnalysis> analysis,
                   std::shared_ptr<const CustomerFields> fields);
    bool hasInputs() const { return m_fields != nullptr; }
    std::shared_ptr<const CustomerFields> fields() const { return m_fields; }
    void recount(const Segmentation &segmentation);
    const Counts *latest() const { return m_latest.get(); }
    std::shared_ptr<const Counts> latestShared() const { return m_latest; }

    // Synchronous, for tests and the command line alike.
    static Counts count(const Segmentation &segmentation, const Dataset &data,
                        const CustomerAnalysis &analysis, const CustomerFields &fields);

Q_SIGNALS:
    void counted();

private:
    QThreadPool m_pool; // one thread of our own: core's loops use computePool() inside
    QFutureWatcher<std::shared_ptr<Counts>> m_watcher;
    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const CustomerAnalysis> m_analysis;
    std::shared_ptr<const CustomerFields> m_fields;
    std::shared_ptr<const Counts> m_latest;
    quint64 m_generation = 0;
    std::optional<Segmentation> m_pending; // asked for while a count was running
};

} // namespace Segmenta
