// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/rules/rulecondition.h"

#include <QStringList>

#include <vector>

namespace Segmenta {

// A compiled rule: a tree of and / or / not over leaf conditions, evaluated block by block on
// byte masks (1 = holds) so the temporary masks stay small whatever the customer count.
struct RuleProgram
{
    struct Node
    {
        enum Kind : quint8 { Condition, And, Or, Not };
        Kind kind = Condition;
        int condition = -1;        // Condition: index into conditions
        std::vector<int> children; // And, Or: two or more; Not: one
    };

    std::vector<Node> nodes;
    int root = -1;
    std::vector<RuleCondition> conditions; // in order of appearance
    QStringList fields;                    // canonical names, each once
    qsizetype rows = 0;                    // customers the columns hold

    static constexpr qsizetype kBlock = 65536;

    // out[i - begin] for rows [begin, end), end - begin <= kBlock.
    void evaluate(qsizetype begin, qsizetype end, quint8 *out) const;
    bool holds(qsizetype row) const { return holds(root, row); }

private:
    void evaluate(int node, qsizetype begin, qsizetype end, quint8 *out,
                  std::vector<std::vector<quint8>> &scratch, size_t depth) const;
    bool holds(int node, qsizetype row) const;
};

} // namespace Segmenta
