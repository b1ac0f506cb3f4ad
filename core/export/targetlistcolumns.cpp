// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistcolumns.h"

#include "base/prefetch.h"
#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "segments/segmentation.h"

#include <cmath>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Export";

struct SegmentField
{
    const char16_t *name;
    TargetListColumns::Source source;
};

const SegmentField kSegmentFields[] = {
    {u"segment", TargetListColumns::Source::Segment},
    {u"offer", TargetListColumns::Source::Offer},
    {u"message", TargetListColumns::Source::Message},
    {u"owner", TargetListColumns::Source::Owner},
    {u"channel", TargetListColumns::Source::Channel},
};

bool hasAnyValue(const Column *c)
{
    if (!c || c->type() != ColumnType::Number)
        return false;
    for (double v : c->numbers())
        if (!std::isnan(v))
            return true;
    return false;
}

std::string utf8(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), size_t(b.size()));
}

} // namespace

QStringList TargetListColumns::defaultNames()
{
    return {QStringLiteral("id"),      QStringLiteral("name"),
            QStringLiteral("phone"),   QStringLiteral("email"),
            QStringLiteral("region"),  QStringLiteral("segment"),
            QStringLiteral("offer"),   QStringLiteral("message"),
            QStringLiteral("purchase_probability"), QStringLiteral("expected_value"),
            QStringLiteral("tier"),    QStringLiteral("owner")};
}

Result<TargetListColumns> TargetListColumns::resolve(const QStringList &requested,
                                                     const Dataset &data,
                                                     const CustomerFields &fields)
{
    TargetListColumns out;
    out.m_probability = fields.column(QStringLiteral("purchase_probability"));
    // The lifetime model scores every customer or none: a clv column of NaN means it did not
    // run (too little history), and value falls back to what the customer has spent.
    const Column *clv = fields.column(QStringLiteral("clv"));
    if (hasAnyValue(clv)) {
        out.m_value = clv;
        out.m_valueBasis = QStringLiteral("clv");
    } else if (const Column *monetary = fields.column(QStringLiteral("monetary"))) {
        out.m_value = monetary;
        out.m_valueBasis = QStringLiteral("monetary");
    }

    const bool useDefault = requested.isEmpty();
    const QStringList names = useDefault ? defaultNames() : requested;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        Entry e;
        bool found = false;
        const bool bracketed = name.size() > 2 && name.startsWith(u'[') && name.endsWith(u']');
        if (bracketed) {
            const QString inner = name.mid(1, name.size() - 2);
            if (const CustomerFields::Field *f = fields.find(inner, true)) {
                e = {f->name, Source::Field, f->column};
                found = true;
            }
        } else {
            for (const SegmentField &sf : kSegmentFields)
                if (name.compare(QStringView(sf.name), Qt::CaseInsensitive) == 0) {
                    e = {QString::fromUtf16(sf.name), sf.source, nullptr};
                    found = true;
                }
            if (!found && name.compare(u"id", Qt::CaseInsensitive) == 0) {
                e = {QStringLiteral("id"), Source::Field, data.customerIds()};
                found = e.column != nullptr;
            }
            if (!found && name.compare(u"expected_value", Qt::CaseInsensitive) == 0) {
                e = {QStringLiteral("expected_value"), Source::Field, out.m_value};
                found = e.column != nullptr;
            }
            const Role role = Roles::fromName(name.toLower());
            if (!found && role != Role::None && Roles::belongsTo(role, TableKind::Customers)) {
                e = {Roles::name(role), Source::Field, data.customers.find(role)};
                found = e.column != nullptr;
            }
            if (!found)
                if (const CustomerFields::Field *f = fields.find(name)) {
                    e = {f->name, Source::Field, f->column};
                    found = true;
                }
        }
        if (!found) {
            if (useDefault)
                continue; // a default contact column the data does not have
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Export",
                                             "The target list has no column “%1”: name a "
                                             "customer column, a computed measure or one of "
                                             "segment, offer, message, owner, channel, id, "
                                             "expected_value."),
                           {name})
                .withCode("unknown-column");
        }
        out.m_entries.push_back(std::move(e));
    }
    if (out.m_entries.empty())
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Export", "The target list has no columns."))
            .withCode("unknown-column");
    return out;
}

