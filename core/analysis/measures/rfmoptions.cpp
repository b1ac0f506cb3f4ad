// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/rfmoptions.h"

#include "analysis/measures/measuresettings.h"

#include <QJsonArray>

#include <cmath>

namespace Segmenta {

namespace {

Message invalidSetting(const QString &key)
{
    return Message("Segmenta::Analysis",
                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                     "The RFM setting “%1” is not valid."),
                   {key})
        .withCode("rfm-settings");
}

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

// An ascending list of finite numbers (empty allowed).
bool fromArray(const QJsonValue &value, std::vector<double> &out)
{
    if (!value.isArray())
        return false;
    out.clear();
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return false;
        if (!out.empty() && v.toDouble() < out.back())
            return false;
        out.push_back(v.toDouble());
    }
    return true;
}

QString dateText(qint32 day)
{
    return Column::fromDays(day).toString(Qt::ISODate);
}

bool dateFromJson(const QJsonObject &json, const QString &key, qint32 &day)
{
    day = Column::kMissingDate;
    const QJsonValue v = MeasureSettings::value(json, key);
    if (v.isUndefined())
        return true;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        return false;
    day = Column::toDays(d);
    return true;
}

QString frequencyName(RfmFrequencyMeasure m)
{
    return m == RfmFrequencyMeasure::Orders ? QStringLiteral("orders")
                                            : QStringLiteral("purchaseDays");
}

bool frequencyFromJson(const QJsonObject &json, const QString &key, RfmFrequencyMeasure &m)
{
    const QString s = MeasureSettings::value(json, key).toString(QStringLiteral("orders"));
    if (s == u"orders")
        m = RfmFrequencyMeasure::Orders;
    else if (s == u"purchaseDays")
        m = RfmFrequencyMeasure::PurchaseDays;
    else
        return false;
    return true;
}

QString monetaryName(RfmMonetaryMeasure m)
{
    return m == RfmMonetaryMeasure::Total ? QStringLiteral("total") : QStringLiteral("mean");
}

bool monetaryFromJson(const QJsonObject &json, const QString &key, RfmMonetaryMeasure &m)
{
    const QString s = MeasureSettings::value(json, key).toString(QStringLiteral("total"));
    if (s == u"total")
        m = RfmMonetaryMeasure::Total;
    else if (s == u"mean")
        m = RfmMonetaryMeasure::MeanPerOrder;
    else
        return false;
    return true;
}

const QString kDimensionKeys[3] = {QStringLiteral("recency"), QStringLiteral("frequency"),
                                   QStringLiteral("monetary")};
constexpr RfmDimension kDimensions[3] = {RfmDimension::Recency, RfmDimension::Frequency,
                                         RfmDimension::Monetary};

} // namespace

const std::vector<double> &RfmThresholds::cuts(RfmDimension d) const
{
    switch (d) {
    case RfmDimension::Recency:
        return recency;
    case RfmDimension::Frequency:
        return frequency;
    case RfmDimension::Monetary:
        break;
    }
    return monetary;
}

std::vector<double> &RfmThresholds::cuts(RfmDimension d)
{
    return const_cast<std::vector<double> &>(std::as_const(*this).cuts(d));
}

QJsonObject RfmThresholds::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("frequency_measure"), frequencyName(frequencyMeasure));
    o.insert(QStringLiteral("monetary_measure"), monetaryName(monetaryMeasure));
    if (asOfDay != Column::kMissingDate)
        o.insert(QStringLiteral("as_of_date"), dateText(asOfDay));
    for (int i = 0; i < 3; ++i)
        o.insert(kDimensionKeys[i], toArray(cuts(kDimensions[i])));
    return o;
}

Result<RfmThresholds> RfmThresholds::fromJson(const QJsonObject &json)
{
    RfmThresholds t;
    if (!frequencyFromJson(json, QStringLiteral("frequency_measure"), t.frequencyMeasure))
        return invalidSetting(QStringLiteral("frequency_measure"));
    if (!monetaryFromJson(json, QStringLiteral("monetary_measure"), t.monetaryMeasure))
        return invalidSetting(QStringLiteral("monetary_measure"));
    if (!dateFromJson(json, QStringLiteral("as_of_date"), t.asOfDay))
        return invalidSetting(QStringLiteral("as_of_date"));
    for (int i = 0; i < 3; ++i) {
        std::vector<double> &c = t.cuts(kDimensions[i]);
        if (!fromArray(json.value(kDimensionKeys[i]), c) || c.empty()
            || int(c.size()) >= RfmOptions::kMaxBins)
            return invalidSetting(kDimensionKeys[i]);
    }
    return t;
}

