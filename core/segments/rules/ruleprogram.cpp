// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/rules/ruleprogram.h"

namespace Segmenta {

void RuleProgram::evaluate(qsizetype begin, qsizetype end, quint8 *out) const
{
    // One mask per tree level; sized up front so references into it stay valid in recursion.
    std::vector<std::vector<quint8>> scratch(nodes.size());
    evaluate(root, begin, end, out, scratch, 0);
}

void RuleProgram::evaluate(int index, qsizetype begin, qsizetype end, quint8 *out,
                           std::vector<std::vector<quint8>> &scratch, size_t depth) const
{
    const Node &node = nodes[size_t(index)];
    const qsizetype count = end - begin;
    switch (node.kind) {
    case Node::Condition:
        conditions[size_t(node.condition)].evaluate(begin, end, out);
        return;
    case Node::Not:
        evaluate(node.children.front(), begin, end, out, scratch, depth);
        for (qsizetype i = 0; i < count; ++i)
            out[i] ^= 1;
        return;
    case Node::And:
    case Node::Or: {
        evaluate(node.children.front(), begin, end, out, scratch, depth);
        std::vector<quint8> &other = scratch[depth];
        other.resize(size_t(count));
        for (size_t c = 1; c < node.children.size(); ++c) {
            evaluate(node.children[c], begin, end, other.data(), scratch, depth + 1);
            if (node.kind == Node::And)
                for (qsizetype i = 0; i < count; ++i)
                    out[i] &= other[size_t(i)];
            else
                for (qsizetype i = 0; i < count; ++i)
                    out[i] |= other[size_t(i)];
        }
        return;
    }
    }
}

bool RuleProgram::holds(int index, qsizetype row) const
{
    const Node &node = nodes[size_t(index)];
    switch (node.kind) {
    case Node::Condition:
        return conditions[size_t(node.condition)].holds(row);
    case Node::Not:
        return !holds(node.children.front(), row);
    case Node::And:
        for (int c : node.children)
            if (!holds(c, row))
                return false;
        return true;
    case Node::Or:
        for (int c : node.children)
            if (holds(c, row))
                return true;
        return false;
    }
    return false;
}

} // namespace Segmenta