void TargetListColumns::setSegments(const Segmentation &segmentation)
{
    m_segmentTexts.clear();
    for (const Segment &s : segmentation.segments)
        m_segmentTexts.push_back({utf8(s.name), utf8(s.offer), utf8(s.message), utf8(s.owner),
                                  utf8(s.channel)});
}

void TargetListColumns::setLanguage(ListLanguage::Language language, const QString &currency)
{
    for (Entry &e : m_entries) {
        const QString code = e.header;
        e.unit = ListLanguage::unit(code);
        e.header = ListLanguage::header(code, language, currency);
        if (!e.column || e.column->type() != ColumnType::Text)
            continue;
        const StringPool &pool = e.column->pool();
        bool any = false;
        std::vector<std::string> names(size_t(pool.size()));
        for (qint32 k = 0; k < pool.size(); ++k) {
            const std::string_view v = pool.view(k);
            const QString name = ListLanguage::value(
                code, QString::fromUtf8(v.data(), qsizetype(v.size())), language);
            if (!name.isNull()) {
                names[size_t(k)] = utf8(name);
                any = true;
            }
        }
        if (any)
            e.valueNames = std::move(names);
    }
}

QStringList TargetListColumns::headers() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.header;
    return out;
}

void TargetListColumns::prefetch(qsizetype row, int stage) const
{
    for (const Entry &e : m_entries) {
        if (!e.column)
            continue;
        const Column &c = *e.column;
        if (c.type() == ColumnType::Number) {
            if (stage == 0)
                prefetchRead(c.numbers().data() + row);
            continue;
        }
        if (stage == 0) {
            prefetchRead(c.codes().data() + row);
            continue;
        }
        if (c.type() != ColumnType::Text)
            continue;
        const qint32 code = c.codes()[size_t(row)];
        if (code == Column::kMissingCode)
            continue;
        const auto &offsets = c.pool().offsets();
        if (stage == 1)
            prefetchRead(offsets.data() + code);
        else
            prefetchRead(c.pool().bytes().data() + offsets[size_t(code)]);
    }
}

TargetListCell TargetListColumns::cell(qsizetype column, qsizetype row, qsizetype segment) const
{
    const Entry &e = m_entries[size_t(column)];
    TargetListCell c;
    if (e.source != Source::Field) {
        const std::string &text = m_segmentTexts[size_t(segment)][size_t(e.source) - 1];
        if (!text.empty()) {
            c.type = TargetListCell::Type::Text;
            c.text = text;
        }
        return c;
    }
    const Column &col = *e.column;
    switch (col.type()) {
    case ColumnType::Text: {
        const qint32 code = col.codes()[size_t(row)];
        if (code != Column::kMissingCode) {
            c.type = TargetListCell::Type::Text;
            c.text = col.pool().view(code);
            if (!e.valueNames.empty() && !e.valueNames[size_t(code)].empty())
                c.text = e.valueNames[size_t(code)];
        }
        break;
    }
    case ColumnType::Number: {
        const double v = col.numbers()[size_t(row)];
        if (!std::isnan(v)) {
            c.type = TargetListCell::Type::Number;
            c.number = v;
        }
        break;
    }
    case ColumnType::Date: {
        const qint32 d = col.days()[size_t(row)];
        if (d != Column::kMissingDate) {
            c.type = TargetListCell::Type::Date;
            c.days = d;
            if (col.hasTime())
                c.seconds = col.secondsOfDay()[size_t(row)];
        }
        break;
    }
    }
    return c;
}

} // namespace Segmenta
