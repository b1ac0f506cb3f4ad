// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Segmenta {

// The dates an import accepts as real: from 1900-01-01 up to one year after the day of the
// import. Outside lie placeholders (9999-12-31, 1899-12-31) and typing errors; one of them
// among the orders would move the analysis date by centuries (docs/user/import.md#dates).
class DateRange
{
public:
    static constexpr int kFirstYear = 1900;
    static constexpr int kMarginYears = 1;

    // The range of an import made on `importDay` (an invalid date: today).
    static DateRange forImportOn(QDate importDay = {});

    bool contains(qint32 days) const { return days >= m_first && days <= m_last; }
    qint32 first() const { return m_first; }
    qint32 last() const { return m_last; }
    QString firstText() const;
    QString lastText() const;

private:
    qint32 m_first = 0; // days since 1970-01-01, both inclusive
    qint32 m_last = 0;
};

} // namespace Segmenta
