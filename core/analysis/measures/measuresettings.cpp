// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/measuresettings.h"

#include <cmath>
#include <limits>

namespace Segmenta::MeasureSettings {

namespace {

// Settings are counts of days, months or bands: anything larger is a typo, and the bound keeps
// the conversion to qint32 defined.
constexpr double kMaxWhole = 1e6;

} // namespace

QString legacyKey(const QString &key)
{
    QString out;
    out.reserve(key.size());
    bool upper = false;
    for (QChar c : key) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

QJsonValue value(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isUndefined() || !key.contains(u'_'))
        return v;
    return json.value(legacyKey(key));
}

bool readWhole(const QJsonObject &json, const QString &key, qint32 &out)
{
    const QJsonValue v = value(json, key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (d != std::floor(d) || std::fabs(d) > kMaxWhole)
        return false;
    out = qint32(d);
    return true;
}

bool readNumber(const QJsonObject &json, const QString &key, double &out)
{
    const QJsonValue v = value(json, key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return false;
    out = v.toDouble();
    return true;
}

Message invalid(const char *sourceText, const char *code, const QString &key)
{
    return Message("Segmenta::Analysis", sourceText, {key}).withCode(code);
}

bool isFraction(double v)
{
    return std::isfinite(v) && v >= 0 && v <= 1;
}

} // namespace Segmenta::MeasureSettings
