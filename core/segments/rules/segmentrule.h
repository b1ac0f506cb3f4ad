// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace Segmenta {

class CustomerFields;

// One leaf condition of a rule and whether it held for a customer (for "why is this customer
// in this segment").
struct RuleConditionOutcome
{
    QString text; // the condition as written, e.g. `tier in ("platinum", "gold")`
    bool held = false;
    QString field; // the field it tests, as resolved (canonical name)
    QVariant value; // the customer's value of that field; null when missing
};

// A segment rule in the rule language (docs/rules.md), compiled against the fields of a
// project and evaluated column-wise over all customers.
//   tier in ("platinum", "gold") and lifestyle = "trend-seeker" and age between 18 and 30
//   and not lifecycle = "churned"
// Errors carry code "rule-syntax" or "rule-type"; their first argument is the 1-based
// character position of the problem in the text (the UI places the cursor there).
class SegmentRule
{
public:
    SegmentRule();
    ~SegmentRule();
    SegmentRule(SegmentRule &&) noexcept;
    SegmentRule &operator=(SegmentRule &&) noexcept;
    SegmentRule(const SegmentRule &);
    SegmentRule &operator=(const SegmentRule &);

    static Result<SegmentRule> compile(const QString &text, const CustomerFields &fields);
    // How many times compile() ran in this process: lets tests check that callers such as
    // the segment editor's live counts compile each rule once per change.
    static quint64 compilations();

    const QString &text() const;
    // The fields the rule names, each once, as resolved (canonical field names).
    QStringList fieldNames() const;

    // Values compared with =, != or in that no customer has, each a "rule-value" Message
    // ("No customer has “homebudy” in “[生活方式]”; did you mean “homebody”?"); the rule
    // still compiles and runs (docs/rules.md).
    QList<Message> warnings() const;

    // False for a default-constructed rule (which matches nobody).
    bool isValid() const;
    // The customer count of the fields the rule was compiled against.
    qsizetype customerCount() const;

    // mask[i] = 1 when customer i matches, else 0; mask is resized to the customer count.
    // Blocks of kBlock customers run in parallel on computePool().
    void evaluate(std::vector<quint8> &mask) const;
    // The same for customers [begin, end) into out[0 .. end - begin), on the calling thread
    // (for callers that split the work themselves, e.g. SegmentAssignment).
    void evaluate(qsizetype begin, qsizetype end, quint8 *out) const;
    static constexpr qsizetype kBlock = 65536;
    bool matches(qsizetype row) const;
    // Every leaf condition in order of appearance, with whether it held for this customer.
    QList<RuleConditionOutcome> explain(qsizetype row) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Segmenta
