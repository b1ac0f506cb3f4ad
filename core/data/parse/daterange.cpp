// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/parse/daterange.h"

#include "data/column.h"

namespace Segmenta {

DateRange DateRange::forImportOn(QDate importDay)
{
    if (!importDay.isValid())
        importDay = QDate::currentDate();
    DateRange r;
    r.m_first = Column::toDays(QDate(kFirstYear, 1, 1));
    r.m_last = Column::toDays(importDay.addYears(kMarginYears));
    return r;
}

QString DateRange::firstText() const
{
    return Column::fromDays(m_first).toString(Qt::ISODate);
}

QString DateRange::lastText() const
{
    return Column::fromDays(m_last).toString(Qt::ISODate);
}

} // namespace Segmenta
