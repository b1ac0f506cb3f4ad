// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as rule text (UTF-8) through the lexer, the parser and the type
// check against a small fixed set of customer fields (docs/rules.md), then evaluated. Must never
// crash, overflow the stack or read out of bounds; an error must carry its position.
#include "data/dataset.h"
#include "segments/rules/customerfields.h"
#include "segments/rules/segmentrule.h"

#include <cstdlib>
#include <limits>

using namespace Segmenta;

namespace {

// Three customers with a number, a text and a date column, a missing value in each.
Dataset sampleCustomers()
{
    Dataset data;
    Column id(QStringLiteral("id"), ColumnType::Text, Role::Customer);
    Column city(QStringLiteral("城市"), ColumnType::Text);
    auto ids = std::make_shared<StringPool>();
    auto cities = std::make_shared<StringPool>();
    for (const char *s : {"c1", "c2", "c3"})
        id.codes().push_back(ids->intern(s));
    city.codes() = {cities->intern("北京"), cities->intern("上海"), Column::kMissingCode};
    id.setPool(ids);
    city.setPool(cities);
    Column age(QStringLiteral("age"), ColumnType::Number);
    age.numbers() = {31, std::numeric_limits<double>::quiet_NaN(), 58};
    Column signup(QStringLiteral("signup_date"), ColumnType::Date);
    signup.days() = {19000, Column::kMissingDate, 19500};
    data.customers.addColumn(std::move(id));
    data.customers.addColumn(std::move(city));
    data.customers.addColumn(std::move(age));
    data.customers.addColumn(std::move(signup));
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Dataset customers = sampleCustomers();
    static const CustomerFields fields = CustomerFields::build(customers, nullptr);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto rule = SegmentRule::compile(text, fields);
    if (!rule) {
        // Every rule error names a position inside (or just after) the text.
        const QStringList args = rule.error().args();
        const qsizetype position = args.isEmpty() ? -1 : args.front().toLongLong();
        if (position < 1 || position > text.size() + 1)
            std::abort();
        return 0;
    }
    std::vector<quint8> mask;
    rule->evaluate(0, customers.customerCount(), (mask.resize(3), mask.data()));
    for (qsizetype row = 0; row < customers.customerCount(); ++row)
        if (rule->matches(row) != (mask[size_t(row)] != 0))
            std::abort(); // the two ways of evaluating disagree
    (void)rule->explain(0);
    return 0;
}
