// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/compiledsegmentation.h"

#include "segments/rules/customerfields.h"

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Rules";
} // namespace

CompiledSegmentation CompiledSegmentation::compile(const Segmentation &segmentation,
                                                   const CustomerFields &fields)
{
    CompiledSegmentation out;
    out.segmentation = segmentation;
    out.fields = &fields;
    // Each rule is compiled once: the valid ones are assigned as compiled here.
    for (const Segment &s : segmentation.segments) {
        auto rule = SegmentRule::compile(s.rule, fields);
        out.ruleErrors.push_back(rule ? Message() : rule.error());
        out.validIndex.push_back(rule ? out.valid.size() : -1);
        if (rule) {
            out.valid.segments.append(s);
            out.rules.push_back(rule.takeValue());
        }
    }
    return out;
}

QList<Message> CompiledSegmentation::errors() const
{
    QList<Message> out;
    for (qsizetype s = 0; s < segmentation.size(); ++s)
        if (validIndex[size_t(s)] < 0)
            out.append(inSegment(segmentation.segments[s].name, ruleErrors[size_t(s)]));
    return out;
}

// The position stays an argument of its own (the second) so the UI can select the segment and
// place the cursor; the detail is the rule error's English sentence without its "Position %1: "
// (the rule editor shows it translated, compiling the rule itself).
Message CompiledSegmentation::inSegment(const QString &segment, const Message &ruleError)
{
    QString detail = QString::fromUtf8(ruleError.source());
    const QString prefix = QStringLiteral("Position %1: ");
    if (detail.startsWith(prefix))
        detail.remove(0, prefix.size());
    const QStringList &args = ruleError.args();
    for (qsizetype i = 1; i < args.size(); ++i)
        detail = detail.arg(args[i]);
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Rules", "Segment “%1”, position %2: %3"),
                   {segment, args.value(0), detail})
        .withCode(ruleError.code());
}

Result<SegmentAssignment> CompiledSegmentation::assign(TaskControl *control)
{
    return SegmentAssignment::assign(std::move(rules), *fields, control);
}

bool CompiledSegmentation::namesField(const QString &field) const
{
    for (const SegmentRule &rule : rules)
        if (rule.fieldNames().contains(field))
            return true;
    return false;
}

} // namespace Segmenta
