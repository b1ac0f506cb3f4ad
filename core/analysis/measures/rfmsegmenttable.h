// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Segmenta {

class RfmScores;

// Named RFM segments (docs/domain.md, "Named RFM segments"): an ordered list of rules, each naming
// a segment and claiming R-F-M codes (such as 545 = recency 5, frequency 4, monetary 5) either as a
// list or as score ranges, like the R package rfm's rfm_segment(). Several rules may name the same
// segment. A customer belongs to the segment of the first rule that claims its code; codes no
// rule claims are unassigned ("Others" in the R package). coverage() shows the codes no rule
// claims and those two or more rules claim, so the manager sees what the order decides.
class RfmSegmentTable
{
public:
    struct Rule
    {
        enum class Kind { Codes, Ranges };

        QString name;
        Kind kind = Kind::Codes;
        QList<int> codes;  // Kind::Codes
        int recencyMin = 1, recencyMax = 5; // Kind::Ranges, inclusive
        int frequencyMin = 1, frequencyMax = 5;
        int monetaryMin = 1, monetaryMax = 5;

        static Rule fromCodes(const QString &name, QList<int> codes);
        static Rule fromRanges(const QString &name, int recencyMin, int recencyMax,
                               int frequencyMin, int frequencyMax, int monetaryMin,
                               int monetaryMax);
        bool matches(int r, int f, int m) const;
        bool operator==(const Rule &other) const = default;
    };

    struct Overlap
    {
        int code = 0;
        QList<int> rules; // every rule claiming the code, in order; the first one wins
    };

    struct Coverage
    {
        QList<int> uncovered;   // codes no rule claims
        QList<Overlap> overlaps; // codes claimed by two or more rules
        bool isExact() const { return uncovered.isEmpty() && overlaps.isEmpty(); }
    };

    struct Assignment
    {
        std::vector<qint16> rule;    // per customer: the winning rule, -1 = none
        std::vector<qint16> segment; // per customer: index into segments(), -1 = none
        std::vector<qint64> counts;  // customers per segment
        qint64 unassigned = 0;       // scored, but no rule claims their code
        qint64 unscored = 0;         // without an RFM score (no purchases)
    };

    // Translates a default segment name (context, English source); empty = keep English.
    using TranslateFunction = std::function<QString(const char *context, const char *source)>;

    // The common 11-segment table (docs/domain.md, "Named RFM segments"): every one of the 125
    // codes exactly once.
    static RfmSegmentTable defaultTable(const TranslateFunction &translate = {});

    const QList<Rule> &rules() const { return m_rules; }
    void setRules(QList<Rule> rules) { m_rules = std::move(rules); }
    void appendRule(Rule rule) { m_rules.append(std::move(rule)); }
    void insertRule(qsizetype index, Rule rule) { m_rules.insert(index, std::move(rule)); }
    void replaceRule(qsizetype index, Rule rule) { m_rules[index] = std::move(rule); }
    void removeRule(qsizetype index) { m_rules.removeAt(index); }
    void moveRule(qsizetype from, qsizetype to) { m_rules.move(from, to); }

    // Segment names in the order of their first rule.
    QStringList segments() const;
    int segmentOfRule(qsizetype rule) const;
    // The first rule claiming the scores, -1 if none.
    int ruleFor(int r, int f, int m) const;

    // Every code with scores 1..bins, checked against the rules.
    Coverage coverage(int bins = 5) const;
    // The coverage in plain words, for the user.
    QList<Message> describe(const Coverage &coverage) const;

    Assignment assign(const RfmScores &scores) const;

    // Rule names must not be empty; codes are three digits 1..9; ranges 1..9, min <= max.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<RfmSegmentTable> fromJson(const QJsonObject &json);

    bool operator==(const RfmSegmentTable &other) const = default;

private:
    QList<Rule> m_rules;
};

} // namespace Segmenta
