// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as one field through the date parser (tokenize, each order,
// resolve, the range check of data/parse/daterange.h) and the number parser. Must never crash
// or hit undefined behaviour; where a value is defined, writing it back and reading it again
// gives the same value (docs/user/import.md).
#include "data/column.h"
#include "data/parse/dateparser.h"
#include "data/parse/daterange.h"
#include "data/parse/numberparser.h"

#include <QByteArray>
#include <QDate>

#include <cmath>
#include <cstdlib>
#include <string_view>

using namespace Segmenta;

namespace {

void checkDate(std::string_view text, bool allowSerial)
{
    static const DateRange range = DateRange::forImportOn(QDate(2024, 6, 30));
    const DateToken token = DateParser::tokenize(text, allowSerial);
    for (DateOrder order : {DateOrder::DayMonthYear, DateOrder::MonthDayYear,
                            DateOrder::YearMonthDay}) {
        const auto date = DateParser::resolve(token, order);
        if (!date || !range.contains(date->days))
            continue;
        // An accepted date written as ISO reads back as the same day.
        const QByteArray iso = Column::fromDays(date->days).toString(Qt::ISODate).toUtf8();
        const DateToken again = DateParser::tokenize(std::string_view(iso.constData(), size_t(iso.size())));
        const auto back = DateParser::resolve(again, DateOrder::YearMonthDay);
        if (!back || back->days != date->days)
            std::abort();
    }
    (void)DateParser::decideOrder({token});
}

void checkNumber(std::string_view text)
{
    const auto x = NumberParser::parse(text);
    if (!x || !std::isfinite(*x))
        return;
    // A finite value written in full precision reads back as the same double.
    const QByteArray written = QByteArray::number(*x, 'g', 17);
    const auto back = NumberParser::parse(std::string_view(written.constData(), size_t(written.size())));
    if (!back || *back != *x)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkDate(text, false);
    checkDate(text, true);
    checkNumber(text);
    (void)NumberParser::parsePlain(text);
    return 0;
}
