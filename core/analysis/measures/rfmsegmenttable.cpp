// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/rfmsegmenttable.h"

#include "base/memoryadvice.h"
#include "analysis/measures/rfmscores.h"

#include <QJsonArray>

#include <array>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

struct DefaultSegment
{
    const char *name;
    std::initializer_list<int> codes;
};

// The common table (docs/domain.md, "Named RFM segments"), in its order.
const DefaultSegment kAppendixA[] = {
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Champions"),
     {555, 554, 544, 545, 454, 455, 445}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Loyal"),
     {543, 444, 435, 355, 354, 345, 344, 335}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Potential Loyalist"),
     {553, 551, 552, 541, 542, 533, 532, 531, 452, 451, 442, 441,
      431, 453, 433, 432, 423, 353, 352, 351, 342, 341, 333, 323}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "New Customers"),
     {512, 511, 422, 421, 412, 411, 311}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Promising"),
     {525, 524, 523, 522, 521, 515, 514, 513, 425, 424, 413, 414, 415, 315, 314, 313}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Need Attention"),
     {535, 534, 443, 434, 343, 334, 325, 324}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "About To Sleep"),
     {331, 321, 312, 221, 213, 231, 241, 251}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "At Risk"),
     {255, 254, 245, 244, 253, 252, 243, 242, 235, 234, 225,
      224, 153, 152, 145, 143, 142, 135, 134, 133, 125, 124}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Can't Lose Them"),
     {155, 154, 144, 214, 215, 115, 114, 113}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Hibernating"),
     {332, 322, 233, 232, 223, 222, 132, 123, 122, 212, 211}},
    {QT_TRANSLATE_NOOP("Segmenta::Analysis", "Lost"), {111, 112, 121, 131, 141, 151}},
};

bool validScore(int s)
{
    return s >= 1 && s <= 9;
}

bool validCode(int code)
{
    return code >= 111 && code <= 999 && validScore(code / 100) && validScore(code / 10 % 10)
           && validScore(code % 10);
}

Message invalidTable(const char *source, QStringList args = {})
{
    return Message(kContext, source, std::move(args)).withCode("rfm-segments");
}

Message damagedTable()
{
    return invalidTable(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                          "The RFM segment table in the project file is "
                                          "damaged."));
}

QJsonArray range(int lo, int hi)
{
    return QJsonArray{lo, hi};
}

bool rangeFromJson(const QJsonValue &v, int &lo, int &hi)
{
    if (v.isUndefined())
        return true; // keeps the default 1..5
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return false;
    lo = a[0].toInt();
    hi = a[1].toInt();
    return true;
}

} // namespace

RfmSegmentTable::Rule RfmSegmentTable::Rule::fromCodes(const QString &name, QList<int> codes)
{
    Rule r;
    r.name = name;
    r.kind = Kind::Codes;
    r.codes = std::move(codes);
    return r;
}

RfmSegmentTable::Rule RfmSegmentTable::Rule::fromRanges(const QString &name, int recencyMin,
                                                        int recencyMax, int frequencyMin,
                                                        int frequencyMax, int monetaryMin,
                                                        int monetaryMax)
{
    Rule r;
    r.name = name;
    r.kind = Kind::Ranges;
    r.recencyMin = recencyMin;
    r.recencyMax = recencyMax;
    r.frequencyMin = frequencyMin;
    r.frequencyMax = frequencyMax;
    r.monetaryMin = monetaryMin;
    r.monetaryMax = monetaryMax;
    return r;
}

bool RfmSegmentTable::Rule::matches(int r, int f, int m) const
{
    if (kind == Kind::Codes)
        return codes.contains(r * 100 + f * 10 + m);
    return r >= recencyMin && r <= recencyMax && f >= frequencyMin && f <= frequencyMax
           && m >= monetaryMin && m <= monetaryMax;
}

RfmSegmentTable RfmSegmentTable::defaultTable(const TranslateFunction &translate)
{
    RfmSegmentTable t;
    for (const DefaultSegment &s : kAppendixA) {
        const QString name = translate ? translate(kContext, s.name) : QString::fromUtf8(s.name);
        t.m_rules.append(Rule::fromCodes(name, QList<int>(s.codes.begin(), s.codes.end())));
    }
    return t;
}

QStringList RfmSegmentTable::segments() const
{
    QStringList names;
    for (const Rule &r : m_rules)
        if (!names.contains(r.name))
            names.append(r.name);
    return names;
}

int RfmSegmentTable::segmentOfRule(qsizetype rule) const
{
    return rule < 0 || rule >= m_rules.size() ? -1 : int(segments().indexOf(m_rules[rule].name));
}

int RfmSegmentTable::ruleFor(int r, int f, int m) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].matches(r, f, m))
            return int(i);
    return -1;
}

RfmSegmentTable::Coverage RfmSegmentTable::coverage(int bins) const
{
    Coverage c;
    for (int r = 1; r <= bins; ++r)
        for (int f = 1; f <= bins; ++f)
            for (int m = 1; m <= bins; ++m) {
                QList<int> claims;
                for (qsizetype i = 0; i < m_rules.size(); ++i)
                    if (m_rules[i].matches(r, f, m))
                        claims.append(int(i));
                const int code = r * 100 + f * 10 + m;
                if (claims.isEmpty())
                    c.uncovered.append(code);
                else if (claims.size() > 1)
                    c.overlaps.append({code, claims});
            }
    return c;
}

