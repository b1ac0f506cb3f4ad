// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentcounter.h"

#include "analysis/customeranalysis.h"
#include "segments/rules/customerfields.h"
#include "segments/compiledsegmentation.h"
#include "segments/segmentassignment.h"
#include "segments/segmentfigures.h"
#include "workerpriority.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Segmenta {

SegmentCounter::SegmentCounter(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Counts>>::finished, this, [this] {
        std::shared_ptr<Counts> result = m_watcher.result();
        if (m_pending) {
            // Typed on while this ran: count the newest text, drop this result.
            Segmentation next = std::move(*m_pending);
            m_pending.reset();
            recount(next);
            return;
        }
        if (result && result->generation == m_generation) {
            m_latest = std::move(result);
            Q_EMIT counted();
        }
    });
}

SegmentCounter::~SegmentCounter()
{
    m_watcher.waitForFinished();
}

void SegmentCounter::setInputs(std::shared_ptr<const Dataset> data,
                               std::shared_ptr<const CustomerAnalysis> analysis,
                               std::shared_ptr<const CustomerFields> fields)
{
    m_data = std::move(data);
    m_analysis = std::move(analysis);
    m_fields = std::move(fields);
    m_latest.reset();
    ++m_generation;
}

void SegmentCounter::recount(const Segmentation &segmentation)
{
    if (!m_fields || !m_data || !m_analysis)
        return;
    if (m_watcher.isRunning()) {
        m_pending = segmentation;
        return;
    }
    const quint64 generation = ++m_generation;
    auto data = m_data;
    auto analysis = m_analysis;
    auto fields = m_fields;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [=] {
        lowerWorkerThreadPriority();
        auto counts = std::make_shared<Counts>(count(segmentation, *data, *analysis, *fields));
        counts->generation = generation;
        counts->data = data;
        counts->analysis = analysis;
        counts->fields = fields;
        return counts;
    }));
}

SegmentCounter::Counts SegmentCounter::count(const Segmentation &segmentation, const Dataset &data,
                                             const CustomerAnalysis &analysis,
                                             const CustomerFields &fields)
{
    CompiledSegmentation compiled = CompiledSegmentation::compile(segmentation, fields);
    Counts out;
    out.segmentation = segmentation;
    out.errors = compiled.ruleErrors;
    out.validIndex = compiled.validIndex;
    out.warnings.resize(size_t(segmentation.size()));
    for (size_t s = 0; s < compiled.validIndex.size(); ++s)
        if (compiled.validIndex[s] >= 0)
            out.warnings[s] = compiled.rules[size_t(compiled.validIndex[s])].warnings();
    const Segmentation valid = compiled.valid;
    auto assignment = compiled.assign();
    if (assignment) {
        auto shared = std::make_shared<const SegmentAssignment>(assignment.takeValue());
        out.figures = std::make_shared<const SegmentFigures>(
            SegmentFigures::compute(data, analysis, valid, *shared));
        out.assignment = std::move(shared);
    }
    return out;
}

} // namespace Segmenta
