// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the settings of a measure (RFM, 80/20, lifecycle, value groups, growth, activity vs
// assets) from JSON. Keys are snake_case; settings written before the keys were unified used
// camelCase ("churnPAlive" for "churn_p_alive"), which every reader here still accepts, so a
// project saved by an older version opens unchanged.

#include "base/message.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Segmenta::MeasureSettings {

// The camelCase spelling of a snake_case key: "as_of_date" -> "asOfDate".
QString legacyKey(const QString &key);

// The value under `key`, else under its legacy spelling; undefined when neither is there.
QJsonValue value(const QJsonObject &json, const QString &key);

// Reads a whole number into `out` (left as is when the key is absent). False when the value is
// not a whole number of at most a million in size.
bool readWhole(const QJsonObject &json, const QString &key, qint32 &out);

// Reads a JSON number into `out` (left as is when the key is absent). False when the value is
// not a number.
bool readNumber(const QJsonObject &json, const QString &key, double &out);

// The error naming a setting that is not valid: sourceText is the measure's QT_TRANSLATE_NOOP
// text of "Segmenta::Analysis" with %1 for the key, code the measure's Message code.
Message invalid(const char *sourceText, const char *code, const QString &key);

// A share or a probability: finite, from 0 to 1.
bool isFraction(double v);

} // namespace Segmenta::MeasureSettings
