// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "export/listlanguage.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace Segmenta {

class Column;
class CustomerFields;
class Dataset;
class Segmentation;

// One cell of a target list as the writers need it: UTF-8 text is a view into the column's
// string pool or the segment's texts, so no cell allocates.
struct TargetListCell
{
    enum class Type { Empty, Number, Date, Text };
    Type type = Type::Empty;
    double number = 0;
    qint32 days = 0;
    qint32 seconds = -1; // seconds of the day for date-times, else -1
    std::string_view text;
};

// The columns of a target list, resolved against a project (docs/export.md):
//   segment, offer, message, owner, channel  the customer's segment and what it prescribes;
//   id, name, phone, email, region           the customer columns with those roles (any other
//                                            customer role name works the same way);
//   expected_value                           clv when the lifetime model scored, else monetary;
//   anything else                            a field of CustomerFields (computed measure or
//                                            imported column; [name] prefers the imported one).
class TargetListColumns
{
public:
    enum class Source { Field, Segment, Offer, Message, Owner, Channel };
    struct Entry
    {
        Entry() = default;
        Entry(QString h, Source s, const Column *c) : header(std::move(h)), source(s), column(c) {}

        QString header;
        Source source = Source::Field;
        const Column *column = nullptr;
        ListLanguage::Unit unit = ListLanguage::Unit::None;
        // Names style: the value in the list's language per string-pool code ("" = as is).
        std::vector<std::string> valueNames;
    };

    // id, name, phone, email, region, segment, offer, message, purchase_probability,
    // expected_value, tier, owner.
    static QStringList defaultNames();

    // requested empty: the default names that the project has. Otherwise every name must
    // resolve; the error names the first that does not.
    static Result<TargetListColumns> resolve(const QStringList &requested, const Dataset &data,
                                             const CustomerFields &fields);

    // Names style: headers and computed values in the language (docs/export.md).
    void setLanguage(ListLanguage::Language language, const QString &currency);

    // The constant texts of each segment (name, offer, ...), kept as UTF-8.
    void setSegments(const Segmentation &segmentation);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    const std::vector<Entry> &entries() const { return m_entries; }
    QStringList headers() const;

    TargetListCell cell(qsizetype column, qsizetype row, qsizetype segment) const;

    // Lists are in prospect order, so their rows are random in memory and every cell would
    // wait on a cache miss (three for text: code, offset, bytes). Writers call this for the
    // rows a little ahead: stage 0 loads the codes and numbers, 1 the pool offsets, 2 the bytes.
    void prefetch(qsizetype row, int stage) const;
    // The three stages for the rows kCodesAhead, kOffsetsAhead and kBytesAhead places after
    // position k of rows.
    void prefetchAhead(const std::vector<qint32> &rows, size_t k) const
    {
        if (k + kCodesAhead < rows.size())
            prefetch(rows[k + kCodesAhead], 0);
        if (k + kOffsetsAhead < rows.size())
            prefetch(rows[k + kOffsetsAhead], 1);
        if (k + kBytesAhead < rows.size())
            prefetch(rows[k + kBytesAhead], 2);
    }

    // What ranks a list: purchase probability, then value (either may be null).
    const Column *probability() const { return m_probability; }
    const Column *value() const { return m_value; }
    // "clv" or "monetary" (what expected_value and the ranking value hold), or empty.
    const QString &valueBasis() const { return m_valueBasis; }

private:
    // Each stage reads what the stage before loaded, so they run four rows apart: about the
    // rows written while one cache miss is served.
    static constexpr size_t kBytesAhead = 4;
    static constexpr size_t kOffsetsAhead = 8;
    static constexpr size_t kCodesAhead = 12;

    std::vector<Entry> m_entries;
    const Column *m_probability = nullptr;
    const Column *m_value = nullptr;
    QString m_valueBasis;
    // Per segment: name, offer, message, owner, channel (Source order).
    std::vector<std::vector<std::string>> m_segmentTexts;
};

} // namespace Segmenta
