// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Segmenta {

class CustomerAnalysis;
class Dataset;

// Every per-customer value a segment rule can name (docs/domain.md, "Segments"): each imported
// customer column by its header (and by its role's canonical name, e.g. "age", when no header is
// called that), and the computed measures of CustomerAnalysis by fixed English names
// (measureNames()). Computed categorical measures (tier, rfm_segment, value_group, lifecycle,
// growth) are Text columns holding their canonical names; trend is the relative change of spend
// (recent year against the one before, GrowthTrend); cluster is a Number (1..k, missing when not
// clustered). The imported columns are referenced, not copied: the Dataset must outlive this
// object.
class CustomerFields
{
public:
    struct Field
    {
        QString name;
        const Column *column = nullptr;
        bool computed = false;
    };

    CustomerFields() = default;
    // analysis may be null (no measures, only imported attributes).
    static CustomerFields build(const Dataset &data, const CustomerAnalysis *analysis);

    qsizetype customerCount() const { return m_count; }
    const std::vector<Field> &fields() const { return m_fields; }

    // A bare name finds a computed measure first, then an imported column; a bracketed name
    // ([年收入]) finds an imported column first. Both match exact, then case-insensitive.
    // Null when nothing has that name.
    const Field *find(const QString &name, bool bracketed = false) const;
    // Convenience: the column of a field, or null.
    const Column *column(const QString &name) const;

    // The names of the computed measures, in the order the rule builder lists them.
    static QStringList measureNames();

private:
    qsizetype m_count = 0;
    std::vector<std::unique_ptr<Column>> m_computed; // unique_ptr: Field pointers stay valid
    std::vector<Field> m_fields;
};

} // namespace Segmenta
