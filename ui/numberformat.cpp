// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include "project/projectsettings.h"

#include <cmath>

namespace Segmenta::NumberFormat {

QString count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

QString fixed(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    // Rounds first so that -0.4 shows as "0", not "-0".
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0;
    return locale.toString(rounded, 'f', decimals);
}

QString money(double amount, const QString &currency, const QLocale &locale, int decimals)
{
    if (!std::isfinite(amount))
        return QStringLiteral("–");
    if (currency.isEmpty())
        return fixed(amount, decimals, locale);
    const QString number = fixed(std::abs(amount), decimals, locale);
    const bool negative = number != fixed(0, decimals, locale) && amount < 0;
    // The sign before the currency, the currency before the number, in every language
    // Segmenta speaks: "-¥1,234", "-$12.50".
    return (negative ? locale.negativeSign() : QString()) + currency + number;
}

QString percent(double share, int decimals, const QLocale &locale)
{
    if (!std::isfinite(share))
        return QStringLiteral("–");
    return fixed(share * 100, decimals, locale) + locale.percent();
}

QString significant(double value, int digits, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0)
        return locale.toString(0);
    const double magnitude = std::floor(std::log10(std::abs(value)));
    // Very small figures read better as 1.2E-05 than as a row of zeros.
    if (magnitude < -4)
        return locale.toString(value, 'e', std::max(0, digits - 1));
    const int decimals = std::max(0, digits - 1 - int(magnitude));
    return fixed(value, decimals, locale);
}

QString pValue(double p, const QLocale &locale)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    if (p < 0.001)
        return QStringLiteral("< ") + locale.toString(0.001, 'f', 3);
    return significant(p, 2, locale);
}

QString date(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
}

QStringList localDates(QStringList texts, const QLocale &locale)
{
    for (QString &text : texts) {
        if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
            continue;
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            text = date(day, locale);
    }
    return texts;
}

QString currency(const QJsonObject &settings, const QLocale &locale)
{
    const QString set = settings.value(ProjectSettings::kCurrency).toString();
    return set.isEmpty() ? locale.currencySymbol() : set;
}

} // namespace Segmenta::NumberFormat
