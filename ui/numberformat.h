// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Segmenta {

// Every number a manager reads goes through here, so that the pages, charts and tooltips agree:
// thousands separators always, money with the project's currency, percentages and statistics
// with fixed decimals or significant digits (docs/user/pages.md, "Numbers and dates").
namespace NumberFormat {

// A count of customers, orders or segments: "3,400,075".
QString count(qint64 n, const QLocale &locale = QLocale());
// A plain figure with a fixed number of decimals and thousands separators: "35,000".
QString fixed(double value, int decimals, const QLocale &locale = QLocale());
// An amount of money with the currency's sign: "¥3,400,075", "-$12.50". An empty currency
// leaves the sign out (the amount alone, as where the column says the currency).
QString money(double amount, const QString &currency, const QLocale &locale = QLocale(),
              int decimals = 0);
// A share (0.125) as a percentage: "12.5%".
QString percent(double share, int decimals = 1, const QLocale &locale = QLocale());
// A statistic (an effect, a coefficient) with digits significant digits, never in exponent form
// for everyday sizes: 0.0123 → "0.0123", 12345.6 → "12,346".
QString significant(double value, int digits = 3, const QLocale &locale = QLocale());
// A p-value with two significant digits, or "< 0.001" below that.
QString pValue(double p, const QLocale &locale = QLocale());

// A date as the locale's short date, the one way dates are shown: "12/6/26", "2026/12/6".
QString date(const QDate &day, const QLocale &locale = QLocale());
// texts with every yyyy-MM-dd date (as core writes dates into messages) shown by date().
QStringList localDates(QStringList texts, const QLocale &locale = QLocale());

// The currency of a project: its setting (ProjectSettings::kCurrency) when set, else the sign
// seen in its amounts when imported, else the locale's.
QString currency(const QJsonObject &settings, const QLocale &locale = QLocale());

} // namespace NumberFormat

} // namespace Segmenta
