// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/segmentassignment.h"

#include "base/computepool.h"
#include "segments/compiledsegmentation.h"
#include "segments/rules/customerfields.h"
#include "segments/segmentation.h"
#include "base/taskcontrol.h"

#include <QtConcurrent/QtConcurrentMap>

#include <bit>
#include <numeric>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Rules";

} // namespace

Result<SegmentAssignment> SegmentAssignment::assign(const Segmentation &segmentation,
                                                    const CustomerFields &fields,
                                                    TaskControl *control)
{
    CompiledSegmentation compiled = CompiledSegmentation::compile(segmentation, fields);
    if (!compiled.allCompiled())
        return compiled.errors().constFirst();
    return compiled.assign(control);
}

Result<SegmentAssignment> SegmentAssignment::assign(std::vector<SegmentRule> rules,
                                                    const CustomerFields &fields,
                                                    TaskControl *control)
{
    auto cancelled = [] {
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Rules",
                                                   "Assigning customers to segments was "
                                                   "cancelled."))
            .withCode("cancelled");
    };
    SegmentAssignment out;
    const size_t k = rules.size();
    out.rules = std::move(rules);

    const qsizetype n = fields.customerCount();
    constexpr qsizetype kBlock = SegmentRule::kBlock; // a multiple of 64: blocks own whole words
    const qsizetype blocks = (n + kBlock - 1) / kBlock;
    const size_t words = size_t((n + 63) / 64);
    out.segment.assign(size_t(n), kUnassigned);
    // Each rule's matches packed to bits, for the overlap counts (popcount of i AND j).
    std::vector<std::vector<quint64>> bits(k, std::vector<quint64>(words, 0));
    std::vector<qsizetype> blockIndex(static_cast<size_t>(blocks));
    std::iota(blockIndex.begin(), blockIndex.end(), qsizetype(0));

    for (size_t r = 0; r < k; ++r) {
        if (control && control->isCancelled())
            return cancelled();
        const SegmentRule &rule = out.rules[r];
        quint64 *ruleBits = bits[r].data();
        qint16 *winner = out.segment.data();
        // Rows are partitioned by block, so the blocks write disjoint parts of every array.
        QtConcurrent::blockingMap(computePool(), blockIndex, [&](qsizetype block) {
            const qsizetype begin = block * kBlock;
            const qsizetype end = std::min(n, begin + kBlock);
            std::vector<quint8> mask(size_t(end - begin));
            rule.evaluate(begin, end, mask.data());
            const quint8 *m = mask.data();
            for (qsizetype w = begin; w < end; w += 64) {
                quint64 word = 0;
                const qsizetype wordEnd = std::min(end, w + 64);
                for (qsizetype i = w; i < wordEnd; ++i)
                    word |= quint64(m[i - begin]) << (i - w);
                ruleBits[w >> 6] = word;
            }
            // Branch-free: the first rule to match a row keeps it.
            for (qsizetype i = begin; i < end; ++i)
                winner[i] = (m[i - begin] && winner[i] == kUnassigned) ? qint16(r) : winner[i];
        });
        if (control)
            control->reportProgress(double(r + 1) / double(k + 1));
    }

    out.counts.assign(k, 0);
    for (qint16 s : out.segment) {
        if (s == kUnassigned)
            ++out.unassigned;
        else
            ++out.counts[size_t(s)];
    }
    out.overlaps.assign(k * k, 0);
    for (size_t i = 0; i < k; ++i) {
        for (size_t j = i; j < k; ++j) {
            qint64 both = 0;
            const quint64 *a = bits[i].data();
            const quint64 *b = bits[j].data();
            for (size_t w = 0; w < words; ++w)
                both += std::popcount(a[w] & b[w]);
            out.overlaps[i * k + j] = out.overlaps[j * k + i] = both;
        }
    }
    if (control)
        control->reportProgress(1.0);
    return out;
}

SegmentAssignment::Explanation SegmentAssignment::explain(qsizetype row) const
{
    Explanation e;
    if (row < 0 || row >= qsizetype(segment.size()))
        return e;
    e.segment = segment[size_t(row)];
    for (const SegmentRule &rule : rules) {
        e.matched.push_back(rule.matches(row));
        e.conditions.append(rule.explain(row));
    }
    return e;
}

} // namespace Segmenta