QList<Message> RfmSegmentTable::describe(const Coverage &coverage) const
{
    QList<Message> out;
    if (!coverage.uncovered.isEmpty()) {
        QStringList codes;
        for (int code : coverage.uncovered)
            codes.append(QString::number(code));
        out.append(Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "%1 score combinations are in no segment; their "
                                             "customers stay unassigned: %2."),
                           {QString::number(codes.size()), codes.join(QStringLiteral(", "))}));
    }
    for (const Overlap &o : coverage.overlaps) {
        QStringList names;
        for (int rule : o.rules)
            names.append(QStringLiteral("%1. %2").arg(rule + 1).arg(m_rules[rule].name));
        out.append(Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "Code %1 is claimed by %2 rules (%3); the first "
                                             "one wins."),
                           {QString::number(o.code), QString::number(o.rules.size()),
                            names.join(QStringLiteral(", "))}));
    }
    return out;
}

RfmSegmentTable::Assignment RfmSegmentTable::assign(const RfmScores &scores) const
{
    // Winning rule of every possible code, looked up once.
    std::array<qint16, 1000> ruleOfCode;
    ruleOfCode.fill(-1);
    for (int code = 111; code <= 999; ++code)
        if (validCode(code))
            ruleOfCode[size_t(code)] = qint16(ruleFor(code / 100, code / 10 % 10, code % 10));
    std::vector<qint16> segmentOfRuleIndex(size_t(m_rules.size()));
    const QStringList names = segments();
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        segmentOfRuleIndex[size_t(i)] = qint16(names.indexOf(m_rules[i].name));

    Assignment a;
    const size_t n = size_t(scores.size());
    MemoryAdvice::assign(a.rule, n, -1);
    MemoryAdvice::assign(a.segment, n, -1);
    a.counts.assign(size_t(names.size()), 0);
    for (size_t i = 0; i < n; ++i) {
        const int code = scores.code(qsizetype(i));
        if (code == 0) {
            ++a.unscored;
            continue;
        }
        const qint16 rule = ruleOfCode[size_t(code)];
        if (rule < 0) {
            ++a.unassigned;
            continue;
        }
        a.rule[i] = rule;
        a.segment[i] = segmentOfRuleIndex[size_t(rule)];
        ++a.counts[size_t(a.segment[i])];
    }
    return a;
}

Status RfmSegmentTable::validate() const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const Rule &r = m_rules[i];
        const QString which = QString::number(i + 1);
        if (r.name.trimmed().isEmpty())
            return invalidTable(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                  "Rule %1 of the RFM segments has no name."),
                                {which});
        if (r.kind == Rule::Kind::Codes) {
            for (int code : r.codes)
                if (!validCode(code))
                    return invalidTable(
                        QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                          "Rule %1 of the RFM segments has the code %2; codes "
                                          "are three scores from 1 to 9, such as 545."),
                        {which, QString::number(code)});
        } else {
            const int bounds[3][2] = {{r.recencyMin, r.recencyMax},
                                      {r.frequencyMin, r.frequencyMax},
                                      {r.monetaryMin, r.monetaryMax}};
            for (const auto &b : bounds)
                if (!validScore(b[0]) || !validScore(b[1]) || b[0] > b[1])
                    return invalidTable(
                        QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                          "Rule %1 of the RFM segments has the score range "
                                          "%2 to %3; scores run from 1 to 9, the lower "
                                          "first."),
                        {which, QString::number(b[0]), QString::number(b[1])});
        }
    }
    return Status::success();
}

QJsonObject RfmSegmentTable::toJson() const
{
    QJsonArray rules;
    for (const Rule &r : m_rules) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), r.name);
        if (r.kind == Rule::Kind::Codes) {
            QJsonArray codes;
            for (int code : r.codes)
                codes.append(code);
            o.insert(QStringLiteral("codes"), codes);
        } else {
            o.insert(QStringLiteral("recency"), range(r.recencyMin, r.recencyMax));
            o.insert(QStringLiteral("frequency"), range(r.frequencyMin, r.frequencyMax));
            o.insert(QStringLiteral("monetary"), range(r.monetaryMin, r.monetaryMax));
        }
        rules.append(o);
    }
    QJsonObject json;
    json.insert(QStringLiteral("rules"), rules);
    return json;
}

Result<RfmSegmentTable> RfmSegmentTable::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("rules")).isArray())
        return damagedTable();
    RfmSegmentTable t;
    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules[i].toObject();
        Rule r;
        r.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("codes"))) {
            r.kind = Rule::Kind::Codes;
            for (const QJsonValue &v : o.value(QStringLiteral("codes")).toArray()) {
                if (!v.isDouble())
                    return damagedTable();
                r.codes.append(v.toInt());
            }
        } else {
            r.kind = Rule::Kind::Ranges;
            if (!rangeFromJson(o.value(QStringLiteral("recency")), r.recencyMin, r.recencyMax)
                || !rangeFromJson(o.value(QStringLiteral("frequency")), r.frequencyMin,
                                  r.frequencyMax)
                || !rangeFromJson(o.value(QStringLiteral("monetary")), r.monetaryMin,
                                  r.monetaryMax))
                return damagedTable();
        }
        t.m_rules.append(std::move(r));
    }
    if (Status s = t.validate(); !s)
        return s.error();
    return t;
}

} // namespace Segmenta