const std::optional<std::vector<double>> &RfmOptions::customCuts(RfmDimension d) const
{
    switch (d) {
    case RfmDimension::Recency:
        return recencyCuts;
    case RfmDimension::Frequency:
        return frequencyCuts;
    case RfmDimension::Monetary:
        break;
    }
    return monetaryCuts;
}

QJsonObject RfmOptions::toJson() const
{
    QJsonObject o;
    if (asOfDay != Column::kMissingDate)
        o.insert(QStringLiteral("as_of_date"), dateText(asOfDay));
    o.insert(QStringLiteral("frequency"), frequencyName(frequency));
    o.insert(QStringLiteral("monetary"), monetaryName(monetary));
    o.insert(QStringLiteral("ties"),
             ties == RfmTieRule::Share ? QStringLiteral("share") : QStringLiteral("split"));
    o.insert(QStringLiteral("bins"), bins);
    o.insert(QStringLiteral("quantile_offset"), quantileOffset);
    QJsonObject cuts;
    for (int i = 0; i < 3; ++i)
        if (const auto &c = customCuts(kDimensions[i]))
            cuts.insert(kDimensionKeys[i], toArray(*c));
    if (!cuts.isEmpty())
        o.insert(QStringLiteral("cuts"), cuts);
    if (frozen)
        o.insert(QStringLiteral("frozen"), frozen->toJson());
    return o;
}

Result<RfmOptions> RfmOptions::fromJson(const QJsonObject &json)
{
    RfmOptions o;
    if (!dateFromJson(json, QStringLiteral("as_of_date"), o.asOfDay))
        return invalidSetting(QStringLiteral("as_of_date"));
    if (!frequencyFromJson(json, QStringLiteral("frequency"), o.frequency))
        return invalidSetting(QStringLiteral("frequency"));
    if (!monetaryFromJson(json, QStringLiteral("monetary"), o.monetary))
        return invalidSetting(QStringLiteral("monetary"));
    const QString ties = json.value(QStringLiteral("ties")).toString(QStringLiteral("share"));
    if (ties == u"share")
        o.ties = RfmTieRule::Share;
    else if (ties == u"split")
        o.ties = RfmTieRule::Split;
    else
        return invalidSetting(QStringLiteral("ties"));
    const QJsonValue bins = json.value(QStringLiteral("bins"));
    if (!bins.isUndefined()) {
        const double b = bins.toDouble(-1);
        if (b != std::floor(b) || b < kMinBins || b > kMaxBins)
            return invalidSetting(QStringLiteral("bins"));
        o.bins = int(b);
    }
    const QJsonValue offset = MeasureSettings::value(json, QStringLiteral("quantile_offset"));
    if (!offset.isUndefined()) {
        if (!offset.isDouble() || !std::isfinite(offset.toDouble()))
            return invalidSetting(QStringLiteral("quantile_offset"));
        o.quantileOffset = offset.toDouble();
    }
    const QJsonObject cuts = json.value(QStringLiteral("cuts")).toObject();
    std::optional<std::vector<double>> *targets[3] = {&o.recencyCuts, &o.frequencyCuts,
                                                      &o.monetaryCuts};
    for (int i = 0; i < 3; ++i) {
        if (!cuts.contains(kDimensionKeys[i]))
            continue;
        std::vector<double> c;
        if (!fromArray(cuts.value(kDimensionKeys[i]), c) || c.empty()
            || int(c.size()) >= kMaxBins)
            return invalidSetting(QStringLiteral("cuts.") + kDimensionKeys[i]);
        *targets[i] = std::move(c);
    }
    if (json.contains(QStringLiteral("frozen"))) {
        auto t = RfmThresholds::fromJson(json.value(QStringLiteral("frozen")).toObject());
        if (!t)
            return t.error();
        o.frozen = t.takeValue();
    }
    return o;
}

} // namespace Segmenta
