// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/rules/segmentrule.h"

#include "base/computepool.h"
#include "segments/rules/ruleparser.h"

#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>

namespace Segmenta {

struct SegmentRule::Private
{
    QString text;
    // Shared: copies of a rule (one per segment, per undo step) do not copy lookup tables.
    std::shared_ptr<const RuleProgram> program;
};

SegmentRule::SegmentRule() : d(std::make_unique<Private>()) {}
SegmentRule::~SegmentRule() = default;
SegmentRule::SegmentRule(SegmentRule &&) noexcept = default;
SegmentRule &SegmentRule::operator=(SegmentRule &&) noexcept = default;
SegmentRule::SegmentRule(const SegmentRule &other)
    : d(other.d ? std::make_unique<Private>(*other.d) : std::make_unique<Private>())
{}

SegmentRule &SegmentRule::operator=(const SegmentRule &other)
{
    if (this != &other)
        d = other.d ? std::make_unique<Private>(*other.d) : std::make_unique<Private>();
    return *this;
}

namespace {
std::atomic<quint64> g_compilations{0};
}

quint64 SegmentRule::compilations()
{
    return g_compilations.load(std::memory_order_relaxed);
}

Result<SegmentRule> SegmentRule::compile(const QString &text, const CustomerFields &fields)
{
    g_compilations.fetch_add(1, std::memory_order_relaxed);
    auto program = RuleParser::parse(text, fields);
    if (!program)
        return program.error();
    SegmentRule rule;
    rule.d->text = text;
    rule.d->program = std::make_shared<const RuleProgram>(program.takeValue());
    return rule;
}

const QString &SegmentRule::text() const
{
    return d->text;
}

QStringList SegmentRule::fieldNames() const
{
    return isValid() ? d->program->fields : QStringList();
}

QList<Message> SegmentRule::warnings() const
{
    QList<Message> out;
    if (isValid())
        for (const RuleCondition &c : d->program->conditions)
            out << c.warnings;
    return out;
}

bool SegmentRule::isValid() const
{
    return d && d->program != nullptr;
}

qsizetype SegmentRule::customerCount() const
{
    return isValid() ? d->program->rows : 0;
}

void SegmentRule::evaluate(std::vector<quint8> &mask) const
{
    const qsizetype n = customerCount();
    mask.resize(size_t(n));
    const qsizetype blocks = (n + kBlock - 1) / kBlock;
    if (blocks <= 1) {
        evaluate(0, n, mask.data());
        return;
    }
    std::vector<qsizetype> starts(static_cast<size_t>(blocks));
    std::iota(starts.begin(), starts.end(), qsizetype(0));
    // blockingMap runs iterations on the calling thread too, so it cannot starve when called
    // from a pool thread.
    QtConcurrent::blockingMap(computePool(), starts, [&](qsizetype block) {
        const qsizetype begin = block * kBlock;
        evaluate(begin, std::min(n, begin + kBlock), mask.data() + begin);
    });
}

void SegmentRule::evaluate(qsizetype begin, qsizetype end, quint8 *out) const
{
    if (!isValid()) {
        std::fill(out, out + (end - begin), quint8(0));
        return;
    }
    for (qsizetype b = begin; b < end; b += kBlock)
        d->program->evaluate(b, std::min(end, b + kBlock), out + (b - begin));
}

bool SegmentRule::matches(qsizetype row) const
{
    return isValid() && d->program->holds(row);
}

QList<RuleConditionOutcome> SegmentRule::explain(qsizetype row) const
{
    QList<RuleConditionOutcome> out;
    if (!isValid())
        return out;
    for (const RuleCondition &c : d->program->conditions) {
        QVariant value = c.column ? c.column->value(row) : QVariant();
        // Rules treat an empty text as missing (docs/rules.md); so does the explanation.
        if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
            value = QVariant();
        out.append({c.text, c.holds(row), c.field, value});
    }
    return out;
}

} // namespace Segmenta
